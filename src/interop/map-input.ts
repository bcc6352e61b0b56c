import { diagnosticAt } from '../model/diagnostic.js';
import { emptyMap } from '../model/types.js';
import { checkFileSize } from '../parse/input-limits.js';
import type { MapFile, ParseResult } from '../parse/parse-markdown.js';
import type { MapFormat } from './formats.js';
import { formatOfName } from './formats.js';

/** A file ready for its reader: its text as the readers expect it, and the format to read it in. */
export interface PreparedFile {
  file: MapFile;
  format: MapFormat;
}

/** What a file of each format must hold to be a map, for the messages of files that hold none. */
const EXPECTED = new Map<MapFormat, string>([
  ['markdown', 'a Markdown map: a "# thread-id: Question" heading with "## claim-id: One sentence." headings under it, or a "# Sources" section'],
  ['json', 'the JSON "argmap build" writes ({ "claims": […] }), AIF JSON ({ "nodes": […] }) or an index ({ "files": ["a.md", …] })'],
  ['aif', 'AIF JSON: { "nodes": […], "edges": […] } with I-nodes for the claims'],
  ['kialo', 'a Kialo export: numbered lines such as "1. Thesis" and "1.1. Pro: …"'],
  ['argdown', 'an Argdown document with statements ("[Title]: text") or arguments ("<Title>: text")'],
]);

const HTML_PAGE = /^\s*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/**
 * The first step of reading any map file, in the command line and the page alike: the format
 * (`format`, else the name's extension, else Markdown); the text without a byte-order mark and,
 * outside JSON, with every line ending (CR LF, CR, U+2028, U+2029) as a line feed; or, for a
 * file too large, empty or an HTML page, the error that says so.
 */
export function prepareFile(file: MapFile, format?: MapFormat): PreparedFile | ParseResult {
  const chosen = format ?? formatOfName(file.name) ?? 'markdown';
  let text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  const tooBig = checkFileSize(file.name, text);
  if (tooBig) return { map: emptyMap(), diagnostics: [tooBig] };
  if (!text.trim()) return noMap(file.name, 'empty-file', `this file is empty: expected ${EXPECTED.get(chosen)}`);
  if (HTML_PAGE.test(text)) {
    return noMap(file.name, 'html-page', `this is an HTML page, not a map: check the path or URL; expected ${EXPECTED.get(chosen)}`);
  }
  if (chosen !== 'json' && chosen !== 'aif' && /[\r\u2028\u2029]/.test(text)) text = text.replace(/\r\n?|[\u2028\u2029]/g, '\n');
  return { file: text === file.text ? file : { name: file.name, text }, format: chosen };
}

/**
 * `part` as read from `prepared`, with an error when it holds no thread, claim or source and
 * its reader did not already say why (an HTML page saved as `.md`, a text that is no map).
 */
export function withNoMapError(prepared: PreparedFile, part: ParseResult): ParseResult {
  const { threads, claims, sources } = part.map;
  if (threads.length + claims.length + sources.length > 0 || part.diagnostics.some((d) => d.severity === 'error')) return part;
  const error = diagnosticAt({ file: prepared.file.name, line: 1, column: 1 }, 'error', 'no-map',
    `nothing in this file reads as a map: expected ${EXPECTED.get(prepared.format)}`);
  return { map: part.map, diagnostics: [error, ...part.diagnostics] };
}

function noMap(file: string, code: string, message: string): ParseResult {
  return { map: emptyMap(), diagnostics: [diagnosticAt({ file, line: 1, column: 1 }, 'error', code, message)] };
}
