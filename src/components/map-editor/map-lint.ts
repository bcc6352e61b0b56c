import type { Diagnostic as LintDiagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { Diagnostic } from '../../model/diagnostic.js';

/**
 * The map's diagnostics for `file` as CodeMirror lint marks on `doc`: from the column they name
 * to the end of their line. They were read from a text a moment older than `doc`, so lines and
 * columns past its end are held to it rather than dropped.
 */
export function lintMarks(diagnostics: readonly Diagnostic[], file: string, doc: Text): LintDiagnostic[] {
  const marks: LintDiagnostic[] = [];
  for (const d of diagnostics) {
    if (d.file !== file) continue;
    const line = doc.line(Math.min(Math.max(1, d.line), doc.lines));
    const from = Math.min(line.from + Math.max(0, (d.column ?? 1) - 1), line.to);
    marks.push({ from, to: line.to, severity: d.severity, message: d.message, source: d.code });
  }
  return marks;
}
