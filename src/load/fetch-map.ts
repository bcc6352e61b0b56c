import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt, withExcerpts } from '../model/diagnostic.js';
import type { LayoutDirection } from '../graph/layout.js';
import { formatOfName, type MapFormat } from '../interop/formats.js';
import { readMapIndex, refusal } from '../interop/map-index.js';
import { readMapTexts } from '../interop/read-any.js';
import { decodeText } from '../parse/decode-text.js';
import type { MapFile } from '../parse/parse-markdown.js';
import { fetchOk } from './fetch-ok.js';
import { MapUrlPolicy } from './map-url-policy.js';
import { type ReadInWorker, readInWorker, WORKER_THRESHOLD, WorkerUnavailable } from './read-in-worker.js';

/** A load that failed before there was a map to parse: the user sees `message`. */
export class MapLoadError extends Error {}

/**
 * Fetches a map from `src`: a Markdown file, the JSON `argmap build` writes, an Argdown file,
 * a Kialo text export, AIF JSON, or an index `{ "files": ["a.md", "b.argdown"] }` whose files
 * (relative to it, inside its folder) together form the map. The reader is `format` when given,
 * else the one the file's extension names (see `formatOfName`); Argdown's parser is loaded only
 * for Argdown files. The files are read as `argmap` reads them (`readMapTexts`), so the same file
 * gives the same diagnostics in the page and on the command line.
 *
 * ```ts
 * const { map, diagnostics } = await fetchMap('debates/semmelweis.argdown');
 * const kialo = await fetchMap('/api/discussion/42/export', undefined, 'kialo');
 * ```
 *
 * A big map (`WORKER_THRESHOLD` characters or more, in no Argdown file) is read in a worker, and,
 * given `layout`, laid out there too; where no worker can run, on the page.
 */
export async function fetchMap(src: string, signal?: AbortSignal, format?: MapFormat, policy = new MapUrlPolicy(),
  layout?: { aspectRatio: number; direction: LayoutDirection }): Promise<ReadInWorker> {
  const { files, indexed, diagnostics } = await fetchMapFiles(src, signal, format, policy);
  const chosen = indexed ? undefined : format;
  if (belongsInWorker(files, chosen)) {
    try {
      return await readInWorker(files, chosen, diagnostics, { signal, layout });
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  const result = await readMapTexts(files, chosen, { signal, diagnostics });
  return { ...result, diagnostics: withExcerpts(result.diagnostics, files) };
}

/** Big enough to be worth a worker, and in formats the worker reads (Argdown's reader is the page's). */
function belongsInWorker(files: readonly MapFile[], format?: MapFormat): boolean {
  const size = files.reduce((sum, file) => sum + file.text.length, 0);
  return size >= WORKER_THRESHOLD && files.every((file) => (format ?? formatOfName(file.name)) !== 'argdown');
}

/**
 * The texts the map at `src` is made of: the files an index lists (`indexed`), or the one file,
 * each named by the last part of its URL, as diagnostics name it; and the problems met loading
 * them (a file that is not text; an index entry that is absolute, has `..` or a scheme, or
 * leads to another site or out of the index's folder: such entries are not fetched).
 */
export async function fetchMapFiles(src: string, signal?: AbortSignal, format?: MapFormat, policy = new MapUrlPolicy()): Promise<{ files: MapFile[]; indexed: boolean; diagnostics: Diagnostic[] }> {
  const url = new URL(src, document.baseURI);
  const diagnostics: Diagnostic[] = [];
  const first = await fetchFile(url, diagnostics, policy, signal, url.pathname.split('/').pop() || src);
  const index = first && (format === undefined || format === 'json') ? readMapIndex(first) : undefined;
  if (!index) return { files: first ? [first] : [], indexed: false, diagnostics };
  diagnostics.push(...index.diagnostics);
  const folder = url.pathname.slice(0, url.pathname.lastIndexOf('/') + 1);
  const fetched = await Promise.all(index.files.map((entry) => {
    const fileUrl = URL.canParse(entry.name, url) ? new URL(entry.name, url) : undefined;
    if (fileUrl?.origin !== url.origin || !fileUrl.pathname.startsWith(folder)) {
      diagnostics.push(refusal(index.positions, entry.path, `"${entry.name}" leads to ${fileUrl?.href ?? 'no URL'}, outside the index’s folder`));
      return undefined;
    }
    return fetchFile(fileUrl, diagnostics, policy, signal);
  }));
  return { files: fetched.filter((file): file is MapFile => file !== undefined), indexed: true, diagnostics };
}

/** The text of the file at `url`, or undefined with the reason in `diagnostics` when it is not text. */
async function fetchFile(url: URL, diagnostics: Diagnostic[], policy: MapUrlPolicy, signal?: AbortSignal, name = url.pathname.split('/').pop() || url.href): Promise<MapFile | undefined> {
  // Checked before the fetch, and again where a redirect ended.
  admit(url, policy);
  const response = await fetchOk(url, url.href, (message) => new MapLoadError(message), signal);
  if (response.redirected && response.url) admit(new URL(response.url), policy);
  const decoded = decodeText(new Uint8Array(await response.arrayBuffer()), name);
  if ('error' in decoded) {
    diagnostics.push(decoded.error);
    return undefined;
  }
  return { name, text: decoded.text };
}

function admit(url: URL, policy: MapUrlPolicy): void {
  const refused = policy.refusal(url);
  if (refused) throw new MapLoadError(refused);
}

export function loadErrorDiagnostic(message: string, file = '<src>'): Diagnostic {
  return diagnosticAt({ file, line: 1, column: 1 }, 'error', 'load-failed', message);
}
