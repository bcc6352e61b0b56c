import type { Token, Tokens } from 'marked';
import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt } from '../model/diagnostic.js';
import type { ArgumentMap, Claim, Source, SourceLocation, Thread } from '../model/types.js';
import { emptyMap, RELATION_KINDS } from '../model/types.js';
import { isCitation, isId, parseCitation, splitField, splitIdAndText, splitList, splitStance } from './fields.js';
import { checkInputLimits } from './input-limits.js';
import { joinLines } from './join-lines.js';
import type { SectionLexer } from './section-blocks.js';
import { lexedByMarked, scannedOrLexed } from './section-blocks.js';
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
  return readInSteps(file, scannedOrLexed);
}

/**
 * `parseMarkdownFile` with every section lexed by marked, never by the line scanner: the
 * reference the scanner is tested against.
 */
export function parseMarkdownFileWithMarked(file: MapFile): ParseResult {
  return lastStep(readInSteps(file, lexedByMarked));
}

function lastStep(steps: Generator<void, ParseResult>): ParseResult {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

function* readInSteps(file: MapFile, lex: SectionLexer): Generator<void, ParseResult> {
  const tooBig = checkInputLimits(file.name, file.text);
  if (tooBig) return { map: emptyMap(), diagnostics: [tooBig] };
  const reader = new MarkdownMapReader(file, lex);
  for (const [start, end] of reader.sections()) {
    try {
      reader.readSection(start, end);
    } catch (error) {
      reader.report(start, 'error', 'unreadable', `could not read this part as Markdown (${describe(error)})`);
    }
    yield;
  }
  return { map: reader.map, diagnostics: reader.diagnostics };
}

/** Sections are cut only before a `#` or `##` heading, where the format starts a new item anyway. */
const SECTION_CHARS = 64 * 1024;

type Section = { kind: 'none' } | { kind: 'thread'; thread: Thread } | { kind: 'sources' };

class MarkdownMapReader {
  readonly map = emptyMap();
  readonly diagnostics: Diagnostic[] = [];
  private readonly index: TextIndex;
  private section: Section = { kind: 'none' };
  private claim: Claim | undefined;
  private source: Source | undefined;

  constructor(private readonly file: MapFile, private readonly lex: SectionLexer) {
    this.index = new TextIndex(file.text.includes('\r') ? file.text.replace(/\r\n?/g, '\n') : file.text);
  }

  /** [start, end) offsets of the parts of the text to lex one at a time. */
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
    const { tokens, offsets } = this.lex(this.index.text, start, end);
    for (let i = 0; i < tokens.length; i++) this.readBlock(tokens[i], offsets[i]);
  }

  report(offset: number, severity: Diagnostic['severity'], code: string, message: string): void {
    this.diagnostics.push(diagnosticAt(this.at(offset), severity, code, message));
  }

  private at(offset: number): SourceLocation {
    const { line, column } = this.index.position(offset);
    return { file: this.file.name, line, column };
  }

  /** `start` is where the token's raw starts; diagnostics point at its first word. */
  private readBlock(token: Token, start: number): void {
    switch (token.type) {
      case 'heading':
        return this.readHeading(token as Tokens.Heading, this.index.firstWord(start));
      case 'list':
        return this.readList(token as Tokens.List, start);
      case 'blockquote':
        return this.readBlockquote(token as Tokens.Blockquote, this.index.firstWord(start));
      case 'paragraph':
        return this.readParagraph(token as Tokens.Paragraph, this.index.firstWord(start));
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

  private readHeading(token: Tokens.Heading, offset: number): void {
    const column = offset + token.depth + 1;
    this.claim = undefined;
    this.source = undefined;
    if (token.depth === 1) {
      if (/^sources$/i.test(token.text.trim())) {
        this.section = { kind: 'sources' };
        return;
      }
      const parts = splitIdAndText(token.text);
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
    if (token.depth === 2) {
      if (this.section.kind === 'none') {
        this.report(column, 'error', 'outside-section',
          `this heading is not under a thread or the sources: start the file with "# thread-id: Question" or "# Sources"`);
        return;
      }
      const parts = splitIdAndText(token.text);
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
      `level-${token.depth} headings are ignored: use "#" for a thread and "##" for a claim or source`);
  }

  private readList(list: Tokens.List, start: number): void {
    // Items' raws follow one another through the list's text, as the list's own raw does.
    let itemStart = start;
    for (const item of list.items) {
      const at = this.index.firstWord(itemStart);
      itemStart += item.raw.length;
      const firstLine = firstText(item);
      if (this.claim) this.readClaimField(this.claim, firstLine, at);
      else if (this.source) this.readSourceField(this.source, item, firstLine, at);
      else if (this.section.kind !== 'none') {
        this.report(at, 'error', 'orphan-field', `this list is not under a claim or source heading: put it after "## id: …"`);
        return;
      }
    }
  }

  private readClaimField(claim: Claim, line: string, offset: number): void {
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
    const kind = RELATION_KINDS.find((k) => k === field.key)!;
    for (const target of values) {
      const at = this.at(offset);
      if (!isId(target)) {
        this.report(offset, 'error', 'malformed-id', `"${target}" is not a claim id (letters, digits, "-", "_" and ".")`);
        continue;
      }
      this.map.relations.push({ from: claim.id, to: target, kind, location: at });
    }
  }

  private readSourceField(source: Source, item: Tokens.ListItem, line: string, offset: number): void {
    const field = splitField(line);
    const key = SOURCE_FIELDS.find((k) => k === field?.key);
    if (!field || !key) {
      this.report(offset, 'error', 'unknown-field',
        `unknown source field "${field?.key ?? line}": use ${SOURCE_FIELDS.map((k) => `"${k}:"`).join(', ')}`);
      return;
    }
    if (key === 'stance') return this.readStances(source, item, field.value, offset);
    if (key === 'title') source.title = field.value;
    else source[key] = field.value;
  }

  /** `stance:` with nested `thread: position — summary` items, or one inline. */
  private readStances(source: Source, item: Tokens.ListItem, inline: string, offset: number): void {
    const lines = inline ? [inline] : [];
    for (const token of item.tokens) {
      if (token.type === 'list') lines.push(...(token as Tokens.List).items.map(firstText));
    }
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

  private readBlockquote(quote: Tokens.Blockquote, offset: number): void {
    if (!this.claim) {
      this.report(offset, 'error', 'orphan-quote', `this quote is not under a claim: put it after "## claim-id: …"`);
      return;
    }
    const blocks: Token[] = [];
    for (const block of quote.tokens) if (block.type !== 'space') blocks.push(block);
    const last = blocks.pop();
    if (!last || last.type !== 'paragraph' || !isCitation((last as Tokens.Paragraph).text)) {
      this.report(offset, 'error', 'missing-citation',
        `this quote does not say where it comes from: end it with a line "> — source-id" or "> — Speaker, source-id"`);
      return;
    }
    const { source, speaker } = parseCitation((last as Tokens.Paragraph).text);
    const text = blocks.length === 1 ? blockText(blocks[0]) : blocks.map(blockText).join(' ').trim();
    if (!text) {
      this.report(offset, 'error', 'empty-quote', `this quote has a citation but no words: put the verbatim text above it`);
      return;
    }
    if (!isId(source)) {
      this.report(this.index.find(last.raw, offset), 'error', 'malformed-citation',
        `"${source}" is not a source id: the citation ends with the source's id, as in "— Speaker, source-id"`);
      return;
    }
    const location = this.at(offset);
    this.claim.quotes.push(speaker === undefined ? { text, source, location } : { text, source, speaker, location });
  }

  private readParagraph(paragraph: Tokens.Paragraph, offset: number): void {
    const text = paragraph.text.trim();
    if (this.claim) this.claim.note = join(this.claim.note, text);
    else if (this.source) this.source.note = join(this.source.note, text);
    else if (this.section.kind === 'thread') {
      this.section.thread.description = join(this.section.thread.description, text);
    } else if (this.section.kind === 'sources') {
      this.report(offset, 'warning', 'ignored-text', `text under "# Sources" but before any "## source-id: Title" is ignored`);
    }
  }
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
