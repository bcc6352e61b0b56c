import type { Diagnostic } from './diagnostic.js';
import { diagnosticAt } from './diagnostic.js';
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
  /** Whether a quote cites the source at each place (the first place of a repeated id). */
  const quoted = new Uint8Array(map.sources.length);

  // A thesis states the motion: it needs no quote, so only claims that argue for or against another want one.
  const argues = new Set<string>();
  for (let i = 0; i < map.relations.length; i++) argues.add(map.relations[i].from);

  // Indexed loops: a map can have tens of thousands of claims, quotes and relations.
  for (let i = 0; i < map.claims.length; i++) {
    const claim = map.claims[i];
    if (!hasWords(claim.text)) error(claim.location, 'empty-text', `claim "${claim.id}" has no text: write one sentence after "${claim.id}:"`);
    if (!threads.has(claim.thread)) {
      error(claim.location, 'unknown-thread', `claim "${claim.id}" is in thread "${claim.thread}", which the map does not define`);
    }
    if (claim.quotes.length === 0 && argues.has(claim.id)) {
      warn(claim.location, 'no-quote', `claim "${claim.id}" has no quote: add "> verbatim words" and "> — source-id" below it`);
    }
    for (let q = 0; q < claim.quotes.length; q++) {
      const quote = claim.quotes[q];
      const source = sources.get(quote.source);
      if (source !== undefined) quoted[source] = 1;
      else {
        error(quote.location, 'unknown-source',
          `quote cites unknown source "${quote.source}"${suggest(quote.source, sources)}`);
      }
    }
  }

  const seen = new RelationSet(map.claims.length);
  for (let i = 0; i < map.relations.length; i++) {
    const relation = map.relations[i];
    const from = claims.get(relation.from);
    const to = claims.get(relation.to);
    if (from === undefined) {
      error(relation.location, 'unknown-claim', `"${relation.kind}: ${relation.to}" names unknown claim "${relation.from}"${suggest(relation.from, claims)}`);
    }
    if (to === undefined) {
      error(relation.location, 'unknown-claim', `"${relation.kind}: ${relation.to}" names unknown claim "${relation.to}"${suggest(relation.to, claims)}`);
    }
    if (relation.from === relation.to) {
      error(relation.location, 'self-relation', `claim "${relation.from}" ${relation.kind} itself: point it at another claim`);
    }
    if (!seen.add(relation, from, to)) warn(relation.location, 'duplicate-relation', `"${relation.kind}: ${relation.to}" is written twice`);
  }

  for (const source of map.sources) {
    if (!quoted[sources.get(source.id)!]) warn(source.location, 'unquoted-source', `source "${source.id}" is never quoted`);
    for (const stance of source.stances) {
      if (!threads.has(stance.thread)) {
        error(stance.location ?? source.location, 'unknown-thread', `source "${source.id}" has a stance on unknown thread "${stance.thread}"${suggest(stance.thread, threads)}`);
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
      error(item.location, 'duplicate-id', `${what} id "${item.id}" is already used${where}: give this ${what} another id`);
    } else {
      byId.set(item.id, i);
    }
  }
  return byId;
}

/** `; did you mean "x"?` for a near miss, so a typo is a one-second fix. */
function suggest(wanted: string, known: Map<string, unknown>): string {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(wanted.length / 3)) + 1;
  for (const id of known.keys()) {
    const distance = editDistance(wanted, id);
    if (distance < bestDistance) {
      best = id;
      bestDistance = distance;
    }
  }
  return best ? `; did you mean "${best}"?` : '';
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
