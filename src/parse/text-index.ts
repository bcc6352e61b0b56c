import { isWhitespace } from './whitespace.js';

const NEWLINE = 10;

/** Turns character offsets in a text into 1-based line and column numbers. */
export class TextIndex {
  private readonly lineStarts: number[] = [0];
  /** The line of the last lookup: a reader asks for offsets mostly in order, a few lines apart. */
  private lastLine = 0;

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    return { line: line + 1, column: clamped - this.lineStarts[line] + 1 };
  }

  lineText(line: number): string {
    const start = this.lineStarts[line - 1] ?? this.text.length;
    const end = this.lineStarts[line] ?? this.text.length + 1;
    return this.text.slice(start, end - 1);
  }

  /**
   * Offset of the first line of `raw` at or after `from`. marked strips indentation and
   * `>` markers from nested tokens, so only their first line can be found verbatim.
   */
  find(raw: string, from: number): number {
    let start = 0;
    while (raw.charCodeAt(start) === 10) start++;
    const end = raw.indexOf('\n', start);
    const firstLine = raw.slice(start, end < 0 ? raw.length : end).trim();
    if (!firstLine) return from;
    const at = this.text.indexOf(firstLine, from);
    return at < 0 ? from : at;
  }

  /** Where the words start on the first line at or after `offset` that is not empty. */
  firstWord(offset: number): number {
    const text = this.text;
    let at = offset;
    while (text.charCodeAt(at) === NEWLINE) at++;
    while (at < text.length && text.charCodeAt(at) !== NEWLINE && isWhitespace(text.charCodeAt(at))) at++;
    return at;
  }

  /** 0-based index of the line holding `offset`. */
  private lineOf(offset: number): number {
    const starts = this.lineStarts;
    let line = this.lastLine;
    if (starts[line] <= offset) {
      for (let step = 0; step < 16; step++) {
        if (line + 1 === starts.length || offset < starts[line + 1]) return (this.lastLine = line);
        line++;
      }
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    this.lastLine = low;
    return low;
  }
}
