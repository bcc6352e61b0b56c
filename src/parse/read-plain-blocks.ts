import { joinLineSpans } from './join-lines.js';
import { isCitation } from './fields.js';
import type { MapBuilder } from './map-builder.js';
import { HEADING, LIST, PARAGRAPH } from './plain-blocks.js';
import type { TextIndex } from './text-index.js';
import { trimmedSlice } from './whitespace.js';

const NO_LINES: readonly string[] = [];

/**
 * Gives `builder` the first `count` numbers of `blocks`, which `scanPlainBlocks` read from
 * `lines.text`: see there for their layout.
 */
export function readPlainBlocks(builder: MapBuilder, lines: TextIndex, blocks: readonly number[], count: number): void {
  const text = lines.text;
  let i = 0;
  while (i < count) {
    const kind = blocks[i];
    const start = blocks[i + 1];
    if (kind === HEADING) {
      const depth = blocks[i + 3];
      // The `#`s are followed by a space, or end the line.
      builder.heading(depth, trimmedSlice(text, start + depth + 1, blocks[i + 2]), start);
      i += 4;
    } else if (kind === PARAGRAPH) {
      builder.paragraph(trimmedSlice(text, start, blocks[i + 2]), lines.firstWord(start));
      i += 3;
    } else if (kind === LIST) {
      i = readList(builder, text, blocks, i);
    } else {
      i = readQuote(builder, lines, blocks, i);
    }
  }
}

/** The list at `blocks[i]`; returns where the next block starts. */
function readList(builder: MapBuilder, text: string, blocks: readonly number[], i: number): number {
  const items = blocks[i + 2];
  let reading = true;
  i += 3;
  for (let item = 0; item < items; item++) {
    const line = blocks[i];
    const nestedCount = blocks[i + 2];
    i += 3;
    if (reading) {
      let nested = NO_LINES;
      if (nestedCount > 0) {
        const lines: string[] = [];
        for (let k = i; k < i + 2 * nestedCount; k += 2) lines.push(trimmedSlice(text, blocks[k] + 4, blocks[k + 1]));
        nested = lines;
      }
      reading = builder.item(trimmedSlice(text, line + 2, blocks[i - 2]), line, nested);
    }
    i += 2 * nestedCount;
  }
  return i;
}

/**
 * The quote at `blocks[i]`; returns where the next block starts. A quote's paragraphs are its
 * runs of lines with words; the last one is the citation.
 */
function readQuote(builder: MapBuilder, lines: TextIndex, blocks: readonly number[], i: number): number {
  const text = lines.text;
  const offset = lines.firstWord(blocks[i + 1]);
  const first = i + 3;
  const end = first + 2 * blocks[i + 2];
  let citationEnd = end;
  while (citationEnd > first && isBlankLine(blocks, citationEnd - 2)) citationEnd -= 2;
  if (citationEnd === first) {
    builder.quote(offset, undefined, '', '');
    return end;
  }
  let citationStart = citationEnd - 2;
  while (citationStart > first && !isBlankLine(blocks, citationStart - 2)) citationStart -= 2;
  // A citation line right under the words, with no blank `>` line between, is the citation too.
  const lastLine = citationEnd - 2;
  if (lastLine > citationStart && !isCitation(lineText(text, blocks, citationStart)) && isCitation(lineText(text, blocks, lastLine))) {
    citationStart = lastLine;
  }
  const citationRaw = text.slice(blocks[citationStart], blocks[citationStart + 1]);
  let citation = citationRaw;
  for (let k = citationStart + 2; k < citationEnd; k += 2) citation += `\n${text.slice(blocks[k], blocks[k + 1])}`;
  builder.quote(offset, citation, citationRaw, quoteWords(text, blocks, first, citationStart));
  return end;
}

/** The quoted words on the lines `blocks[from, to)` describes: their paragraphs joined, as marked's are in `readMarkedBlocks`. */
function quoteWords(text: string, blocks: readonly number[], from: number, to: number): string {
  let paragraphs: string[] | undefined;
  for (let k = from; k < to;) {
    if (isBlankLine(blocks, k)) {
      k += 2;
      continue;
    }
    let last = k;
    while (last < to && !isBlankLine(blocks, last)) last += 2;
    // Nearly every quote is one paragraph.
    if (k === from && last === to) return joinLineSpans(text, blocks, k, last);
    (paragraphs ??= []).push(joinLineSpans(text, blocks, k, last));
    k = last;
  }
  if (!paragraphs) return '';
  return paragraphs.length === 1 ? paragraphs[0] : paragraphs.join(' ').trim();
}

/** The words of the quote line whose words start at `blocks[k]`. */
function lineText(text: string, blocks: readonly number[], k: number): string {
  return text.slice(blocks[k], blocks[k + 1]);
}

/** Whether the quote line whose words start at `blocks[k]` has none (the words end at `blocks[k + 1]`). */
function isBlankLine(blocks: readonly number[], k: number): boolean {
  return blocks[k] === blocks[k + 1];
}
