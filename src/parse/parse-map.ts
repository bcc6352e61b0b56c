import type { Diagnostic } from '../model/diagnostic.js';
import { addDiagnostics, diagnosticAt } from '../model/diagnostic.js';
import { mapFromJson } from '../model/from-json.js';
import type { ArgumentMap } from '../model/types.js';
import { emptyMap } from '../model/types.js';
import { validateMap } from '../model/validate.js';
import type { MapFile, ParseResult } from './parse-markdown.js';
import { parseMarkdownFile } from './parse-markdown.js';

/**
 * Reads one or more map files — Markdown, or the JSON that `argmap build` writes — into one
 * validated map. Never throws.
 *
 * ```ts
 * const { map, diagnostics } = parseMap([{ name: 'debate.md', text }]);
 * ```
 */
export function parseMap(files: readonly MapFile[]): ParseResult {
  const map: ArgumentMap = emptyMap();
  const diagnostics: Diagnostic[] = [];
  for (const file of files) appendPart(map, diagnostics, isJsonFile(file) ? parseJsonFile(file) : parseMarkdownFile(file));
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

export function isJsonFile(file: MapFile): boolean {
  return /\.json$/i.test(file.name.split(/[?#]/)[0]);
}

export function parseJsonFile(file: MapFile): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(file.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { map: emptyMap(), diagnostics: [diagnosticAt({ file: file.name, line: 1, column: 1 }, 'error', 'bad-json', `not valid JSON: ${message}`)] };
  }
  return mapFromJson(value, file.name);
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
