import type { Token, Tokens } from 'marked';
import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt } from '../model/diagnostic.js';
import type { ArgumentMap, Claim, Quote, RelationKind, Source, SourceLocation, Thread } from '../model/types.js';
import { emptyMap } from '../model/types.js';
import { isCitation, isId, parseCitation, splitField, splitIdAndText, splitList, splitStance } from './fields.js';
import { checkFileSize, checkNesting } from './input-limits.js';
import { joinLines, joinLineSpans } from './join-lines.js';
import { HEADING, LIST, PARAGRAPH, scanPlainBlocks } from './plain-blocks.js';
import { lexedByMarked } from './section-blocks.js';
import { TextIndex } from './text-index.js';

export interface MapFile {
  /** Shown in diagnostics, e.g. `arguments/sanctions.md`. */
  name: string;
  text: string;
}

export interface ParseResult {
  map: ArgumentMap;
  diagnostics: Diagnostic[];
}

const CLAIM_FIELDS = ['supports', 'attacks', 'tags'];
const SOURCE_FIELDS = ['file', 'title', 'author', 'outlet', 'date', 'url', 'kind', 'note', 'stance'] as const;

/**
 * Reads one Markdown map file into a partial map. Never throws: whatever cannot be read
 * becomes a diagnostic that names the line and says what to write instead.
 */
export function parseMarkdownFile(file: MapFile): ParseResult {
  return lastStep(readMarkdownInSteps(file));
}

/**
 * The same, one section of the file per step, so that a page can yield between steps and
 * stay responsive while a large map is read.
 */
export function readMarkdownInSteps(file: MapFile): Generator<void, ParseResult> {
  return readInSteps(file, true);
}

/**
 * `parseMarkdownFile` with every section lexed by marked, never by the line scanner: the
 * reference the scanner is tested against.
 */
export function parseMarkdownFileWithMarked(file: MapFile): ParseResult {
  return lastStep(readInSteps(file, false));
}

function lastStep(steps: Generator<void, ParseResult>): ParseResult {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

function* readInSteps(file: MapFile, scan: boolean): Generator<void, ParseResult> {
  const tooBig = checkFileSize(file.name, file.text);
  if (tooBig) return { map: emptyMap(), diagnostics: [tooBig] };
  const index = new TextIndex(file.text.includes('\r') ? file.text.replace(/\r\n?/g, '\n') : file.text);
  const tooDeep = checkNesting(file.name, index);
  if (tooDeep) return { map: emptyMap(), diagnostics: [tooDeep] };
  const reader = new MarkdownMapReader(file.name, index, scan);
  for (const [start, end] of reader.sections()) {
    try {
      reader.readSection(start, end);
    } catch (error) {
      reader.report(start, 'error', 'unreadable', `could not read this part as Markdown (${describe(error)})`);
    }
    yield;
  }
  reader.finishClaim();
  return { map: reader.map, diagnostics: reader.diagnostics };
}

/** Sections are cut only before a `#` or `##` heading, where the format starts a new item anyway. */
const SECTION_CHARS = 64 * 1024;

type Section = { kind: 'none' } | { kind: 'thread'; thread: Thread } | { kind: 'sources' };

const NO_LINES: readonly string[] = [];

/**
 * Turns the blocks of a map file into claims, relations, quotes and sources. Blocks come from
 * the line scanner where a section keeps to the plain subset maps are written in, from marked
 * elsewhere; both kinds are read by the same `read…` methods below.
 */
class MarkdownMapReader {
  readonly map = emptyMap();
  readonly diagnostics: Diagnostic[] = [];
  private readonly blocks: number[] = [];
  /** The quotes of the claim being read are the first `quoteCount`: see `finishClaim`. */
  private readonly quotes: Quote[] = [];
  private quoteCount = 0;
  private section: Section = { kind: 'none' };
  private claim: Claim | undefined;
  private source: Source | undefined;

  constructor(private readonly file: string, private readonly index: TextIndex, private readonly scan: boolean) {}

  /** [start, end) offsets of the parts of the text to read one at a time. */
  sections(): [number, number][] {
    const text = this.index.text;
    const cuts: [number, number][] = [];
    let start = 0;
    const heading = /\n#{1,2}[ \t]/g;
    while (text.length - start > SECTION_CHARS) {
      heading.lastIndex = start + SECTION_CHARS;
      const next = heading.exec(text);
      if (!next) break;
      cuts.push([start, next.index + 1]);
      start = next.index + 1;
    }
    cuts.push([start, text.length]);
    return cuts;
  }

  readSection(start: number, end: number): void {
    const scanned = this.scan ? scanPlainBlocks(this.index, start, end, this.blocks) : -1;
    if (scanned >= 0) {
      this.readPlainBlocks(scanned);
      return;
    }
    const { tokens, offsets } = lexedByMarked(this.index.text, start, end);
    for (let i = 0; i < tokens.length; i++) this.readToken(tokens[i], offsets[i]);
  }

  report(offset: number, severity: Diagnostic['severity'], code: string, message: string): void {
    this.diagnostics.push(diagnosticAt(this.at(offset), severity, code, message));
  }

  private at(offset: number): SourceLocation {
    const line = this.index.lineIndex(offset);
    return { file: this.file, line: line + 1, column: offset - this.index.lineStart(line) + 1 };
  }

  /** The first `count` numbers `scanPlainBlocks` left in `this.blocks`: see there for their layout. */
  private readPlainBlocks(count: number): void {
    const blocks = this.blocks;
    const text = this.index.text;
    let i = 0;
    while (i < count) {
      const kind = blocks[i];
      const start = blocks[i + 1];
      if (kind === HEADING) {
        const depth = blocks[i + 3];
        // The `#`s are followed by a space, or end the line.
        this.readHeading(depth, text.slice(start + depth + 1, blocks[i + 2]).trim(), start);
        i += 4;
      } else if (kind === PARAGRAPH) {
        this.readParagraph(text.slice(start, blocks[i + 2]).trim(), this.index.firstWord(start));
        i += 3;
      } else if (kind === LIST) {
        i = this.readPlainList(i);
      } else {
        i = this.readPlainQuote(i);
      }
    }
  }

  private readPlainList(i: number): number {
    const blocks = this.blocks;
    const text = this.index.text;
    const items = blocks[i + 2];
    let reading = true;
    i += 3;
    for (let item = 0; item < items; item++) {
      const line = blocks[i];
      const nestedCount = blocks[i + 2];
      i += 3;
      if (reading) {
        let nested = NO_LINES;
        if (nestedCount > 0) {
          const lines: string[] = [];
          for (let k = i; k < i + 2 * nestedCount; k += 2) lines.push(text.slice(blocks[k] + 4, blocks[k + 1]).trim());
          nested = lines;
        }
        reading = this.readItem(text.slice(line + 2, blocks[i - 2]).trim(), line, nested);
      }
      i += 2 * nestedCount;
    }
    return i;
  }

  /** A quote's paragraphs are its runs of lines with words; the last one is the citation. */
  private readPlainQuote(i: number): number {
    const blocks = this.blocks;
    const text = this.index.text;
    const offset = this.index.firstWord(blocks[i + 1]);
    const first = i + 3;
    const end = first + 2 * blocks[i + 2];
    let citationEnd = end;
    while (citationEnd > first && isBlankLine(blocks, citationEnd - 2)) citationEnd -= 2;
    if (citationEnd === first) {
      this.readQuote(offset, undefined, '', '');
      return end;
    }
    let citationStart = citationEnd - 2;
    while (citationStart > first && !isBlankLine(blocks, citationStart - 2)) citationStart -= 2;
    const citationRaw = text.slice(blocks[citationStart], blocks[citationStart + 1]);
    let citation = citationRaw;
    for (let k = citationStart + 2; k < citationEnd; k += 2) citation += `\n${text.slice(blocks[k], blocks[k + 1])}`;
    this.readQuote(offset, citation, citationRaw, this.quoteWords(first, citationStart));
    return end;
  }

  /** The quoted words on the lines `this.blocks[from, to)` describes: its paragraphs joined, as `readQuoteToken` joins them. */
  private quoteWords(from: number, to: number): string {
    const blocks = this.blocks;
    let paragraphs: string[] | undefined;
    for (let k = from; k < to;) {
      if (isBlankLine(blocks, k)) {
        k += 2;
        continue;
      }
      let last = k;
      while (last < to && !isBlankLine(blocks, last)) last += 2;
      // Nearly every quote is one paragraph.
      if (k === from && last === to) return joinLineSpans(this.index.text, blocks, k, last);
      (paragraphs ??= []).push(joinLineSpans(this.index.text, blocks, k, last));
      k = last;
    }
    if (!paragraphs) return '';
    return paragraphs.length === 1 ? paragraphs[0] : paragraphs.join(' ').trim();
  }

  /** `start` is where the token's raw starts; diagnostics point at its first word. */
  private readToken(token: Token, start: number): void {
    switch (token.type) {
      case 'heading':
        return this.readHeading((token as Tokens.Heading).depth, (token as Tokens.Heading).text, this.index.firstWord(start));
      case 'list':
        return this.readListToken(token as Tokens.List, start);
      case 'blockquote':
        return this.readQuoteToken(token as Tokens.Blockquote, this.index.firstWord(start));
      case 'paragraph':
        return this.readParagraph((token as Tokens.Paragraph).text.trim(), this.index.firstWord(start));
      case 'space':
      case 'hr':
      case 'def':
        return;
      default:
        if (this.claim || this.source) {
          this.report(this.index.firstWord(start), 'warning', 'ignored-block', `this ${token.type} block is not part of the map format and is ignored`);
        }
    }
  }

  private readListToken(list: Tokens.List, start: number): void {
    // Items' raws follow one another through the list's text, as the list's own raw does.
    let itemStart = start;
    for (const item of list.items) {
      const at = this.index.firstWord(itemStart);
      itemStart += item.raw.length;
      const nested: string[] = [];
      for (const token of item.tokens) {
        if (token.type === 'list') nested.push(...(token as Tokens.List).items.map(firstText));
      }
      if (!this.readItem(firstText(item), at, nested)) return;
    }
  }

  private readQuoteToken(quote: Tokens.Blockquote, offset: number): void {
    const blocks: Token[] = [];
    for (const block of quote.tokens) if (block.type !== 'space') blocks.push(block);
    const last = blocks.pop();
    const citation = last?.type === 'paragraph' ? (last as Tokens.Paragraph).text : undefined;
    const words = blocks.length === 1 ? blockText(blocks[0]) : blocks.map(blockText).join(' ').trim();
    this.readQuote(offset, citation, last?.raw ?? '', words);
  }

  private readHeading(depth: number, text: string, offset: number): void {
    const column = offset + depth + 1;
    this.finishClaim();
    this.source = undefined;
    if (depth === 1) {
      if (/^sources$/i.test(text.trim())) {
        this.section = { kind: 'sources' };
        return;
      }
      const parts = splitIdAndText(text);
      if (!parts) {
        this.section = { kind: 'none' };
        this.report(column, 'error', 'malformed-thread',
          `a thread heading needs an id and a question: write "# thread-id: Question", or "# Sources" for the sources section`);
        return;
      }
      const thread: Thread = { id: parts.id, title: parts.text, location: this.at(column) };
      if (!thread.title) this.report(column, 'error', 'empty-text', `thread "${parts.id}" has no title: write it after the colon`);
      this.map.threads.push(thread);
      this.section = { kind: 'thread', thread };
      return;
    }
    if (depth === 2) {
      if (this.section.kind === 'none') {
        this.report(column, 'error', 'outside-section',
          `this heading is not under a thread or the sources: start the file with "# thread-id: Question" or "# Sources"`);
        return;
      }
      const parts = splitIdAndText(text);
      const what = this.section.kind === 'thread' ? 'claim' : 'source';
      if (!parts) {
        this.report(column, 'error', `malformed-${what}`,
          `a ${what} heading needs an id: write "## ${what}-id: ${what === 'claim' ? 'One-sentence claim' : 'Title'}"`);
        return;
      }
      if (this.section.kind === 'thread') {
        this.claim = { id: parts.id, text: parts.text, thread: this.section.thread.id, tags: [], quotes: [], location: this.at(column) };
        this.map.claims.push(this.claim);
      } else {
        this.source = { id: parts.id, title: parts.text, stances: [], location: this.at(column) };
        this.map.sources.push(this.source);
      }
      return;
    }
    this.report(column, 'warning', 'ignored-heading',
      `level-${depth} headings are ignored: use "#" for a thread and "##" for a claim or source`);
  }

  /**
   * Done with the claim being read: it gets its quotes. They are gathered in one array for all
   * claims and copied into one of their own length, because pushing onto a claim's empty array
   * would reserve 17 places, and a large map has tens of thousands of claims.
   */
  finishClaim(): void {
    if (this.claim && this.quoteCount > 0) this.claim.quotes = this.quotes.slice(0, this.quoteCount);
    this.quoteCount = 0;
    this.claim = undefined;
  }

  /** One list item: its first line, and the first lines of the items nested under it. Returns whether to read on. */
  private readItem(line: string, at: number, nested: readonly string[]): boolean {
    if (this.claim) this.readClaimField(this.claim, line, at);
    else if (this.source) this.readSourceField(this.source, nested, line, at);
    else if (this.section.kind !== 'none') {
      this.report(at, 'error', 'orphan-field', `this list is not under a claim or source heading: put it after "## id: …"`);
      return false;
    }
    return true;
  }

  private readClaimField(claim: Claim, line: string, offset: number): void {
    // Nearly every field is "supports: id" or "attacks: id".
    const relation = relationKindOf(line);
    if (relation) {
      const target = line.slice(relation.length + 1).trim();
      if (isId(target)) {
        this.map.relations.push({ from: claim.id, to: target, kind: relation, location: this.at(offset) });
        return;
      }
    }
    const field = splitField(line);
    if (!field || !CLAIM_FIELDS.includes(field.key)) {
      const key = field?.key ?? line.split(/\s/, 1)[0];
      this.report(offset, 'error', 'unknown-field',
        `unknown claim field "${key}": a claim's list items are "supports: id", "attacks: id" or "tags: a, b"`);
      return;
    }
    const values = splitList(field.value);
    if (field.key === 'tags') {
      claim.tags.push(...values);
      return;
    }
    if (values.length === 0) {
      this.report(offset, 'error', 'missing-target', `"${field.key}:" needs the id of the claim it ${field.key === 'supports' ? 'supports' : 'attacks'}`);
    }
    const kind: RelationKind = field.key === 'supports' ? 'supports' : 'attacks';
    for (const target of values) {
      if (!isId(target)) {
        this.report(offset, 'error', 'malformed-id', `"${target}" is not a claim id (letters, digits, "-", "_" and ".")`);
        continue;
      }
      this.map.relations.push({ from: claim.id, to: target, kind, location: this.at(offset) });
    }
  }

  private readSourceField(source: Source, nested: readonly string[], line: string, offset: number): void {
    const field = splitField(line);
    const key = SOURCE_FIELDS.find((k) => k === field?.key);
    if (!field || !key) {
      this.report(offset, 'error', 'unknown-field',
        `unknown source field "${field?.key ?? line}": use ${SOURCE_FIELDS.map((k) => `"${k}:"`).join(', ')}`);
      return;
    }
    if (key === 'stance') return this.readStances(source, nested, field.value, offset);
    if (key === 'title') source.title = field.value;
    else source[key] = field.value;
  }

  /** `stance:` with nested `thread: position — summary` items, or one inline. */
  private readStances(source: Source, nested: readonly string[], inline: string, offset: number): void {
    const lines = inline ? [inline, ...nested] : nested;
    if (lines.length === 0) {
      this.report(offset, 'error', 'malformed-stance', `"stance:" needs items like "  - thread-id: position — one-line summary"`);
    }
    let cursor = offset;
    for (const line of lines) {
      const at = this.index.find(line, cursor);
      cursor = at + 1;
      const field = splitField(line);
      if (!field || !isId(field.written) || !field.value) {
        this.report(at, 'error', 'malformed-stance', `a stance reads "thread-id: position — one-line summary"`);
        continue;
      }
      source.stances.push({ thread: field.written, ...splitStance(field.value), location: this.at(at) });
    }
  }

  /**
   * A quote under a claim: `words` are the quoted text, joined into one line, and `citation` the
   * text of its last paragraph (undefined when it has none), which says where the words come from.
   */
  private readQuote(offset: number, citation: string | undefined, citationRaw: string, words: string): void {
    if (!this.claim) {
      this.report(offset, 'error', 'orphan-quote', `this quote is not under a claim: put it after "## claim-id: …"`);
      return;
    }
    if (citation === undefined || !isCitation(citation)) {
      this.report(offset, 'error', 'missing-citation',
        `this quote does not say where it comes from: end it with a line "> — source-id" or "> — Speaker, source-id"`);
      return;
    }
    const { source, speaker } = parseCitation(citation);
    if (!words) {
      this.report(offset, 'error', 'empty-quote', `this quote has a citation but no words: put the verbatim text above it`);
      return;
    }
    if (!isId(source)) {
      this.report(this.index.find(citationRaw, offset), 'error', 'malformed-citation',
        `"${source}" is not a source id: the citation ends with the source's id, as in "— Speaker, source-id"`);
      return;
    }
    const location = this.at(offset);
    this.quotes[this.quoteCount++] = speaker === undefined ? { text: words, source, location } : { text: words, source, speaker, location };
  }

  private readParagraph(text: string, offset: number): void {
    if (this.claim) this.claim.note = join(this.claim.note, text);
    else if (this.source) this.source.note = join(this.source.note, text);
    else if (this.section.kind === 'thread') {
      this.section.thread.description = join(this.section.thread.description, text);
    } else if (this.section.kind === 'sources') {
      this.report(offset, 'warning', 'ignored-text', `text under "# Sources" but before any "## source-id: Title" is ignored`);
    }
  }
}

/** `supports` or `attacks` when `line` starts with one of them and a colon. */
function relationKindOf(line: string): RelationKind | undefined {
  if (line.startsWith('supports:')) return 'supports';
  if (line.startsWith('attacks:')) return 'attacks';
  return undefined;
}

/** Whether the quote line whose words start at `blocks[k]` has none (the words end at `blocks[k + 1]`). */
function isBlankLine(blocks: readonly number[], k: number): boolean {
  return blocks[k] === blocks[k + 1];
}

function firstText(item: Tokens.ListItem): string {
  let text = item.text;
  for (const token of item.tokens) {
    if (token.type === 'text' || token.type === 'paragraph') {
      text = (token as Tokens.Text).text;
      break;
    }
  }
  const end = text.indexOf('\n');
  return (end < 0 ? text : text.slice(0, end)).trim();
}

/** A quote's words as written: paragraphs joined into one line, anything else (raw HTML) as is. */
function blockText(token: Token): string {
  return joinLines(token.type === 'paragraph' ? (token as Tokens.Paragraph).text : token.raw);
}

function join(existing: string | undefined, more: string): string {
  return existing ? `${existing}\n\n${more}` : more;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
