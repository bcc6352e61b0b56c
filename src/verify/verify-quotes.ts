import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt } from '../model/diagnostic.js';
import type { ArgumentMap, Quote, Source } from '../model/types.js';
import { NEAREST_PASSAGE_BUDGET, NEAREST_PASSAGE_MILLISECONDS, SearchBudget, seekNearestPassage } from './nearest-passage.js';
import { normalizeText, unescapeMarkdown } from './normalize.js';
import { directSpeechDiagnostics } from './direct-speech.js';
import { QuoteFinder, type QuoteMatch } from './quote-finder.js';

export type { QuoteMatch } from './quote-finder.js';

/** Source texts by file name, as named in each source's `file:` field. */
export type SourceTexts = ReadonlyMap<string, string>;

/** Finds `quote` in `sourceText`, forgiving whitespace, quote-mark and dash style only. */
export function findQuote(quote: string, sourceText: string): QuoteMatch | undefined {
  return new QuoteFinder(sourceText).find(quote);
}

/** What checking a map's quotes found: each quote's place in its source text. */
export interface QuoteMatches {
  /** Where each quote whose source text is at hand was found; undefined when it was not. */
  matches: Map<Quote, QuoteMatch | undefined>;
  /** The finder of each source text, by file name: its normalised text and indexes, for reuse. */
  finders: Map<string, QuoteFinder>;
}

/**
 * Seeks every quote of `map` in its source's text: grouped by file, so that each text is
 * normalised and indexed once and all of its quotes are found in one pass.
 */
export function matchQuotes(map: ArgumentMap, texts: SourceTexts): QuoteMatches {
  const sources = new Map(map.sources.map((s) => [s.id, s]));
  const byFile = new Map<string, Quote[]>();
  for (const claim of map.claims) {
    for (const quote of claim.quotes) {
      const file = sources.get(quote.source)?.file;
      if (file === undefined || !texts.has(file)) continue;
      const quotes = byFile.get(file);
      if (quotes) quotes.push(quote);
      else byFile.set(file, [quote]);
    }
  }
  const matches = new Map<Quote, QuoteMatch | undefined>();
  const finders = new Map<string, QuoteFinder>();
  for (const [file, quotes] of byFile) {
    const finder = new QuoteFinder(texts.get(file)!);
    finders.set(file, finder);
    const found = finder.findAll(quotes.map((q) => q.text));
    quotes.forEach((quote, i) => matches.set(quote, found[i]));
  }
  return { matches, finders };
}

/**
 * Checks every quote against its source's text. A quote that is not there is an error that
 * shows the nearest passage of the source, so the writer can copy the right words; past a budget
 * of work for one run (a map whose thousands of quotes are all wrong), errors come without it.
 */
export function verifyQuotes(map: ArgumentMap, texts: SourceTexts, budget = new SearchBudget(NEAREST_PASSAGE_BUDGET, NEAREST_PASSAGE_MILLISECONDS)): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map(map.sources.map((s) => [s.id, s]));
  const { matches, finders } = matchQuotes(map, texts);
  const missingFileReported = new Set<string>();
  let firstUnsearched: Quote | undefined;
  for (const claim of map.claims) {
    for (const quote of claim.quotes) {
      const source = sources.get(quote.source);
      if (!source) continue; // validateMap reports unknown sources
      const finder = source.file === undefined ? undefined : finders.get(source.file);
      if (!finder) {
        if (!missingFileReported.has(source.id)) {
          missingFileReported.add(source.id);
          diagnostics.push(missingTextDiagnostic(source));
        }
        continue;
      }
      const match = matches.get(quote);
      if (match) {
        diagnostics.push(...directSpeechDiagnostics(quote, source, texts.get(source.file!)!, match.start, match.end));
        continue;
      }
      const { diagnostic, searched } = notFoundDiagnostic(quote, source, finder, budget);
      if (!searched) firstUnsearched ??= quote;
      diagnostics.push(diagnostic);
    }
  }
  if (firstUnsearched) {
    diagnostics.push(diagnosticAt(firstUnsearched.location, 'warning', 'nearest-passage-budget',
      `nearest passages not searched for ${budget.skipped} more quotes: the search's budget for one run is spent (fix the quotes above, then check again)`));
  }
  return diagnostics;
}

function missingTextDiagnostic(source: Source): Diagnostic {
  const message = source.file
    ? `source "${source.id}" names file "${source.file}", which is not among the source texts: check the name or --sources`
    : `source "${source.id}" has no "file:" field, so its quotes cannot be checked`;
  return diagnosticAt(source.location, source.file ? 'error' : 'warning', source.file ? 'missing-source-text' : 'no-source-file', message);
}

/** The longest stretch of a quote compared with the source for its nearest passage. */
const NEAREST_PASSAGE_NEEDLE = 600;

function notFoundDiagnostic(quote: Quote, source: Source, finder: QuoteFinder, budget: SearchBudget): { diagnostic: Diagnostic; searched: boolean } {
  const notFound = `quote not found verbatim in "${source.file}" (source "${source.id}")`;
  const needle = normalizeText(unescapeMarkdown(quote.text.slice(0, NEAREST_PASSAGE_NEEDLE * 4))).slice(0, NEAREST_PASSAGE_NEEDLE);
  const near = seekNearestPassage(needle, finder, budget);
  if (!near) {
    budget.skipped++;
    return { diagnostic: diagnosticAt(quote.location, 'error', 'quote-not-found', notFound), searched: false };
  }
  const { start, end } = finder.originalSpan(near.start, near.end);
  const passage = finder.sourceText.slice(start, end).replace(/\s+/g, ' ');
  const message = `${notFound}; nearest passage, at line ${finder.lineOf(start)}: "${passage}"`;
  return { diagnostic: diagnosticAt(quote.location, 'error', 'quote-not-found', message), searched: true };
}
