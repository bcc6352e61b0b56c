import type { ArgumentMap, Claim, Relation, Thread } from '../model/types.js';
import { isId } from '../parse/fields.js';
import { inCanonicalOrder } from './canonical-order.js';
import type { ExportResult } from './export-result.js';
import { ExportProblems, LINE_BREAK, shown } from './export-result.js';
import { describeRelation } from './read-back-difference.js';

/**
 * The map as an Argdown document: each thread a heading (its id kept as heading data,
 * `# Question? {id: thread-id}`), each claim a statement titled by its id with its tags, and
 * each relation an outgoing `+>` (supports) or `->` (attacks) below the claim it starts from.
 * Notes, quotes, sources and thread descriptions have no place in Argdown and are left out, as
 * are relations to claims the map lacks.
 *
 * Reading the result with `importArgdown` gives back the threads that have claims, the claims
 * and the relations, with the reader's normalisations: texts and titles on one line (runs of
 * whitespace made one space), an empty title or text replaced by the thread's or claim's id, tags with runs of
 * whitespace, commas and backticks made a dash and repeated ones left out, repeated relations
 * left out. Refused, with a problem naming each: ids that are not map ids (see `ID_PATTERN`) or
 * that Argdown's reader cannot hold (`constructor`, `toString`…), relations from claims the map
 * lacks, and tags that are empty or hold a `)` or a line break.
 */
export function exportArgdown(map: ArgumentMap): ExportResult {
  const problems = new ExportProblems('Argdown');
  checkSpellable(map, problems);
  return problems.result(() => writeArgdown(map));
}

function writeArgdown(map: ArgumentMap): string {
  const ordered = inCanonicalOrder(map);
  const claimIds = new Set(ordered.claims.map((c) => c.id));
  const claimsOf = groupBy(ordered.claims, (c) => c.thread);
  const relationsOf = groupBy(ordered.relations.filter((r) => claimIds.has(r.to)), (r) => r.from);
  const threads: Thread[] = [...map.threads];
  const known = new Set(threads.map((t) => t.id));
  for (const thread of claimsOf.keys()) {
    if (!known.has(thread)) {
      known.add(thread);
      threads.push({ id: thread, title: thread });
    }
  }
  const blocks: string[] = [];
  for (const thread of threads) {
    const title = singleLine(thread.title) || thread.id;
    blocks.push(`# ${escapeArgdown(title)} {id: ${yamlString(thread.id)}}`);
    for (const claim of claimsOf.get(thread.id) ?? []) blocks.push(statement(claim, relationsOf.get(claim.id) ?? []));
    // A thread's claims are written once, under its first heading.
    claimsOf.delete(thread.id);
  }
  return `${blocks.join('\n\n')}\n`;
}

function statement(claim: Claim, relations: readonly Relation[]): string {
  const tags = claim.tags.map((tag) => (/^[A-Za-z0-9-]+$/.test(tag) ? ` #${tag}` : ` #(${singleLine(tag)})`)).join('');
  // Argdown has no statement without words: an empty one is written (and read back) as its id.
  const lines = [`[${claim.id}]: ${escapeArgdown(singleLine(claim.text) || claim.id)}${tags}`];
  for (const relation of relations) lines.push(`  ${relation.kind === 'supports' ? '+>' : '->'} [${relation.to}]`);
  return lines.join('\n');
}

/**
 * Names Argdown's reader looks up in plain objects, where these are taken by what every object
 * inherits: a statement titled `constructor` makes it fail.
 */
const INHERITED_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

function checkSpellable(map: ArgumentMap, problems: ExportProblems): void {
  const id = (what: () => string, value: string, at: Parameters<ExportProblems['add']>[0], role = 'id') => {
    if (!isId(value)) {
      problems.add(at, `${what()}: ${role} ${shown(value)} cannot be written in Argdown: ids start with a letter or digit, followed by letters, digits, "-", "_" and "."`);
    } else if (INHERITED_NAMES.has(value)) {
      problems.add(at, `${what()}: ${role} ${shown(value)} cannot be written in Argdown: Argdown's reader cannot hold a statement or section named ${shown(value)}`);
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
      if (!tag.trim() || tag.includes(')') || LINE_BREAK.test(tag)) {
        problems.add(claim.location, `${what()}: tag ${shown(tag)} cannot be written in Argdown: a tag is written "#(words)", so it needs words and cannot hold ")" or a line break`);
      }
    }
  }
  for (const relation of map.relations) {
    if (!claims.has(relation.from)) {
      problems.add(relation.location, `relation ${shown(describeRelation(relation))} cannot be written in Argdown: a relation is written under the claim it starts from, and the map has no claim ${shown(relation.from)}`);
    }
  }
}

/**
 * Characters that start Argdown syntax inside a text: mentions, tags, emphasis, links, comments,
 * data; and `=`, as a statement `===` and a heading `===` further on keep Argdown from reading the file.
 */
const SYNTAX = /[\\/*_#[\]<>@{}=]|[.:](?=(?<=\.)[^\s]+?\.|(?<=:)[^\s]+?:)/g;

/**
 * Escapes a text so that Argdown reads it back word for word: a backslash before each character
 * that starts Argdown syntax, and before the `.` or `:` that starts a shortcode (`.y.` or
 * `:smile:`, which Argdown turns into symbols: `x.y.z` would read `x✔z`).
 */
export function escapeArgdown(text: string): string {
  return text.replace(SYNTAX, (char) => `\\${char}`);
}

/** Texts written across lines: Argdown's statements and headings are one line. */
function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A thread id as YAML that reads back as the same string (`123` or `true` would not, bare). */
function yamlString(id: string): string {
  return /^[A-Za-z][A-Za-z0-9_-]*$/.test(id) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(id) ? id : JSON.stringify(id);
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
