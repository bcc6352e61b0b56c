import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt } from '../model/diagnostic.js';
import type { Claim, Quote, RelationKind, Source, SourceLocation, Thread } from '../model/types.js';
import { emptyMap } from '../model/types.js';
import { isCitation, isId, parseCitation, spacedHeadingId, splitField, splitIdAndText, splitList, splitSpeech, splitStance } from './fields.js';
import type { TextIndex } from './text-index.js';
import { trimmedSlice } from './whitespace.js';

const CLAIM_FIELDS = ['supports', 'attacks', 'tags'];
const SOURCE_FIELDS = ['file', 'title', 'author', 'outlet', 'date', 'url', 'kind', 'note', 'stance'] as const;

type Section = { kind: 'none' } | { kind: 'thread'; thread: Thread } | { kind: 'sources' };

/**
 * Builds a partial map from the blocks of a Markdown map file, in the order they are written:
 * threads, claims with their fields and quotes, sources with their fields and stances. Whatever
 * does not fit the format becomes a diagnostic. Offsets are into the file's text; the readers of
 * the line scanner's blocks and of marked's tokens both feed it.
 */
export class MapBuilder {
  readonly map = emptyMap();
  readonly diagnostics: Diagnostic[] = [];
  /** The quotes of the claim being read are the first `quoteCount`: see `finish`. */
  private readonly quotes: Quote[] = [];
  private quoteCount = 0;
  private section: Section = { kind: 'none' };
  private claim: Claim | undefined;
  private source: Source | undefined;

  constructor(private readonly file: string, private readonly index: TextIndex) {}

  report(offset: number, severity: Diagnostic['severity'], code: string, message: string): void {
    this.diagnostics.push(diagnosticAt(this.at(offset), severity, code, message));
  }

  /** A block the format has no use for (code, a table, HTML…): worth a warning under a claim or source. */
  ignoredBlock(type: string, offset: number): void {
    if (this.claim || this.source) {
      this.report(offset, 'warning', 'ignored-block', `this ${type} block is not part of the map format and is ignored`);
    }
  }

  /** A `#` heading of `depth` (1 to 6) with `text`, its `#`s at `offset`. */
  heading(depth: number, text: string, offset: number): void {
    // Diagnostics point after the `#`s and their space, or at the end of a heading of `#`s alone.
    const column = Math.min(offset + depth + 1, this.index.lineEnd(this.index.lineIndex(offset)));
    this.finish();
    this.source = undefined;
    if (depth === 1) {
      if (/^sources$/i.test(text.trim())) {
        this.section = { kind: 'sources' };
        return;
      }
      const parts = splitIdAndText(text);
      if (!parts) {
        this.section = { kind: 'none' };
        const spaced = spacedHeadingId(text);
        if (spaced) return this.report(column, 'error', 'malformed-thread', spacedIdMessage('thread', spaced));
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
        const spaced = spacedHeadingId(text);
        if (spaced) return this.report(column, 'error', `malformed-${what}`, spacedIdMessage(what, spaced));
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
  finish(): void {
    if (this.claim && this.quoteCount > 0) this.claim.quotes = this.quotes.slice(0, this.quoteCount);
    this.quoteCount = 0;
    this.claim = undefined;
  }

  /** One list item at `at`: its first line, and the first lines of the items nested under it. Returns whether to read on. */
  item(line: string, at: number, nested: readonly string[]): boolean {
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
      const target = trimmedSlice(line, relation.length + 1, line.length);
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
      for (const tag of values) claim.tags.push(tag);
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
  quote(offset: number, citation: string | undefined, citationRaw: string, words: string): void {
    if (!this.claim) {
      this.report(offset, 'error', 'orphan-quote', `this quote is not under a claim: put it after "## claim-id: …"`);
      return;
    }
    if (citation === undefined || !isCitation(citation)) {
      this.report(offset, 'error', 'missing-citation',
        `this quote does not say where it comes from: end it with a line "> — source-id" or "> — Speaker (direct), source-id"`);
      return;
    }
    const { source, speaker } = parseCitation(citation);
    if (!words) {
      this.report(offset, 'error', 'empty-quote', `this quote has a citation but no words: put the verbatim text above it`);
      return;
    }
    if (!isId(source)) {
      this.report(this.index.find(citationRaw, offset), 'error', 'malformed-citation',
        `"${source}" is not a source id: the citation ends with the source's id, as in "— Speaker (direct), source-id"`);
      return;
    }
    const location = this.at(offset);
    if (speaker === undefined) {
      this.quotes[this.quoteCount++] = { text: words, source, location };
      return;
    }
    const said = splitSpeech(speaker);
    if (!said.speech || !said.speaker) {
      this.report(this.index.find(citationRaw, offset), 'warning', 'missing-speech-kind',
        `say whose words these are: "— ${said.speaker || speaker} (direct), ${source}" for the speaker's own words in quotation marks, ` +
        `"(reported)" for the source's paraphrase of them, "(relayed)" for another outlet's text copied without quotation marks; read as direct speech`);
    }
    this.quotes[this.quoteCount++] = { text: words, source, speaker: said.speaker || speaker, speech: said.speech ?? 'direct', location };
  }

  /** A paragraph: a note on the claim, source or thread it is under. */
  paragraph(text: string, offset: number): void {
    if (this.claim) this.claim.note = join(this.claim.note, text);
    else if (this.source) this.source.note = join(this.source.note, text);
    else if (this.section.kind === 'thread') {
      this.section.thread.description = join(this.section.thread.description, text);
    } else if (this.section.kind === 'sources') {
      this.report(offset, 'warning', 'ignored-text', `text under "# Sources" but before any "## source-id: Title" is ignored`);
    }
  }

  private at(offset: number): SourceLocation {
    const line = this.index.lineIndex(offset);
    return { file: this.file, line: line + 1, column: offset - this.index.lineStart(line) + 1 };
  }
}

/** What to say of a heading whose id has spaces in it. */
function spacedIdMessage(what: string, { written, id }: { written: string; id: string }): string {
  return `${what} id "${written}" has a space: ids are letters, digits, "-", "_" and "." — write "${id}"`;
}

/** `supports` or `attacks` when `line` starts with one of them and a colon. */
function relationKindOf(line: string): RelationKind | undefined {
  if (line.startsWith('supports:')) return 'supports';
  if (line.startsWith('attacks:')) return 'attacks';
  return undefined;
}

function join(existing: string | undefined, more: string): string {
  return existing ? `${existing}\n\n${more}` : more;
}
