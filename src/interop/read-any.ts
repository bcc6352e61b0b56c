import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt } from '../model/diagnostic.js';
import { emptyMap } from '../model/types.js';
import { parseMarkdownFileAsync, yieldToPage } from '../parse/parse-markdown-async.js';
import { assembleMap } from '../parse/parse-map.js';
import type { MapFile, ParseResult } from '../parse/parse-markdown.js';
import { providedArgdownReader } from './argdown-reader.js';
import type { MapFormat } from './formats.js';
import type { PreparedFile } from './map-input.js';
import { prepareFile, withNoMapError } from './map-input.js';
import { readPart } from './read-part.js';

/** How `readMapTexts` reads. */
export interface ReadOptions {
  /** Stops reading (the promise rejects with the abort reason) when it aborts. */
  signal?: AbortSignal;
  /** Problems met while loading the files (a refused index entry, a file that is not text), reported with the rest. */
  diagnostics?: readonly Diagnostic[];
}

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

/**
 * Reads files of any formats we read (see `readMapText`) into one validated map. This is the one
 * way a map is read: `argmap`, the element's `src`, the explorer's editor and `parseMap` /
 * `parseMapAsync` all come here, so the same file gives the same diagnostics everywhere. A file
 * that holds no map (empty, an HTML page, text in no format we read) is an error. Large Markdown
 * files are read in slices with yields to the page between them.
 */
export async function readMapTexts(files: readonly MapFile[], format?: MapFormat, options: ReadOptions = {}): Promise<ParseResult> {
  const parts: ParseResult[] = [];
  for (const file of files) {
    const prepared = prepareFile(file, format);
    parts.push('format' in prepared ? withNoMapError(prepared, await readPreparedFile(prepared, options.signal)) : prepared);
  }
  await yieldToPage();
  options.signal?.throwIfAborted();
  return assembleMap(parts, options.diagnostics);
}

function readPreparedFile({ file, format }: PreparedFile, signal?: AbortSignal): Promise<ParseResult> | ParseResult {
  if (format === 'markdown') return parseMarkdownFileAsync(file, signal);
  if (format === 'argdown') return readArgdown(file);
  return readPart(file, format);
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
