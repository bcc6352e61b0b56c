import { isWhitespace } from './whitespace.js';

const NEWLINE = 10;

/** Turns character offsets in a text into 1-based line and column numbers. */
export class TextIndex {
  /** Where each line starts; typed, because a large map has hundreds of thousands of lines. */
  private readonly lineStarts: Int32Array;
  readonly lineCount: number;
  /** The line of the last lookup: a reader asks for offsets mostly in order, a few lines apart. */
  private lastLine = 0;

  constructor(readonly text: string) {
    // Room for lines of 16 characters on average, grown when they are shorter.
    let starts = new Int32Array(Math.max(16, text.length >> 4));
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (count === starts.length) {
        const grown = new Int32Array(count * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[count++] = i + 1;
    }
    this.lineStarts = starts;
    this.lineCount = count;
  }

  /** Offset where the 0-based line `line` starts. */
  lineStart(line: number): number {
    return this.lineStarts[line];
  }

  /** Offset of the line break that ends the 0-based line `line`, or the text's length for the last line. */
  lineEnd(line: number): number {
    return line + 1 < this.lineCount ? this.lineStarts[line + 1] - 1 : this.text.length;
  }

  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineIndex(clamped);
    return { line: line + 1, column: clamped - this.lineStarts[line] + 1 };
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

  /** 0-based index of the line holding `offset`, an offset within the text. */
  lineIndex(offset: number): number {
    const starts = this.lineStarts;
    let line = this.lastLine;
    if (starts[line] <= offset) {
      for (let step = 0; step < 16; step++) {
        if (line + 1 === this.lineCount || offset < starts[line + 1]) return (this.lastLine = line);
        line++;
      }
    }
    let low = 0;
    let high = this.lineCount - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    this.lastLine = low;
    return low;
  }
}
