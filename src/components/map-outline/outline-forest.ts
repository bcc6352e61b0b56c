import type { MapIndex } from '../../model/queries.js';
import type { Claim, Relation, RelationKind } from '../../model/types.js';

/** A claim in the outline: listed once, under the claim it was first reached from. */
export interface OutlineEntry {
  claim: Claim;
  /** How it argues about the claim it is listed under; absent at the top of a thread. */
  kind?: RelationKind;
  children: OutlineEntry[];
  /** Its other relations to shown claims, which the outline links to rather than repeating it there. */
  also: Relation[];
}

/**
 * A thread's shown claims as one spanning forest: the theses at the top, each claim listed once,
 * under the first claim of the thread it is reached from going breadth first (so by its
 * shortest path to a thesis). A claim argues about several claims in a map that is not a tree;
 * listing it under each would repeat whole subtrees, exponentially often in a dense map, so
 * its other relations become links. Claims reached from no thesis (a loop with no way out)
 * start trees of their own, in the map's order. Linear in the thread's claims and relations.
 *
 * ```ts
 * outlineForest(index, 'sanctions', new Set(index.claims.keys()))[0].claim; // the first thesis
 * ```
 */
export function outlineForest(index: MapIndex, thread: string, shown: ReadonlySet<string>): OutlineEntry[] {
  const inThread = (id: string) => shown.has(id) && index.claim(id)?.thread === thread;
  const entries = new Map<string, OutlineEntry>();
  const tops: OutlineEntry[] = [];
  /** The relation each entry is listed under by. */
  const listedBy = new Map<string, Relation>();
  const queue: OutlineEntry[] = [];
  let next = 0;
  const place = (claim: Claim, parent: OutlineEntry | undefined, via: Relation | undefined) => {
    const entry: OutlineEntry = { claim, children: [], also: [] };
    if (via) {
      entry.kind = via.kind;
      listedBy.set(claim.id, via);
    }
    entries.set(claim.id, entry);
    (parent ? parent.children : tops).push(entry);
    queue.push(entry);
  };
  const spread = () => {
    while (next < queue.length) {
      const entry = queue[next++];
      for (const r of index.relationsInto(entry.claim.id)) {
        if (!entries.has(r.from) && inThread(r.from)) place(index.claim(r.from)!, entry, r);
      }
    }
  };
  const claims = index.claimsOf(thread).filter((c) => shown.has(c.id));
  for (const claim of claims) if (index.relationsFrom(claim.id).length === 0) place(claim, undefined, undefined);
  spread();
  for (const claim of claims) {
    if (entries.has(claim.id)) continue;
    place(claim, undefined, undefined);
    spread();
  }
  // Each claim's relations to shown claims, but the one it is listed under.
  for (const entry of entries.values()) {
    const via = listedBy.get(entry.claim.id);
    for (const r of index.relationsFrom(entry.claim.id)) if (r !== via && shown.has(r.to)) entry.also.push(r);
  }
  return tops;
}
