import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt, withExcerpts } from '../model/diagnostic.js';
import type { MapFormat } from '../interop/formats.js';
import { readMapTexts } from '../interop/read-any.js';
import type { MapFile, ParseResult } from '../parse/parse-markdown.js';
import { fetchOk } from './fetch-ok.js';
import { MapUrlPolicy } from './map-url-policy.js';

/** A load that failed before there was a map to parse: the user sees `message`. */
export class MapLoadError extends Error {}

/**
 * Fetches a map from `src`: a Markdown file, the JSON `argmap build` writes, an Argdown file,
 * a Kialo text export, AIF JSON, or an index `{ "files": ["a.md", "b.argdown"] }` whose files
 * (relative to it) together form the map. The reader is `format` when given, else the one the
 * file's extension names (see `formatOfName`); Argdown's parser is loaded only for Argdown files.
 *
 * ```ts
 * const { map, diagnostics } = await fetchMap('debates/semmelweis.argdown');
 * const kialo = await fetchMap('/api/discussion/42/export', undefined, 'kialo');
 * ```
 */
export async function fetchMap(src: string, signal?: AbortSignal, format?: MapFormat, policy = new MapUrlPolicy()): Promise<ParseResult> {
  const { files, indexed } = await fetchMapFiles(src, signal, format, policy);
  const result = await readMapTexts(files, indexed ? undefined : format);
  return { ...result, diagnostics: withExcerpts(result.diagnostics, files) };
}

/**
 * The texts the map at `src` is made of: the files an index lists (`indexed`), or the one file.
 * Each is named by the last part of its URL, as diagnostics name it.
 */
export async function fetchMapFiles(src: string, signal?: AbortSignal, format?: MapFormat, policy = new MapUrlPolicy()): Promise<{ files: MapFile[]; indexed: boolean }> {
  const url = new URL(src, document.baseURI);
  const text = await fetchText(url, signal, policy);
  if ((format === undefined || format === 'json') && isJsonName(url)) {
    const index = indexFiles(text);
    if (index) {
      const files = await Promise.all(index.map(async (name): Promise<MapFile> => {
        const fileUrl = new URL(name, url);
        return { name: fileUrl.pathname.split('/').pop() ?? name, text: await fetchText(fileUrl, signal, policy) };
      }));
      return { files, indexed: true };
    }
  }
  return { files: [{ name: url.pathname.split('/').pop() || src, text }], indexed: false };
}

async function fetchText(url: URL, signal: AbortSignal | undefined, policy: MapUrlPolicy): Promise<string> {
  // Checked before the fetch, and again where a redirect ended.
  admit(url, policy);
  const response = await fetchOk(url, url.href, (message) => new MapLoadError(message), signal);
  if (response.redirected && response.url) admit(new URL(response.url), policy);
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  if (/text\/html/i.test(type) && !/\.html?$/i.test(url.pathname) || /^\s*<(!doctype|html)/i.test(text)) {
    throw new MapLoadError(`${url.href} is an HTML page, not a map: check the src URL`);
  }
  if (!text.trim()) throw new MapLoadError(`${url.href} is empty: a map needs at least a "# thread-id: Question" heading`);
  return text;
}

function admit(url: URL, policy: MapUrlPolicy): void {
  const refused = policy.refusal(url);
  if (refused) throw new MapLoadError(refused);
}

function isJsonName(url: URL): boolean {
  return /\.json$/i.test(url.pathname);
}

/** The file list of an index, or undefined when the JSON is a map itself (or not JSON). */
function indexFiles(text: string): string[] | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value === 'object' && value !== null && 'files' in value && !('claims' in value)) {
      const files = (value as { files: unknown }).files;
      if (Array.isArray(files) && files.every((f) => typeof f === 'string')) return files;
      throw new MapLoadError('an index must be { "files": ["a.md", …] }: "files" is not a list of names');
    }
  } catch (error) {
    if (error instanceof MapLoadError) throw error;
  }
  return undefined;
}

export function loadErrorDiagnostic(message: string, file = '<src>'): Diagnostic {
  return diagnosticAt({ file, line: 1, column: 1 }, 'error', 'load-failed', message);
}
