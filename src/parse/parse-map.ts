import type { Diagnostic } from '../model/diagnostic.js';
import { addDiagnostics, diagnosticAt } from '../model/diagnostic.js';
import type { ArgumentMap } from '../model/types.js';
import { emptyMap } from '../model/types.js';
import { validateMap } from '../model/validate.js';
import { prepareFile, withNoMapError } from '../interop/map-input.js';
import { readPart } from '../interop/read-part.js';
import type { MapFile, ParseResult } from './parse-markdown.js';

/**
 * Reads one or more map files into one validated map, at once. Never throws. The same reading
 * as `readMapTexts` (the same formats by extension, the same diagnostics), except for Argdown:
 * its parser is loaded on demand, which only `readMapTexts` can wait for.
 *
 * ```ts
 * const { map, diagnostics } = parseMap([{ name: 'debate.md', text }]);
 * ```
 */
export function parseMap(files: readonly MapFile[]): ParseResult {
  return assembleMap(files.map((file) => {
    const prepared = prepareFile(file);
    if (!('format' in prepared)) return prepared;
    if (prepared.format === 'argdown') {
      return { map: emptyMap(), diagnostics: [diagnosticAt({ file: file.name, line: 1, column: 1 }, 'error', 'argdown-async',
        'Argdown is read by readMapTexts, which loads Argdown’s parser; parseMap reads Markdown, JSON, AIF and Kialo')] };
    }
    return withNoMapError(prepared, readPart(prepared.file, prepared.format));
  }));
}

/**
 * One validated map from the parts read from each file, with `more` diagnostics (from loading
 * the files) among theirs, sorted by file and line.
 */
export function assembleMap(parts: readonly ParseResult[], more: readonly Diagnostic[] = []): ParseResult {
  const map: ArgumentMap = emptyMap();
  const diagnostics: Diagnostic[] = [];
  for (const part of parts) appendPart(map, diagnostics, part);
  addDiagnostics(diagnostics, more);
  addDiagnostics(diagnostics, validateMap(map));
  return { map, diagnostics: sortDiagnostics(diagnostics) };
}

/** Adds what one file holds to the map being assembled from several. */
export function appendPart(map: ArgumentMap, diagnostics: Diagnostic[], part: ParseResult): void {
  map.threads = joined(map.threads, part.map.threads);
  map.claims = joined(map.claims, part.map.claims);
  map.relations = joined(map.relations, part.map.relations);
  map.sources = joined(map.sources, part.map.sources);
  addDiagnostics(diagnostics, part.diagnostics);
}

/**
 * `more` after `items`: `more` itself when there is nothing before it (a map is often one file),
 * else `items` with `more` pushed one by one (a part can hold 100,000 claims, too many to spread).
 */
function joined<T>(items: T[], more: T[]): T[] {
  if (items.length === 0) return more;
  for (let i = 0; i < more.length; i++) items.push(more[i]);
  return items;
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
