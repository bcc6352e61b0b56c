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
  const quoted = map.claims.flatMap((claim) => claim.quotes.filter((q) => q.source === sourceId).map((quote) => ({ claim: claim.id, quote })));
  const matches = finder.findAll(quoted.map(({ quote }) => quote.text));
  const passages: QuotedPassage[] = [];
  const notFound: SourceQuotes['notFound'] = [];
  quoted.forEach(({ claim, quote }, i) => {
    const match = matches[i];
    if (match) passages.push({ start: match.start, end: match.end, claim, quote });
    else notFound.push({ claim, quote });
  });
  return { passages, notFound };
}
