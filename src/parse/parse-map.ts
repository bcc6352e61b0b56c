import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt } from '../model/diagnostic.js';
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
  diagnostics.push(...validateMap(map));
  return { map, diagnostics: sortDiagnostics(diagnostics) };
}

/** Adds what one file holds to the map being assembled from several. */
export function appendPart(map: ArgumentMap, diagnostics: Diagnostic[], part: ParseResult): void {
  append(map.threads, part.map.threads);
  append(map.claims, part.map.claims);
  append(map.relations, part.map.relations);
  append(map.sources, part.map.sources);
  append(diagnostics, part.diagnostics);
}

/** `to.push(...from)` without passing every item as an argument: a part can hold 100,000 claims. */
function append<T>(to: T[], from: readonly T[]): void {
  for (let i = 0; i < from.length; i++) to.push(from[i]);
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
