import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt } from '../model/diagnostic.js';
import type { TextIndex } from './text-index.js';

/** The format needs three levels at most (a stance list inside a source); marked's cost grows steeply with depth. */
export const MAX_NESTING = 16;
export const MAX_FILE_CHARS = 32 * 1024 * 1024;

/** Rejects, before anything else reads it, a file too large to read at all. */
export function checkFileSize(name: string, text: string): Diagnostic | undefined {
  if (text.length <= MAX_FILE_CHARS) return undefined;
  return diagnosticAt({ file: name, line: 1, column: 1 }, 'error', 'too-large',
    `this file has ${(text.length / 1048576).toFixed(1)} M characters; a map file may have at most ${MAX_FILE_CHARS / 1048576} M: split it into several files`);
}

/**
 * Rejects, in one linear pass over the lines of `lines.text[start, end)` before marked reads them,
 * deeply nested lists or quotes: they would make marked slow or exhaust memory. (The line scanner
 * reads at most two levels, so the sections it reads need no check.)
 */
export function checkNesting(name: string, lines: TextIndex, start = 0, end = lines.text.length): Diagnostic | undefined {
  const text = lines.text;
  const last = end > start ? lines.lineIndex(end - 1) : -1;
  for (let line = lines.lineIndex(start); line <= last; line++) {
    const start = lines.lineStart(line);
    if (!mayNest(text.charCodeAt(start))) continue;
    const depth = nestingDepth(text, start);
    if (depth > MAX_NESTING) {
      return diagnosticAt({ file: name, line: line + 1, column: 1 }, 'error', 'too-deep',
        `lists or quotes nested ${depth} levels deep; a map needs at most 3 (at most ${MAX_NESTING} are read): flatten this part`);
    }
  }
  return undefined;
}

/** Whether a line starting with `c` can be indented or start a quote or list item. */
function mayNest(c: number): boolean {
  return c === 32 || c === 9 || c === 62 || c === 45 || c === 42 || c === 43;
}

/**
 * Quote and list markers plus indentation steps at the start of the line at `start`: a cheap
 * bound on its nesting. The line break that ends the line ends the count.
 */
function nestingDepth(text: string, start: number): number {
  let depth = 0;
  let spaces = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c === 32) spaces++;
    else if (c === 9) spaces += 4;
    else if (c === 62 /* > */) depth++;
    else if ((c === 45 || c === 42 || c === 43) /* - * + */ && (next === 32 || next === 9)) depth++;
    else break;
  }
  return depth + Math.floor(spaces / 2);
}
