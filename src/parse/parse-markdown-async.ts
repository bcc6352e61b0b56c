import type { MapFile, ParseResult } from './parse-markdown.js';
import { readMarkdownInSteps } from './parse-markdown.js';

/** How long the page may be blocked between two yields while a map is read. */
const SLICE_MS = 40;

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

/** Lets the page handle input and paint before reading goes on. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
