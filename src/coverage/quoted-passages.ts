import type { ArgumentMap, Quote } from '../model/types.js';
import { findQuote } from '../verify/verify-quotes.js';
import type { TextSpan } from './text-span.js';

/** Where one claim's quote sits in its source text. */
export interface QuotedPassage extends TextSpan {
  claim: string;
  quote: Quote;
}

/** The quotes a map takes from one source: those found in its text, and those not found. */
export interface SourceQuotes {
  passages: QuotedPassage[];
  notFound: { claim: string; quote: Quote }[];
}

/**
 * Finds, in `text`, every quote the map's claims take from source `sourceId`, with the same
 * forgiveness as `argmap check` (whitespace, quote-mark and dash style).
 *
 * ```ts
 * const { passages } = quotedPassages(map, 'moa-on-deepseek', articleText);
 * passages.map((p) => [p.claim, articleText.slice(p.start, p.end)]);
 * ```
 */
export function quotedPassages(map: ArgumentMap, sourceId: string, text: string): SourceQuotes {
  return passagesOf(quotesBySource(map).get(sourceId) ?? [], text);
}

/** Every quote of the map, with its claim, grouped by the source it cites: one pass over the map. */
export function quotesBySource(map: ArgumentMap): Map<string, { claim: string; quote: Quote }[]> {
  const bySource = new Map<string, { claim: string; quote: Quote }[]>();
  for (const claim of map.claims) {
    for (const quote of claim.quotes) {
      const list = bySource.get(quote.source);
      if (list) list.push({ claim: claim.id, quote });
      else bySource.set(quote.source, [{ claim: claim.id, quote }]);
    }
  }
  return bySource;
}

/** Where each of `quotes` (all from one source) sits in its source's `text`. */
export function passagesOf(quotes: readonly { claim: string; quote: Quote }[], text: string): SourceQuotes {
  const passages: QuotedPassage[] = [];
  const notFound: SourceQuotes['notFound'] = [];
  for (const { claim, quote } of quotes) {
    const match = findQuote(quote.text, text);
    if (match) passages.push({ start: match.start, end: match.end, claim, quote });
    else notFound.push({ claim, quote });
  }
  return { passages, notFound };
}
