import type { Diagnostic } from '../model/diagnostic.js';
import { addDiagnostics, diagnosticAt } from '../model/diagnostic.js';
import { mapFromJson } from '../model/from-json.js';
import type { ArgumentMap } from '../model/types.js';
import { emptyMap } from '../model/types.js';
import { validateMap } from '../model/validate.js';
import { parseMarkdownFileAsync } from '../parse/parse-map-async.js';
import { appendPart, sortDiagnostics } from '../parse/parse-map.js';
import type { MapFile, ParseResult } from '../parse/parse-markdown.js';
import { looksLikeAif } from './aif-document.js';
import { importAif } from './aif-import.js';
import { providedArgdownReader } from './argdown-reader.js';
import type { MapFormat } from './formats.js';
import { formatOfName } from './formats.js';
import { JsonPositions, parseJson } from './json-positions.js';
import { importKialo } from './kialo-import.js';

/**
 * Reads one map file in any format we read into a validated map. Never throws. The format is
 * `format` when given, else the file name's extension (`.argdown`, `.txt` for Kialo, `.json` for
 * our JSON or AIF, anything else Markdown). Argdown's parser is loaded only when an Argdown file
 * comes along.
 *
 * ```ts
 * const { map, diagnostics } = await readMapText('semmelweis.argdown', text);
 * ```
 */
export function readMapText(name: string, text: string, format?: MapFormat): Promise<ParseResult> {
  return readMapTexts([{ name, text }], format);
}

/** Reads files of any formats we read (see `readMapText`) into one validated map, as `parseMap` does. */
export async function readMapTexts(files: readonly MapFile[], format?: MapFormat): Promise<ParseResult> {
  const parts = await Promise.all(files.map((file) => readPart(file, format ?? formatOfName(file.name) ?? 'markdown')));
  const map: ArgumentMap = emptyMap();
  const diagnostics: Diagnostic[] = [];
  for (const part of parts) appendPart(map, diagnostics, part);
  addDiagnostics(diagnostics, validateMap(map));
  return { map, diagnostics: sortDiagnostics(diagnostics) };
}

/** One file's part of the map, not yet validated: its references may point into other files. */
async function readPart(file: MapFile, format: MapFormat): Promise<ParseResult> {
  switch (format) {
    case 'markdown':
      return parseMarkdownFileAsync(file);
    case 'json':
      return readJson(file);
    case 'aif':
      return importAif(file.text, file.name);
    case 'kialo':
      return importKialo(file.text, file.name);
    case 'argdown':
      return readArgdown(file);
  }
}

/** Our own JSON, or AIF when the document has AIF's `nodes` instead of our `claims`. */
function readJson(file: MapFile): ParseResult {
  const parsed = parseJson(file.text, file.name);
  if ('error' in parsed) return { map: emptyMap(), diagnostics: [parsed.error] };
  if (looksLikeAif(parsed.value)) return importAif(file.text, file.name);
  const result = mapFromJson(parsed.value, file.name);
  if (result.diagnostics.length === 0) return result;
  return { map: result.map, diagnostics: new JsonPositions(file.text, file.name).locate(result.diagnostics) };
}

async function readArgdown(file: MapFile): Promise<ParseResult> {
  try {
    const importArgdown = providedArgdownReader() ?? (await import('./argdown-import.js')).importArgdown;
    return importArgdown(file.text, file.name);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { map: emptyMap(), diagnostics: [diagnosticAt({ file: file.name, line: 1, column: 1 }, 'error', 'argdown-unavailable', `could not load the Argdown reader (to read Argdown, install @argdown/core beside argument-map; in a bundled page also import 'argument-map/argdown'): ${message}`)] };
  }
}
