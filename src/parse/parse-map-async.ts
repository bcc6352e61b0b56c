import type { Diagnostic } from '../model/diagnostic.js';
import { addDiagnostics } from '../model/diagnostic.js';
import type { ArgumentMap } from '../model/types.js';
import { emptyMap } from '../model/types.js';
import { validateMap } from '../model/validate.js';
import { appendPart, isJsonFile, parseJsonFile, sortDiagnostics } from './parse-map.js';
import type { MapFile, ParseResult } from './parse-markdown.js';
import { readMarkdownInSteps } from './parse-markdown.js';

/** How long the page may be blocked between two yields while a map is read. */
const SLICE_MS = 40;

/**
 * `parseMap` for the page: the same result, but it yields to the event loop every few dozen
 * milliseconds, so a 10 MB map never freezes the page. Stops early when `signal` aborts.
 */
export async function parseMapAsync(files: readonly MapFile[], signal?: AbortSignal): Promise<ParseResult> {
  const map: ArgumentMap = emptyMap();
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    appendPart(map, diagnostics, isJsonFile(file) ? parseJsonFile(file) : await parseMarkdownFileAsync(file, signal));
  }
  await yieldToPage();
  signal?.throwIfAborted();
  addDiagnostics(diagnostics, validateMap(map));
  return { map, diagnostics: sortDiagnostics(diagnostics) };
}

/** One Markdown file, read section by section with a yield to the page whenever a slice is used up. */
export async function parseMarkdownFileAsync(file: MapFile, signal?: AbortSignal): Promise<ParseResult> {
  const steps = readMarkdownInSteps(file);
  let sliceStart = performance.now();
  let step = steps.next();
  while (!step.done) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
    step = steps.next();
  }
  return step.value;
}

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
