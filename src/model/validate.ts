import type { Diagnostic } from './diagnostic.js';
import { diagnosticAt } from './diagnostic.js';
import { MAX_ID_LENGTH, NearMisses, SuggestionBudget } from './did-you-mean.js';
import type { ArgumentMap, Relation, SourceLocation } from './types.js';

/**
 * Checks that a map hangs together: ids are unique, every reference resolves, every claim
 * has words and evidence. Works on any map, whether parsed from Markdown or loaded as JSON.
 */
export function validateMap(map: ArgumentMap): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const error = (at: SourceLocation | undefined, code: string, message: string) =>
    diagnostics.push(diagnosticAt(at, 'error', code, message));
  const warn = (at: SourceLocation | undefined, code: string, message: string) =>
    diagnostics.push(diagnosticAt(at, 'warning', code, message));

  const threads = uniqueIds('thread', map.threads, error);
  const claims = uniqueIds('claim', map.claims, error);
  const sources = uniqueIds('source', map.sources, error);
  for (const [what, items] of [['thread', map.threads], ['claim', map.claims], ['source', map.sources]] as const) {
    for (let i = 0; i < items.length; i++) {
      const { id, location } = items[i];
      if (id.length > MAX_ID_LENGTH) {
        error(location, 'long-id', `${what} id "${shownId(id)}" is ${id.length} characters long; an id may have at most ${MAX_ID_LENGTH}: shorten it`);
      }
    }
  }
  // Built only when an id is unknown; one budget for all the searches of a run.
  const budget = new SuggestionBudget();
  const nearMisses = (ids: Map<string, number>) => {
    let found: NearMisses | undefined;
    return (wanted: string) => (found ??= new NearMisses(ids.keys(), budget)).didYouMean(wanted);
  };
  const suggestThread = nearMisses(threads);
  const suggestClaim = nearMisses(claims);
  const suggestSource = nearMisses(sources);
  /** Whether a quote cites the source at each place (the first place of a repeated id). */
  const quoted = new Uint8Array(map.sources.length);

  // A thesis states the motion: it needs no quote, so only claims that argue for or against another want one.
  const argues = new Set<string>();
  for (let i = 0; i < map.relations.length; i++) argues.add(map.relations[i].from);

  // Indexed loops: a map can have tens of thousands of claims, quotes and relations.
  for (let i = 0; i < map.claims.length; i++) {
    const claim = map.claims[i];
    if (!hasWords(claim.text)) error(claim.location, 'empty-text', `claim "${shownId(claim.id)}" has no text: write one sentence after "${shownId(claim.id)}:"`);
    if (!threads.has(claim.thread)) {
      error(claim.location, 'unknown-thread', `claim "${shownId(claim.id)}" is in thread "${shownId(claim.thread)}", which the map does not define`);
    }
    if (claim.quotes.length === 0 && argues.has(claim.id)) {
      warn(claim.location, 'no-quote', `claim "${shownId(claim.id)}" has no quote: add "> verbatim words" and "> — source-id" below it`);
    }
    for (let q = 0; q < claim.quotes.length; q++) {
      const quote = claim.quotes[q];
      const source = sources.get(quote.source);
      if (source !== undefined) quoted[source] = 1;
      else {
        error(quote.location, 'unknown-source',
          `quote cites unknown source "${shownId(quote.source)}"${suggestSource(quote.source)}`);
      }
    }
  }

  const seen = new RelationSet(map.claims.length);
  for (let i = 0; i < map.relations.length; i++) {
    const relation = map.relations[i];
    const from = claims.get(relation.from);
    const to = claims.get(relation.to);
    if (from === undefined) {
      error(relation.location, 'unknown-claim', `"${relation.kind}: ${shownId(relation.to)}" names unknown claim "${shownId(relation.from)}"${suggestClaim(relation.from)}`);
    }
    if (to === undefined) {
      error(relation.location, 'unknown-claim', `"${relation.kind}: ${shownId(relation.to)}" names unknown claim "${shownId(relation.to)}"${suggestClaim(relation.to)}`);
    }
    if (relation.from === relation.to) {
      error(relation.location, 'self-relation', `claim "${shownId(relation.from)}" ${relation.kind} itself: point it at another claim`);
    }
    if (!seen.add(relation, from, to)) warn(relation.location, 'duplicate-relation', `"${relation.kind}: ${shownId(relation.to)}" is written twice`);
  }

  for (const source of map.sources) {
    if (!quoted[sources.get(source.id)!]) warn(source.location, 'unquoted-source', `source "${shownId(source.id)}" is never quoted`);
    for (const stance of source.stances) {
      if (!threads.has(stance.thread)) {
        error(stance.location ?? source.location, 'unknown-thread', `source "${shownId(source.id)}" has a stance on unknown thread "${shownId(stance.thread)}"${suggestThread(stance.thread)}`);
      }
    }
  }
  return diagnostics;
}

/**
 * The relations seen so far, each kept as one number made of its ends' places in the map's
 * claims: a map can have tens of thousands, and a string key for each would be built, then hashed.
 */
class RelationSet {
  private readonly numbers = new Set<number>();
  /** For relations with an unknown end, which are errors anyway. */
  private readonly strings = new Set<string>();

  /** `claimCount` bounds the places: one past the highest. */
  constructor(private readonly claimCount: number) {}

  /** Adds the relation, whose ends are the claims at `from` and `to`; false when it was already there. */
  add(relation: Relation, from: number | undefined, to: number | undefined): boolean {
    // JSON, not spaces, between the parts: ids read from JSON may hold spaces.
    if (from === undefined || to === undefined) return addNew(this.strings, JSON.stringify([relation.from, relation.kind, relation.to]));
    return addNew(this.numbers, (from * this.claimCount + to) * 2 + (relation.kind === 'supports' ? 0 : 1));
  }
}

/** Adds `value`; false when it was there already. One lookup instead of `has`, then `add`. */
function addNew<T>(set: Set<T>, value: T): boolean {
  const size = set.size;
  return set.add(value).size > size;
}

/** Whether `text` has anything but whitespace: `text.trim() !== ''` without the copy. */
function hasWords(text: string): boolean {
  const first = text.charCodeAt(0);
  // Nearly every text starts with a letter, a digit or a quote mark.
  return (first > 32 && first < 127) || /\S/.test(text);
}

/** Each id's place in `items`, the first place for an id used twice (reported as an error). */
function uniqueIds<T extends { id: string; location?: SourceLocation }>(
  what: string,
  items: readonly T[],
  error: (at: SourceLocation | undefined, code: string, message: string) => void,
): Map<string, number> {
  const byId = new Map<string, number>();
  // Ids are nearly always unique: one lookup each, and a second pass only when some are not.
  for (let i = 0; i < items.length; i++) byId.set(items[i].id, i);
  if (byId.size === items.length) return byId;
  byId.clear();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const first = byId.get(item.id);
    if (first !== undefined) {
      const { location } = items[first];
      const where = location ? ` (first at ${location.file}:${location.line})` : '';
      error(item.location, 'duplicate-id', `${what} id "${shownId(item.id)}" is already used${where}: give this ${what} another id`);
    } else {
      byId.set(item.id, i);
    }
  }
  return byId;
}

/** An id as a message shows it: one past the length limit is cut short, so a message stays readable. */
export function shownId(id: string): string {
  return id.length > MAX_ID_LENGTH ? `${id.slice(0, 40)}…` : id;
}
