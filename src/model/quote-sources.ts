import type { Side } from './sides.js';
import type { ArgumentMap } from './types.js';

/** How much of one side of a thread one source backs. */
export interface SourceShare {
  source: string;
  /** Quotes on this side that come from the source. */
  quotes: number;
  /** Claims on this side that quote the source at least once. */
  claims: number;
}

/**
 * For one thread, which sources the quotes on each side come from, most quoted first; a side
 * whose list has one entry rests on one source.
 *
 * ```ts
 * const { pro, con } = quoteSourcesBySide(map, sides, 'sanctions');
 * pro[0]; // { source: 'doubts-export-curbs', quotes: 12, claims: 7 }
 * ```
 */
export function quoteSourcesBySide(
  map: ArgumentMap,
  sides: ReadonlyMap<string, Side>,
  thread: string,
): Record<Side, SourceShare[]> {
  const shares: Record<Side, Map<string, SourceShare>> = { thesis: new Map(), pro: new Map(), con: new Map() };
  for (const claim of map.claims) {
    if (claim.thread !== thread) continue;
    const bySource = shares[sides.get(claim.id) ?? 'thesis'];
    const quoted = new Set<string>();
    for (const quote of claim.quotes) {
      const share = bySource.get(quote.source) ?? { source: quote.source, quotes: 0, claims: 0 };
      share.quotes++;
      if (!quoted.has(quote.source)) share.claims++;
      quoted.add(quote.source);
      bySource.set(quote.source, share);
    }
  }
  const ranked = (bySource: Map<string, SourceShare>) => [...bySource.values()].sort((a, b) => b.quotes - a.quotes || b.claims - a.claims);
  return { thesis: ranked(shares.thesis), pro: ranked(shares.pro), con: ranked(shares.con) };
}
