import type { LoadedMap } from '../state/map-state.js';

/**
 * One line that says what the thread (or, with `thread` empty, the whole map) holds and what to do first.
 *
 * ```ts
 * threadSummary(loaded, 'ai'); // "3 claims say yes · 2 say no · 4 quotes from 2 articles — pick a claim to see its evidence"
 * ```
 */
export function threadSummary(loaded: LoadedMap, thread: string): string {
  const claims = loaded.map.claims.filter((c) => !thread || c.thread === thread);
  const count = (side: string) => claims.filter((c) => loaded.sides.get(c.id) === side).length;
  const quotes = claims.reduce((sum, c) => sum + c.quotes.length, 0);
  const articles = new Set(claims.flatMap((c) => c.quotes.map((q) => q.source))).size;
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const sides = thread ? `${plural(count('pro'), 'claim says', 'claims say')} yes · ${count('con')} say${count('con') === 1 ? 's' : ''} no` : plural(claims.length, 'claim');
  return `${sides} · ${plural(quotes, 'quote')} from ${plural(articles, 'article')} — pick a claim to see its evidence`;
}
