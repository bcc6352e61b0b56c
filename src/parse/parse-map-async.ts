import { readMapTexts } from '../interop/read-any.js';
import type { MapFile, ParseResult } from './parse-markdown.js';

/**
 * `parseMap` for the page: the same result (it is `readMapTexts`), but it yields to the event
 * loop every few dozen milliseconds, so a 10 MB map never freezes the page. Stops early when
 * `signal` aborts.
 */
export function parseMapAsync(files: readonly MapFile[], signal?: AbortSignal): Promise<ParseResult> {
  return readMapTexts(files, undefined, { signal });
}
