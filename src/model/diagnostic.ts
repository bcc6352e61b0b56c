import type { SourceLocation } from './types.js';

export type Severity = 'error' | 'warning';

/** A problem a map's author can fix, pointing at the line that has it. */
export interface Diagnostic extends SourceLocation {
  severity: Severity;
  /** Stable machine-readable kind, e.g. `duplicate-id`. */
  code: string;
  message: string;
  /** The text of the line it points at, when the file's text was at hand. */
  excerpt?: string;
}

/** The diagnostics with the text of the line each points at, from the files they were read from. */
export function withExcerpts(diagnostics: readonly Diagnostic[], files: readonly { name: string; text: string }[]): Diagnostic[] {
  const lines = new Map<string, string[]>();
  const linesOf = (name: string) => {
    let found = lines.get(name);
    if (!found) {
      const file = files.find((f) => f.name === name);
      found = file ? file.text.split(/\r\n?|\n/) : [];
      lines.set(name, found);
    }
    return found;
  };
  return diagnostics.map((d) => {
    const line = linesOf(d.file)[d.line - 1];
    return line === undefined || !line.trim() ? d : { ...d, excerpt: line.length > 200 ? `${line.slice(0, 200)}…` : line };
  });
}

/**
 * Adds `more` to `diagnostics`. Not `push(...more)`: a map of 200,000 claims without quotes has as
 * many warnings, more arguments than a call can take.
 */
export function addDiagnostics(diagnostics: Diagnostic[], more: readonly Diagnostic[]): void {
  for (let i = 0; i < more.length; i++) diagnostics.push(more[i]);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** `file:line:col: severity: message`, the format editors and CI logs understand. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}

export function diagnosticAt(
  at: SourceLocation | undefined,
  severity: Severity,
  code: string,
  message: string,
): Diagnostic {
  return { file: at?.file ?? '<map>', line: at?.line ?? 1, column: at?.column ?? 1, severity, code, message };
}
