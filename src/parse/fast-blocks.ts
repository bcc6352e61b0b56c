import type { Token, Tokens } from 'marked';
import { isPlainLine } from './plain-line.js';
import { isWhitespace } from './whitespace.js';

/** A section's top-level block tokens, and where each one's `raw` starts in the whole text. */
export interface LocatedBlocks {
  tokens: Token[];
  offsets: number[];
}

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
 * The block tokens marked's `new Lexer().blockTokens(text.slice(start, end))` would give, read
 * line by line, when the section keeps to the plain subset a map is written in: `#` headings,
 * paragraphs, `>` quotes made of paragraphs, and `-` lists whose items are one line each, with
 * at most one level of `  - ` items under them. Returns `undefined` for anything else (code, HTML,
 * tables, setext headings, rules, indented or lazy lines, loose lists, tabs…), which marked
 * must then read: the scanner never guesses.
 *
 * Inline Markdown is left as it is in each token's `text`; `tokens` of headings, paragraphs and
 * text are empty, as `blockTokens` leaves them before inline lexing.
 */
export function scanSimpleBlocks(text: string, start = 0, end = text.length): LocatedBlocks | undefined {
  const section = text.slice(start, end);
  if (LEFT_TO_MARKED.some((c) => section.includes(c))) return undefined;
  return new SimpleBlockScanner(text, end).scan(start);
}

class SimpleBlockScanner {
  private readonly tokens: Token[] = [];
  private readonly offsets: number[] = [];
  private lastLineStart = -1;
  private lastLineEnd = -1;

  constructor(private readonly text: string, private readonly end: number) {}

  scan(start: number): LocatedBlocks | undefined {
    let at = this.skipNewlines(start);
    // marked keeps leading line breaks as a space token, even a single one.
    if (at > start) this.push(start, { type: 'space', raw: lineBreaks(at - start) });
    while (at < this.end) {
      const blockStart = at;
      const blockEnd = this.block(at);
      if (blockEnd < 0) return undefined;
      at = this.skipNewlines(blockEnd);
      // One line break ends the block's last line and joins its raw; more make a space token.
      if (at - blockEnd === 1) this.tokens[this.tokens.length - 1].raw = this.text.slice(blockStart, at);
      else if (at > blockEnd) this.push(blockEnd, { type: 'space', raw: lineBreaks(at - blockEnd) });
    }
    return { tokens: this.tokens, offsets: this.offsets };
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
    const text = this.text.slice(at + depth, eol).trim();
    // A closing run of `#` is trimmed by rules not worth repeating here.
    if (text.endsWith('#')) return -1;
    this.push(at, { type: 'heading', raw: this.text.slice(at, eol), depth, text, tokens: [] });
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
    const text = this.text.slice(at, eol);
    this.push(at, { type: 'paragraph', raw: text, text, tokens: [] });
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
    const lines: string[] = [];
    let line = at;
    let eol = at;
    for (;;) {
      eol = this.lineEnd(line);
      let words = line + 1;
      if (words < eol && this.text.charCodeAt(words) === SPACE) words++;
      if (words < eol && !isPlainLine(this.text, words, eol)) return -1;
      lines.push(this.text.slice(words, eol));
      if (eol + 1 >= this.end || this.text.charCodeAt(eol + 1) !== GREATER) break;
      line = eol + 1;
    }
    if (!this.endsContainer(eol)) return -1;
    const text = lines.join('\n');
    this.push(at, { type: 'blockquote', raw: this.text.slice(at, eol), tokens: paragraphsOf(text), text });
    return eol;
  }

  /**
   * `- item` lines, each optionally followed by `  - item` lines. No blank line inside and none
   * before a following `-` or indented line: marked would make the list loose or continue an item.
   */
  private list(at: number): number {
    const items: Tokens.ListItem[] = [];
    let line = at;
    let eol = at;
    for (;;) {
      const itemStart = line;
      eol = this.lineEnd(line);
      const first = this.text.slice(line + 2, eol);
      const nested: string[] = [];
      while (eol < this.end && this.isItemLine(eol + 1, 2)) {
        line = eol + 1;
        eol = this.lineEnd(line);
        nested.push(this.text.slice(line + 4, eol));
      }
      if (eol < this.end && this.isItemLine(eol + 1, 0)) {
        items.push(listItem(this.text.slice(itemStart, eol + 1), first, nested));
        line = eol + 1;
        continue;
      }
      items.push(listItem(this.text.slice(itemStart, eol), first, nested));
      break;
    }
    if (!this.endsContainer(eol)) return -1;
    const after = this.skipNewlines(eol);
    if (after > eol + 1 && after < this.end) {
      const c = this.text.charCodeAt(after);
      if (c === DASH || c === SPACE) return -1;
    }
    this.push(at, { type: 'list', raw: this.text.slice(at, eol), ordered: false, start: '', loose: false, items });
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

  private lineEnd(at: number): number {
    // Most lines are looked at twice: to see whether they end a block, then to read them.
    if (at === this.lastLineStart) return this.lastLineEnd;
    const eol = this.text.indexOf('\n', at);
    this.lastLineStart = at;
    this.lastLineEnd = eol < 0 || eol > this.end ? this.end : eol;
    return this.lastLineEnd;
  }

  private skipNewlines(at: number): number {
    while (at < this.end && this.text.charCodeAt(at) === NEWLINE) at++;
    return at;
  }

  private push(offset: number, token: Token): void {
    this.tokens.push(token);
    this.offsets.push(offset);
  }
}

/** A list item as marked builds it: a text token, then the nested list if there is one. */
function listItem(raw: string, first: string, nested: string[]): Tokens.ListItem {
  if (nested.length === 0) {
    return { type: 'list_item', raw, task: false, loose: false, text: first, tokens: [textToken(first, first)] };
  }
  const lines = nested.map((words) => `- ${words}`);
  const items = nested.map((words, i) => ({
    type: 'list_item' as const,
    raw: i < lines.length - 1 ? `${lines[i]}\n` : lines[i],
    task: false,
    loose: false,
    text: words,
    tokens: [textToken(words, words)],
  }));
  const list: Tokens.List = { type: 'list', raw: lines.join('\n'), ordered: false, start: '', loose: false, items };
  return { type: 'list_item', raw, task: false, loose: false, text: `${first}\n${list.raw}`, tokens: [textToken(`${first}\n`, first), list] };
}

/** Blank lines are a handful of line breaks: one string for each count rather than a copy each time. */
const LINE_BREAKS = Array.from({ length: 8 }, (_, n) => '\n'.repeat(n));

function lineBreaks(count: number): string {
  return LINE_BREAKS[count] ?? '\n'.repeat(count);
}

function textToken(raw: string, text: string): Tokens.Text {
  return { type: 'text', raw, text, tokens: [] };
}

/**
 * A quote's inside: runs of plain lines are paragraphs, blank lines between them space tokens
 * (a single line break at the end joins the last paragraph's raw instead), as marked lexes it.
 */
function paragraphsOf(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    let blank = at;
    while (blank < text.length && text.charCodeAt(blank) === NEWLINE) blank++;
    if (blank > at) {
      const last = tokens[tokens.length - 1];
      if (blank - at === 1 && last) last.raw += '\n';
      else tokens.push({ type: 'space', raw: lineBreaks(blank - at) });
      at = blank;
      continue;
    }
    let eol = text.indexOf('\n\n', at);
    if (eol < 0) eol = text.endsWith('\n') ? text.length - 1 : text.length;
    const words = text.slice(at, eol);
    tokens.push({ type: 'paragraph', raw: words, text: words, tokens: [] });
    at = eol;
  }
  return tokens;
}
