import type { ArgumentMap, Source } from '../model/types.js';
import { QuoteFinder } from '../verify/quote-finder.js';
import type { SourceTexts } from '../verify/verify-quotes.js';
import { passagesOf, quotesBySource, type SourceQuotes } from './quoted-passages.js';
import { sourceCoverage, type SourceCoverage } from './source-coverage.js';

/** One source of a map, with its text's coverage when the text is among the source texts. */
export interface SourceCoverageReport {
  source: Source;
  /** The source's text, or undefined when its `file` is missing or not among the texts. */
  text: string | undefined;
  quotes: SourceQuotes;
  coverage: SourceCoverage | undefined;
}

export interface MapCoverage {
  sources: SourceCoverageReport[];
  /** Files among the source texts that no source of the map names: articles not mapped at all. */
  uncitedFiles: string[];
}

/**
 * The coverage of every source of `map` by its quotes, as `argmap coverage` prints it.
 *
 * ```ts
 * const { sources, uncitedFiles } = mapCoverage(map, new Map([['study.txt', text]]));
 * ```
 */
export function mapCoverage(map: ArgumentMap, texts: SourceTexts): MapCoverage {
  const bySource = quotesBySource(map);
  // Sources that share a file share its finder: the text is normalised and indexed once.
  const finders = new Map<string, QuoteFinder>();
  const finderOf = (file: string, text: string) => {
    let finder = finders.get(file);
    if (!finder) finders.set(file, (finder = new QuoteFinder(text)));
    return finder;
  };
  const sources = map.sources.map((source): SourceCoverageReport => {
    const text = source.file === undefined ? undefined : texts.get(source.file);
    const quotes = text === undefined || source.file === undefined ? { passages: [], notFound: [] } : passagesOf(bySource.get(source.id) ?? [], finderOf(source.file, text));
    return { source, text, quotes, coverage: text === undefined ? undefined : sourceCoverage(text, quotes.passages) };
  });
  const named = new Set(map.sources.map((s) => s.file));
  const uncitedFiles = [...texts.keys()].filter((file) => !named.has(file) && !file.startsWith('.')).sort();
  return { sources, uncitedFiles };
}
