import { isPlainLine } from './plain-line.js';
import type { TextIndex } from './text-index.js';
import { isWhitespace } from './whitespace.js';

/**
 * The blocks of a section written in the plain subset of Markdown maps are written in, as a flat
 * list of numbers: offsets into the text rather than strings and token objects, so that reading
 * a 20,000-claim map allocates little more than the map itself. Each block is its kind, then:
 *
 * - `HEADING`: line start, line end, depth
 * - `PARAGRAPH`: start, end (the paragraph's lines, as written)
 * - `LIST`: start, item count, then per item: line start, line end, nested item count, then
 *   per nested item: line start, line end (items are `- words`, nested ones `  - words`)
 * - `QUOTE`: start, line count, then per line: where its words start (after `>` and one optional
 *   space), line end (a blank line has no words: it separates paragraphs)
 */
export const HEADING = 1;
export const PARAGRAPH = 2;
export const LIST = 3;
export const QUOTE = 4;

/**
 * marked's regular expressions treat these unlike a space or a line break in places a line
 * scan would not look (`.` stops at U+2028, a tab widens indentation), so they are left to marked.
 */
const LEFT_TO_MARKED = ['\t', '\r', '\u2028', '\u2029'];

const NEWLINE = 10;
const SPACE = 32;
const HASH = 35;
const DASH = 45;
const GREATER = 62;

/**
 * Reads `lines.text[start, end)` line by line into the start of `blocks` when the section keeps to
 * the plain subset: `#` headings, paragraphs, `>` quotes made of paragraphs, and `-` lists whose
 * items are one line each, with at most one level of `  - ` items under them. Returns false for
 * anything else (code, HTML, tables, setext headings, rules, indented or lazy lines, loose
 * lists, tabs…), which marked must then read: the scanner never guesses. Where it reads a
 * section, the blocks are those marked's block lexer finds, less the blank lines between them.
 *
 * Returns how many numbers it wrote, or -1. Numbers after those are left as they were: one array
 * serves every section of a file.
 */
export function scanPlainBlocks(lines: TextIndex, start: number, end: number, blocks: number[]): number {
  const section = lines.text.slice(start, end);
  if (LEFT_TO_MARKED.some((c) => section.includes(c))) return -1;
  return new PlainBlockScanner(lines, end, blocks).scan(start);
}

class PlainBlockScanner {
  private readonly text: string;
  private size = 0;

  constructor(private readonly lines: TextIndex, private readonly end: number, private readonly blocks: number[]) {
    this.text = lines.text;
  }

  scan(start: number): number {
    let at = this.skipNewlines(start);
    while (at < this.end) {
      const blockEnd = this.block(at);
      if (blockEnd < 0) return -1;
      at = this.skipNewlines(blockEnd);
    }
    return this.size;
  }

  /** Reads the block starting on the line at `at`; returns where its last line ends, or -1. */
  private block(at: number): number {
    const c = this.text.charCodeAt(at);
    if (c === HASH) return this.heading(at);
    if (c === GREATER) return this.blockquote(at);
    if (this.isItemLine(at, 0)) return this.list(at);
    return this.paragraph(at);
  }

  private heading(at: number): number {
    const eol = this.lineEnd(at);
    const depth = this.headingDepth(at, eol);
    if (depth === 0) return -1;
    // A closing run of `#` is trimmed by rules not worth repeating here.
    let last = eol - 1;
    while (last > at + depth && isWhitespace(this.text.charCodeAt(last))) last--;
    if (last >= at + depth && this.text.charCodeAt(last) === HASH) return -1;
    this.add(HEADING);
    this.add(at);
    this.add(eol);
    this.add(depth);
    return eol;
  }

  private paragraph(at: number): number {
    let eol = this.lineEnd(at);
    if (!isPlainLine(this.text, at, eol)) return -1;
    while (eol < this.end) {
      const next = eol + 1;
      if (next >= this.end || this.endsParagraph(next)) break;
      const nextEol = this.lineEnd(next);
      if (!isPlainLine(this.text, next, nextEol)) return -1;
      eol = nextEol;
    }
    this.add(PARAGRAPH);
    this.add(at);
    this.add(eol);
    return eol;
  }

  /** A blank line, a heading, a quote or a list item ends a paragraph (marked's interruptions). */
  private endsParagraph(at: number): boolean {
    const c = this.text.charCodeAt(at);
    return c === NEWLINE || c === GREATER || (c === HASH && this.headingDepth(at, this.lineEnd(at)) > 0)
      || (c === DASH && this.text.charCodeAt(at + 1) === SPACE && at + 2 < this.lineEnd(at));
  }

  /** `>` lines whose words (after `>` and one optional space) are plain, or blank; no lazy lines. */
  private blockquote(at: number): number {
    this.add(QUOTE);
    this.add(at);
    const count = this.add(0);
    let line = at;
    let eol = at;
    for (;;) {
      eol = this.lineEnd(line);
      let words = line + 1;
      if (words < eol && this.text.charCodeAt(words) === SPACE) words++;
      if (words < eol && !isPlainLine(this.text, words, eol)) return -1;
      this.add(words);
      this.add(eol);
      this.blocks[count]++;
      if (eol + 1 >= this.end || this.text.charCodeAt(eol + 1) !== GREATER) break;
      line = eol + 1;
    }
    return this.endsContainer(eol) ? eol : -1;
  }

  /**
   * `- item` lines, each optionally followed by `  - item` lines. No blank line inside and none
   * before a following `-` or indented line: marked would make the list loose or continue an item.
   */
  private list(at: number): number {
    this.add(LIST);
    this.add(at);
    const items = this.add(0);
    let line = at;
    let eol = at;
    for (;;) {
      eol = this.lineEnd(line);
      this.add(line);
      this.add(eol);
      const nested = this.add(0);
      this.blocks[items]++;
      while (eol < this.end && this.isItemLine(eol + 1, 2)) {
        line = eol + 1;
        eol = this.lineEnd(line);
        this.add(line);
        this.add(eol);
        this.blocks[nested]++;
      }
      if (eol < this.end && this.isItemLine(eol + 1, 0)) {
        line = eol + 1;
        continue;
      }
      break;
    }
    if (!this.endsContainer(eol)) return -1;
    const after = this.skipNewlines(eol);
    if (after > eol + 1 && after < this.end) {
      const c = this.text.charCodeAt(after);
      if (c === DASH || c === SPACE) return -1;
    }
    return eol;
  }

  /**
   * What may follow a quote's or a list's last line: the end, a blank line or a heading. Any other
   * line would be a lazy continuation, or (for a list) a new item or a quote marked reads its own way.
   */
  private endsContainer(eol: number): boolean {
    const next = eol + 1;
    if (eol >= this.end || next >= this.end) return true;
    const c = this.text.charCodeAt(next);
    if (c === NEWLINE) return true;
    return c === HASH && this.headingDepth(next, this.lineEnd(next)) > 0;
  }

  /** `- words` indented by `indent` spaces, the words plain and without trailing whitespace. */
  private isItemLine(at: number, indent: number): boolean {
    if (at >= this.end) return false;
    for (let i = 0; i < indent; i++) if (this.text.charCodeAt(at + i) !== SPACE) return false;
    const bullet = at + indent;
    if (this.text.charCodeAt(bullet) !== DASH || this.text.charCodeAt(bullet + 1) !== SPACE) return false;
    const eol = this.lineEnd(at);
    if (!isPlainLine(this.text, bullet + 2, eol)) return false;
    // marked trims the end of a list's last item, and the leftover whitespace becomes a token of its own.
    return !isWhitespace(this.text.charCodeAt(eol - 1));
  }

  /** 1–6 for an ATX heading line (`#`s, then a space or the end of the line), else 0. */
  private headingDepth(at: number, eol: number): number {
    let depth = 0;
    while (depth < 7 && at + depth < eol && this.text.charCodeAt(at + depth) === HASH) depth++;
    if (depth > 6) return 0;
    return at + depth === eol || this.text.charCodeAt(at + depth) === SPACE ? depth : 0;
  }

  /** Where the line starting at `at` ends (its line break, or the end of the section). */
  private lineEnd(at: number): number {
    const eol = this.lines.lineEnd(this.lines.lineIndex(at));
    return eol > this.end ? this.end : eol;
  }

  /** Writes `value` as the next number; returns where it went. */
  private add(value: number): number {
    this.blocks[this.size] = value;
    return this.size++;
  }

  private skipNewlines(at: number): number {
    while (at < this.end && this.text.charCodeAt(at) === NEWLINE) at++;
    return at;
  }
}
