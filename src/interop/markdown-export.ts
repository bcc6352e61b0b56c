import type { ArgumentMap, Claim, Quote, Relation, Source, SourceLocation } from '../model/types.js';
import { isId } from '../parse/fields.js';
import { parseMarkdownFile } from '../parse/parse-markdown.js';
import type { ExportResult } from './export-result.js';
import { ExportProblems, LINE_BREAK, shown } from './export-result.js';
import { inMarkdownForm } from './markdown-form.js';
import { claimNoteReadBack, descriptionReadBack, quoteWordsReadBack, sourceNoteReadBack } from './markdown-trial-read.js';
import { describeDifference, describeRelation, readBackDifference } from './read-back-difference.js';

/**
 * The map in our own Markdown format, one file holding every thread and then the sources. It
 * reads back as the same map, as `inMarkdownForm` describes it (line breaks in one-line texts
 * become spaces, notes become paragraphs, positions are left out), or it is not written: the
 * result then names each thing the format cannot hold, such as an id that is not letters, digits,
 * `-`, `_` and `.`, a tag with a space or comma, a url with a line break, or a note holding a list
 * or heading that would be read as part of the map (each note and quote that is not plain text is
 * read on trial, alone). Every export is read back whole before it is returned, so that nothing
 * that reads differently is ever written.
 *
 * ```ts
 * const result = exportMarkdown(map);
 * if (result.ok) writeFileSync('debate.md', result.text);
 * ```
 */
export function exportMarkdown(map: ArgumentMap): ExportResult {
  const problems = new ExportProblems('Markdown');
  checkSpellable(map, problems);
  if (problems.any) return problems.result(() => '');
  const form = inMarkdownForm(map);
  checkNotesAndQuotes(form, problems);
  if (problems.any) return problems.result(() => '');
  const text = writeMarkdown(form);
  const difference = readBackDifference(form, parseMarkdownFile({ name: 'export.md', text }).map);
  if (difference) {
    const field = difference.field === undefined ? '' : `: its ${difference.field}`;
    problems.add(difference.at, `${difference.what}${field} cannot be written in Markdown as it is${hint(difference.field)}; it ${describeDifference(difference)}`);
  }
  return problems.result(() => text);
}

/** Why a field may not read back, for the fields where the reason is not obvious. */
function hint(field: string | undefined): string {
  switch (field) {
    case 'note':
    case 'description':
      return ` (${NOTE_HINT})`;
    case 'quotes':
      return ' (quoted words must have words, and must not open a code or HTML block)';
    case 'stances':
      return ' (a stance reads "thread-id: position — summary": its position cannot be empty or hold a dash between spaces)';
    default:
      return '';
  }
}

/** Ids, tags, files and urls the format has no way to write. */
function checkSpellable(map: ArgumentMap, problems: ExportProblems): void {
  const id = (what: () => string, value: string, at: SourceLocation | undefined, role = 'id') => {
    if (!isId(value)) {
      problems.add(at, `${what()}: ${role} ${shown(value)} cannot be written in Markdown: ids start with a letter or digit, followed by letters, digits, "-", "_" and "."`);
    }
  };
  for (const thread of map.threads) id(() => `thread ${shown(thread.id)}`, thread.id, thread.location);
  const claims = new Set<string>();
  for (const claim of map.claims) {
    claims.add(claim.id);
    const what = () => `claim ${shown(claim.id)}`;
    id(what, claim.id, claim.location);
    id(what, claim.thread, claim.location, 'thread id');
    for (const tag of claim.tags) {
      if (!isListWord(tag)) {
        problems.add(claim.location, `${what()}: tag ${shown(tag)} cannot be written in Markdown: tags are separated by commas and spaces, so a tag cannot be empty or hold either`);
      }
    }
    for (const quote of claim.quotes) id(what, quote.source, quote.location ?? claim.location, 'quote source id');
  }
  for (const relation of map.relations) {
    const what = () => `relation ${shown(describeRelation(relation))}`;
    if (!claims.has(relation.from)) problems.add(relation.location, `${what()} cannot be written in Markdown: a relation is written under the claim it starts from, and the map has no claim ${shown(relation.from)}`);
    id(what, relation.to, relation.location, 'target id');
  }
  for (const source of map.sources) {
    const what = () => `source ${shown(source.id)}`;
    id(what, source.id, source.location);
    for (const key of ['file', 'url'] as const) {
      const value = source[key];
      if (value !== undefined && LINE_BREAK.test(value.trim())) {
        problems.add(source.location, `${what()}: its ${key} ${shown(value)} cannot be written in Markdown: a ${key} is one line`);
      }
    }
    for (const stance of source.stances) id(what, stance.thread, stance.location ?? source.location, 'stance thread id');
  }
}

const NOTE_HINT = 'notes are paragraphs of text: a line that starts a heading, list, quote, table, code or HTML block is read as part of the map';

/** Each note, description and quote that would not read back as it is, named. */
function checkNotesAndQuotes(form: ArgumentMap, problems: ExportProblems): void {
  const check = (at: SourceLocation | undefined, what: string, value: string, readBack: string | undefined, why: string) => {
    if (readBack === value) return;
    const reads = readBack === undefined ? `would be read as more than that (or as nothing)` : `would read back as ${shown(readBack)}`;
    problems.add(at, `${what} cannot be written in Markdown as it is (${why}): ${shown(value)} ${reads}`);
  };
  for (const thread of form.threads) {
    if (thread.description) check(thread.location, `thread ${shown(thread.id)}: its description`, thread.description, descriptionReadBack(thread.description), NOTE_HINT);
  }
  for (const claim of form.claims) {
    if (claim.note) check(claim.location, `claim ${shown(claim.id)}: its note`, claim.note, claimNoteReadBack(claim.note), NOTE_HINT);
    claim.quotes.forEach((quote, i) => {
      check(quote.location ?? claim.location, `claim ${shown(claim.id)}: its quote ${i + 1}`, quote.text, quoteWordsReadBack(quote.text),
        'a quote needs words, and they must not open a code or HTML block, which would take in its citation');
    });
  }
  for (const source of form.sources) {
    if (source.note?.includes('\n')) check(source.location, `source ${shown(source.id)}: its note`, source.note, sourceNoteReadBack(source.note), NOTE_HINT);
  }
}

/** A tag the field reader gives back as it is: no comma or whitespace, at most a backtick at an end (written in backticks). */
function isListWord(tag: string): boolean {
  return tag.length > 0 && !/[\s,]/.test(tag);
}

/** `map`, already in Markdown form, as text. */
function writeMarkdown(map: ArgumentMap): string {
  const claimsOf = groupBy(map.claims, (c) => c.thread);
  const relationsOf = groupBy(map.relations, (r) => r.from);
  const blocks: string[] = [];
  for (const thread of map.threads) {
    blocks.push(heading('#', thread.id, thread.title));
    if (thread.description) blocks.push(thread.description);
    for (const claim of claimsOf.get(thread.id) ?? []) claimBlocks(claim, relationsOf.get(claim.id) ?? [], blocks);
  }
  if (map.sources.length > 0) {
    blocks.push('# Sources');
    for (const source of map.sources) sourceBlocks(source, blocks);
  }
  return `${blocks.join('\n\n')}\n`;
}

/**
 * `## id: text`. A heading that ends in `#` gets a closing `#`: Markdown takes a closing run of
 * `#`s (after a space) off a heading, and only one run.
 */
function heading(marks: string, id: string, text: string): string {
  const line = text ? `${marks} ${id}: ${text}` : `${marks} ${id}:`;
  return line.endsWith('#') ? `${line} #` : line;
}

function claimBlocks(claim: Claim, relations: readonly Relation[], blocks: string[]): void {
  blocks.push(heading('##', claim.id, claim.text));
  const fields = claim.tags.length > 0 ? [`- tags: ${claim.tags.map(listWord).join(', ')}`] : [];
  // Consecutive relations of one kind share a line; a change of kind starts a new one, which keeps their order.
  let kind = '';
  let targets: string[] = [];
  const endLine = () => {
    if (targets.length > 0) fields.push(`- ${kind}: ${targets.join(', ')}`);
  };
  for (const relation of relations) {
    if (relation.kind !== kind) {
      endLine();
      kind = relation.kind;
      targets = [];
    }
    targets.push(relation.to);
  }
  endLine();
  if (fields.length > 0) blocks.push(fields.join('\n'));
  if (claim.note) blocks.push(claim.note);
  for (const quote of claim.quotes) blocks.push(quoteBlock(quote));
}

/** The field reader takes one backtick off each end of a list's words, so a word with one there gets another. */
function listWord(word: string): string {
  return word.startsWith('`') || word.endsWith('`') ? `\`${word}\`` : word;
}

function quoteBlock(quote: Quote): string {
  const citation = quote.speaker ? `${quote.speaker} (${quote.speech ?? 'direct'}), ${quote.source}` : quote.source;
  return `> ${quote.text}\n>\n> — ${citation}`;
}

const SOURCE_FIELDS = ['file', 'author', 'outlet', 'date', 'url', 'kind'] as const;

function sourceBlocks(source: Source, blocks: string[]): void {
  blocks.push(heading('##', source.id, source.title));
  const fields: string[] = [];
  for (const key of SOURCE_FIELDS) {
    const value = source[key];
    if (value !== undefined) fields.push(field(key, value));
  }
  const noteIsOneLine = source.note !== undefined && !source.note.includes('\n');
  if (noteIsOneLine) fields.push(field('note', source.note!));
  if (source.stances.length > 0) {
    fields.push('- stance:');
    for (const stance of source.stances) {
      fields.push(`  - ${stance.thread}: ${stance.position}${stance.summary ? ` — ${stance.summary}` : ''}`);
    }
  }
  if (fields.length > 0) blocks.push(fields.join('\n'));
  if (source.note !== undefined && !noteIsOneLine) blocks.push(source.note);
}

function field(key: string, value: string): string {
  return value ? `- ${key}: ${value}` : `- ${key}:`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
