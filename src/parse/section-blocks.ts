import { Lexer, type Token } from 'marked';
import type { LocatedBlocks } from './fast-blocks.js';
import { scanSimpleBlocks } from './fast-blocks.js';

/** Turns `text[start, end)` into marked's top-level block tokens and where each one starts. */
export type SectionLexer = (text: string, start: number, end: number) => LocatedBlocks;

/** The line scanner where the section keeps to the plain subset maps are written in, marked elsewhere. */
export const scannedOrLexed: SectionLexer = (text, start, end) =>
  scanSimpleBlocks(text, start, end) ?? lexedByMarked(text, start, end);

/**
 * marked alone. Block tokens only: the reader never looks at inline tokens, and lexing them is
 * most of marked's time.
 */
export const lexedByMarked: SectionLexer = (text, start, end) => {
  const tokens = new Lexer().blockTokens(text.slice(start, end));
  return { tokens, offsets: rawStarts(tokens, start) };
};

/**
 * marked's top-level raws follow one another through the text, each as long as the text it was
 * read from (a trailing character may be written as a line break), so each token starts where
 * the raws before it end.
 */
export function rawStarts(tokens: readonly Token[], start: number): number[] {
  const offsets: number[] = [];
  let at = start;
  for (const token of tokens) {
    offsets.push(at);
    at += token.raw.length;
  }
  return offsets;
}
