import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/types.js';

/**
 * What an exporter gives back: the written text, or why the format cannot hold this map. A
 * refusal names each thing that cannot be written (`claim "x": …`) at the place the map was read
 * from, when it was read from a file.
 *
 * ```ts
 * const result = exportMap(map, 'markdown');
 * if (result.ok) writeFileSync('debate.md', result.text);
 * else for (const problem of result.problems) console.error(formatDiagnostic(problem));
 * ```
 */
export type ExportResult = { ok: true; text: string } | { ok: false; problems: Diagnostic[] };

/** Collects what an exporter cannot write; a map with thousands of such things lists the first few. */
export class ExportProblems {
  static readonly LIMIT = 20;
  readonly problems: Diagnostic[] = [];
  private count = 0;

  constructor(private readonly format: string) {}

  add(at: SourceLocation | undefined, message: string): void {
    if (this.count++ < ExportProblems.LIMIT) this.problems.push(diagnosticAt(at, 'error', 'not-exportable', message));
  }

  get any(): boolean {
    return this.count > 0;
  }

  /** `text()` written, unless something could not be. */
  result(text: () => string): ExportResult {
    if (!this.any) return { ok: true, text: text() };
    if (this.count > ExportProblems.LIMIT) {
      this.problems.push(diagnosticAt(undefined, 'error', 'not-exportable',
        `and ${this.count - ExportProblems.LIMIT} more things ${this.format} cannot hold`));
    }
    return { ok: false, problems: this.problems };
  }
}

/** The line breaks JavaScript's `.` (and so marked's patterns) stops at. */
export const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * `text` on one line: each run of whitespace that holds a line break becomes one space, and the
 * ends are trimmed. This is how our readers join the lines of a quote, and what a one-line field
 * keeps of a text written across lines.
 */
export function foldLineBreaks(text: string): string {
  if (!LINE_BREAK.test(text)) return text.trim();
  // Split rather than a pattern with `\s*` on both sides, which backtracks on long runs of spaces.
  const lines: string[] = [];
  for (const line of text.split(/[\n\r\u2028\u2029]/)) {
    const words = line.trim();
    if (words) lines.push(words);
  }
  return lines.join(' ');
}

/** A value as a message shows it: quoted, and cut short when long. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…${text.at(-1)}` : text;
}
