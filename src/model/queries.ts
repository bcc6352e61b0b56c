import type { ArgumentMap, Claim, Relation, Source } from './types.js';

/**
 * Lookups over a map, built once: who supports or attacks whom, and what belongs to which thread.
 *
 * ```ts
 * const index = new MapIndex(map);
 * index.attackersOf('controls-failed'); // claims that attack it
 * ```
 */
export class MapIndex {
  readonly claims = new Map<string, Claim>();
  readonly sources = new Map<string, Source>();
  private readonly incoming = new Map<string, Relation[]>();
  private readonly outgoing = new Map<string, Relation[]>();
  private byThread: Map<string, Claim[]> | undefined;

  constructor(readonly map: ArgumentMap) {
    for (const claim of map.claims) {
      if (!this.claims.has(claim.id)) this.claims.set(claim.id, claim);
    }
    for (const source of map.sources) this.sources.set(source.id, source);
    for (const relation of map.relations) {
      if (!this.claims.has(relation.from) || !this.claims.has(relation.to)) continue;
      push(this.outgoing, relation.from, relation);
      push(this.incoming, relation.to, relation);
    }
  }

  claim(id: string): Claim | undefined {
    return this.claims.get(id);
  }

  supportersOf(id: string): Claim[] {
    return this.relatedTo(id, 'supports');
  }

  attackersOf(id: string): Claim[] {
    return this.relatedTo(id, 'attacks');
  }

  /** Relations that point at `id`: its supporters and attackers. */
  relationsInto(id: string): readonly Relation[] {
    return this.incoming.get(id) ?? [];
  }

  /** Relations from `id` to the claims it supports or attacks. */
  relationsFrom(id: string): readonly Relation[] {
    return this.outgoing.get(id) ?? [];
  }

  /** A thread's claims, in the map's order. */
  claimsOf(thread: string): readonly Claim[] {
    if (!this.byThread) {
      // Built on first use, once for every thread: a map can have thousands of threads.
      this.byThread = new Map();
      for (const claim of this.claims.values()) push(this.byThread, claim.thread, claim);
    }
    return this.byThread.get(thread) ?? [];
  }

  /** A thread's theses: its claims that support or attack nothing. */
  rootsOf(thread: string): Claim[] {
    return this.claimsOf(thread).filter((c) => this.relationsFrom(c.id).length === 0);
  }

  /** Every claim within `depth` relations of `id`, in either direction, `id` included. */
  neighbourhood(id: string, depth: number): Set<string> {
    const seen = new Set<string>(this.claims.has(id) ? [id] : []);
    let frontier = [...seen];
    for (let step = 0; step < depth && frontier.length > 0; step++) {
      const next: string[] = [];
      for (const current of frontier) {
        for (const r of [...this.relationsInto(current), ...this.relationsFrom(current)]) {
          for (const other of [r.from, r.to]) {
            if (!seen.has(other)) {
              seen.add(other);
              next.push(other);
            }
          }
        }
      }
      frontier = next;
    }
    return seen;
  }

  private relatedTo(id: string, kind: Relation['kind']): Claim[] {
    return this.relationsInto(id)
      .filter((r) => r.kind === kind)
      .map((r) => this.claims.get(r.from)!)
      .filter(Boolean);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Ids of the claims whose text, tags, note or quotes contain every word of `query` (case-insensitive). */
export function searchClaims(map: ArgumentMap, query: string): Set<string> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const found = new Set<string>();
  if (words.length === 0) return found;
  for (const claim of map.claims) {
    const haystack = haystackOf(claim);
    if (words.every((w) => haystack.includes(w))) found.add(claim.id);
  }
  return found;
}

/**
 * Each claim's searchable text, lower-cased, made on its first search and kept while the claim
 * lives: a keystroke in a map of 20,000 claims then scans strings instead of building them.
 * Claims are replaced, not changed in place, when a map is edited.
 */
const haystacks = new WeakMap<Claim, string>();

function haystackOf(claim: Claim): string {
  let haystack = haystacks.get(claim);
  if (haystack === undefined) {
    haystack = [claim.id, claim.text, claim.note ?? '', ...claim.tags, ...claim.quotes.flatMap((q) => [q.text, q.speaker ?? ''])]
      .join('\n')
      .toLowerCase();
    haystacks.set(claim, haystack);
  }
  return haystack;
}

/**
 * Makes the searchable texts of `map`'s claims ahead of the first search, a slice of about
 * `sliceMs` at a time with a yield between slices, so that the first keystroke in a big map is as
 * quick as the next. Stops when `signal` aborts.
 */
export async function prepareSearch(map: ArgumentMap, { sliceMs = 20, signal }: { sliceMs?: number; signal?: AbortSignal } = {}): Promise<void> {
  let next = 0;
  while (next < map.claims.length && !signal?.aborted) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const start = performance.now();
    while (next < map.claims.length && performance.now() - start < sliceMs) {
      for (const end = Math.min(map.claims.length, next + 200); next < end; next++) haystackOf(map.claims[next]);
    }
  }
}
