import type { ArgumentMap } from '../model/types.js';

/**
 * The map with its claims grouped by thread (in thread order) and its relations grouped by the
 * claim they start from (in claim order), each group keeping its own order. This is the order in
 * which a Markdown map is written and read, so an export to Markdown reads back as exactly this map.
 */
export function inCanonicalOrder(map: ArgumentMap): ArgumentMap {
  const threadRank = rankOf(map.threads.map((t) => t.id));
  const claims = stableSort(map.claims, (c) => threadRank.get(c.thread) ?? map.threads.length);
  const claimRank = rankOf(claims.map((c) => c.id));
  const relations = stableSort(map.relations, (r) => claimRank.get(r.from) ?? claims.length);
  return { ...map, claims, relations };
}

function rankOf(ids: readonly string[]): Map<string, number> {
  const rank = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!rank.has(id)) rank.set(id, i);
  });
  return rank;
}

function stableSort<T>(items: readonly T[], key: (item: T) => number): T[] {
  return items.map((item, i) => ({ item, i, k: key(item) })).sort((a, b) => a.k - b.k || a.i - b.i).map((e) => e.item);
}
