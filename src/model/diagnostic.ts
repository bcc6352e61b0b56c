import type { SourceLocation } from './types.js';

export type Severity = 'error' | 'warning';

/** A problem a map's author can fix, pointing at the line that has it. */
export interface Diagnostic extends SourceLocation {
  severity: Severity;
  /** Stable machine-readable kind, e.g. `duplicate-id`. */
  code: string;
  message: string;
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
