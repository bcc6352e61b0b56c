import type { ArgumentMap } from './types.js';

/**
 * The part of `map` made of the claims in `ids`: those claims, the relations between them, the
 * threads they belong to and the sources they quote. A map in its own right, e.g. for exporting
 * what the explorer shows.
 */
export function partOfMap(map: ArgumentMap, ids: ReadonlySet<string>): ArgumentMap {
  const claims = map.claims.filter((c) => ids.has(c.id));
  const threads = new Set(claims.map((c) => c.thread));
  const quoted = new Set(claims.flatMap((c) => c.quotes.map((q) => q.source)));
  return {
    threads: map.threads.filter((t) => threads.has(t.id)),
    claims,
    relations: map.relations.filter((r) => ids.has(r.from) && ids.has(r.to)),
    sources: map.sources.filter((s) => quoted.has(s.id)),
  };
}
