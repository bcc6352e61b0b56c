import type { Diagnostic } from '../model/diagnostic.js';
import type { ArgumentMap } from '../model/types.js';
import { emptyMap } from '../model/types.js';
import { checkFileSize, checkNesting } from './input-limits.js';
import { MapBuilder } from './map-builder.js';
import { lexedByMarked, readMarkedBlocks } from './marked-blocks.js';
import { scanPlainBlocks } from './plain-blocks.js';
import { readPlainBlocks } from './read-plain-blocks.js';
import { TextIndex } from './text-index.js';

export interface MapFile {
  /** Shown in diagnostics, e.g. `arguments/sanctions.md`. */
  name: string;
  text: string;
}

export interface ParseResult {
  map: ArgumentMap;
  diagnostics: Diagnostic[];
}

/**
 * Reads one Markdown map file into a partial map. Never throws: whatever cannot be read
 * becomes a diagnostic that names the line and says what to write instead.
 */
export function parseMarkdownFile(file: MapFile): ParseResult {
  return lastStep(readMarkdownInSteps(file));
}

/**
 * The same, one section of the file per step, so that a page can yield between steps and
 * stay responsive while a large map is read.
 */
export function readMarkdownInSteps(file: MapFile): Generator<void, ParseResult> {
  return readInSteps(file, true);
}

/**
 * `parseMarkdownFile` with every section lexed by marked, never by the line scanner: the
 * reference the scanner is tested against.
 */
export function parseMarkdownFileWithMarked(file: MapFile): ParseResult {
  return lastStep(readInSteps(file, false));
}

function lastStep(steps: Generator<void, ParseResult>): ParseResult {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

function* readInSteps(file: MapFile, scan: boolean): Generator<void, ParseResult> {
  const tooBig = checkFileSize(file.name, file.text);
  if (tooBig) return { map: emptyMap(), diagnostics: [tooBig] };
  const index = new TextIndex(file.text.includes('\r') ? file.text.replace(/\r\n?/g, '\n') : file.text);
  const builder = new MapBuilder(file.name, index);
  const blocks: number[] = [];
  for (const [start, end] of sections(index.text)) {
    try {
      const scanned = scan ? scanPlainBlocks(index, start, end, blocks) : -1;
      if (scanned >= 0) {
        readPlainBlocks(builder, index, blocks, scanned);
      } else {
        // A file nested too deep for marked is rejected whole, as it would be before reading it.
        const tooDeep = checkNesting(file.name, index, start, end);
        if (tooDeep) return { map: emptyMap(), diagnostics: [tooDeep] };
        readMarkedBlocks(builder, index, lexedByMarked(index.text, start, end));
      }
    } catch (error) {
      builder.report(start, 'error', 'unreadable', `could not read this part as Markdown (${describe(error)})`);
    }
    yield;
  }
  builder.finish();
  return { map: builder.map, diagnostics: builder.diagnostics };
}

/** Sections are cut only before a `#` or `##` heading, where the format starts a new item anyway. */
const SECTION_CHARS = 64 * 1024;

/** [start, end) offsets of the parts of `text` to read one at a time. */
function sections(text: string): [number, number][] {
  const cuts: [number, number][] = [];
  let start = 0;
  const heading = /\n#{1,2}[ \t]/g;
  while (text.length - start > SECTION_CHARS) {
    heading.lastIndex = start + SECTION_CHARS;
    const next = heading.exec(text);
    if (!next) break;
    cuts.push([start, next.index + 1]);
    start = next.index + 1;
  }
  cuts.push([start, text.length]);
  return cuts;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
