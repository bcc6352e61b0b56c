import type { ArgumentMap, Quote } from '../model/types.js';
import { QuoteFinder } from '../verify/quote-finder.js';
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
 * forgiveness as `argmap check` (whitespace, quote-mark and dash style). Pass the `finder` of
 * `text` when one is at hand (several sources may share a file): it keeps the text's index.
 *
 * ```ts
 * const { passages } = quotedPassages(map, 'moa-on-deepseek', articleText);
 * passages.map((p) => [p.claim, articleText.slice(p.start, p.end)]);
 * ```
 */
export function quotedPassages(map: ArgumentMap, sourceId: string, text: string, finder = new QuoteFinder(text)): SourceQuotes {
  return passagesOf(quotesBySource(map).get(sourceId) ?? [], finder);
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

/** Where each of `quotes` (all from one source) sits in the text `finder` searches. */
export function passagesOf(quotes: readonly { claim: string; quote: Quote }[], finder: QuoteFinder): SourceQuotes {
  const matches = finder.findAll(quotes.map(({ quote }) => quote.text));
  const passages: QuotedPassage[] = [];
  const notFound: SourceQuotes['notFound'] = [];
  quotes.forEach(({ claim, quote }, i) => {
    const match = matches[i];
    if (match) passages.push({ start: match.start, end: match.end, claim, quote });
    else notFound.push({ claim, quote });
  });
  return { passages, notFound };
}
