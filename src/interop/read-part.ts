import { mapFromJson } from '../model/from-json.js';
import { emptyMap } from '../model/types.js';
import type { MapFile, ParseResult } from '../parse/parse-markdown.js';
import { parseMarkdownFile } from '../parse/parse-markdown.js';
import { looksLikeAif } from './aif-document.js';
import { importAif } from './aif-import.js';
import type { MapFormat } from './formats.js';
import { JsonPositions, parseJson } from './json-positions.js';
import { importKialo } from './kialo-import.js';

/** The formats read without loading anything: all but Argdown, whose parser is loaded on demand. */
export type BuiltInFormat = Exclude<MapFormat, 'argdown'>;

/** One file's part of the map, not yet validated: its references may point into other files. */
export function readPart(file: MapFile, format: BuiltInFormat): ParseResult {
  switch (format) {
    case 'markdown':
      return parseMarkdownFile(file);
    case 'json':
      return readJson(file);
    case 'aif':
      return importAif(file.text, file.name);
    case 'kialo':
      return importKialo(file.text, file.name);
  }
}

/**
 * Our own JSON, or AIF when the document has AIF's `nodes` instead of our `claims`. Every
 * diagnostic, including the ones validation gives later, points at the value it is about.
 */
export function readJson(file: MapFile): ParseResult {
  const parsed = parseJson(file.text, file.name);
  if ('error' in parsed) return { map: emptyMap(), diagnostics: [parsed.error] };
  if (looksLikeAif(parsed.value)) return importAif(file.text, file.name);
  const positions = new JsonPositions(file.text, file.name);
  return mapFromJson(parsed.value, file.name, (path) => positions.at(path));
}
