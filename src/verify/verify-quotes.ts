import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt } from '../model/diagnostic.js';
import type { ArgumentMap, Quote, Source } from '../model/types.js';
import { TextIndex } from '../parse/text-index.js';
import { directSpeechDiagnostics } from './direct-speech.js';
import { nearestPassage } from './nearest-passage.js';
import { type NormalizedText, normalize, unescapeMarkdown } from './normalize.js';

/** Source texts by file name, as named in each source's `file:` field. */
export type SourceTexts = ReadonlyMap<string, string>;

/** Where a quote sits in its source text, once found. */
export interface QuoteMatch {
  start: number;
  end: number;
}

/** Finds `quote` in `sourceText`, forgiving whitespace, quote-mark and dash style only. */
export function findQuote(quote: string, sourceText: string): QuoteMatch | undefined {
  const needle = normalize(unescapeMarkdown(quote));
  const haystack = normalizedSource(sourceText);
  const at = haystack.text.indexOf(needle.text);
  if (at < 0 || needle.text.length === 0) return undefined;
  const lastChar = haystack.origin[at + needle.text.length - 1];
  return { start: haystack.origin[at], end: lastChar + 1 };
}

/** Source texts are long and quoted many times: normalise each once. */
const normalizedSources = new Map<string, NormalizedText>();

function normalizedSource(text: string): NormalizedText {
  let normalized = normalizedSources.get(text);
  if (!normalized) {
    if (normalizedSources.size > 64) normalizedSources.clear();
    normalized = normalize(text);
    normalizedSources.set(text, normalized);
  }
  return normalized;
}

/**
 * Checks every quote against its source's text. A quote that is not there is an error that
 * shows the nearest passage of the source, so the writer can copy the right words.
 */
export function verifyQuotes(map: ArgumentMap, texts: SourceTexts): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map(map.sources.map((s) => [s.id, s]));
  const missingFileReported = new Set<string>();
  for (const claim of map.claims) {
    for (const quote of claim.quotes) {
      const source = sources.get(quote.source);
      if (!source) continue; // validateMap reports unknown sources
      const text = source.file === undefined ? undefined : texts.get(source.file);
      if (text === undefined) {
        if (!missingFileReported.has(source.id)) {
          missingFileReported.add(source.id);
          diagnostics.push(missingTextDiagnostic(source));
        }
        continue;
      }
      const match = findQuote(quote.text, text);
      if (!match) diagnostics.push(notFoundDiagnostic(quote, source, text));
      else diagnostics.push(...directSpeechDiagnostics(quote, source, text, match.start, match.end));
    }
  }
  return diagnostics;
}

function missingTextDiagnostic(source: Source): Diagnostic {
  const message = source.file
    ? `source "${source.id}" names file "${source.file}", which is not among the source texts: check the name or --sources`
    : `source "${source.id}" has no "file:" field, so its quotes cannot be checked`;
  return diagnosticAt(source.location, source.file ? 'error' : 'warning', source.file ? 'missing-source-text' : 'no-source-file', message);
}

function notFoundDiagnostic(quote: Quote, source: Source, text: string): Diagnostic {
  const needle = normalize(unescapeMarkdown(quote.text)).text;
  const haystack = normalizedSource(text);
  const near = nearestPassage(needle.slice(0, 600), haystack.text);
  const start = haystack.origin[near.start] ?? 0;
  const end = (haystack.origin[Math.max(near.start, near.end - 1)] ?? start) + 1;
  const passage = text.slice(start, end).replace(/\s+/g, ' ');
  const line = new TextIndex(text).position(start).line;
  return diagnosticAt(quote.location, 'error', 'quote-not-found',
    `quote not found verbatim in "${source.file}" (source "${source.id}"); nearest passage, at line ${line}: "${passage}"`);
}
