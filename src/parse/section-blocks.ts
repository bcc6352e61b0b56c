import { Lexer, type Token } from 'marked';

/** A section's top-level block tokens, and where each one's `raw` starts in the whole text. */
export interface LocatedTokens {
  tokens: Token[];
  offsets: number[];
}

/**
 * `text[start, end)` as marked's block tokens. Block tokens only: the reader never looks at
 * inline tokens, and lexing them is most of marked's time.
 */
export function lexedByMarked(text: string, start: number, end: number): LocatedTokens {
  const tokens = new Lexer().blockTokens(text.slice(start, end));
  return { tokens, offsets: rawStarts(tokens, start) };
}

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
