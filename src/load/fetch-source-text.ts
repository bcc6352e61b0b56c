import type { Source } from '../model/types.js';
import { fetchOk } from './fetch-ok.js';

/** A source text that could not be fetched: the user sees `message`. */
export class SourceTextError extends Error {}

/**
 * Fetches the text of `source` from the folder at `base`: its `file` is one name inside that
 * folder, never a path or another site's URL, since map text is untrusted.
 *
 * ```ts
 * const text = await fetchSourceText(source, 'sources/');   // sources/000_ad21fc49ab729d5c.txt
 * ```
 */
export async function fetchSourceText(source: Source, base: string | URL, signal?: AbortSignal): Promise<string> {
  if (!source.file) throw new SourceTextError(`source "${source.id}" names no file`);
  // A path would let a map reach other files on the host; the checker reads only names too.
  if (/[/\\]/.test(source.file) || source.file === '.' || source.file === '..') {
    throw new SourceTextError(`source "${source.id}": "${source.file}" is not a file name inside the sources folder`);
  }
  const folder = new URL(base, document.baseURI);
  if (!folder.pathname.endsWith('/')) folder.pathname += '/';
  const url = new URL(encodeURIComponent(source.file), folder);
  const response = await fetchOk(url, `the text of "${source.id}" from ${url.href}`, (message) => new SourceTextError(message), signal);
  return response.text();
}
