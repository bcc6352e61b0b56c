import { Lexer, type Token, type Tokens } from 'marked';
import { isCitation } from './fields.js';
import { joinLines } from './join-lines.js';
import type { MapBuilder } from './map-builder.js';
import type { TextIndex } from './text-index.js';

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

/** Gives `builder` the blocks marked lexed from `lines.text`, each starting at its offset. */
export function readMarkedBlocks(builder: MapBuilder, lines: TextIndex, { tokens, offsets }: LocatedTokens): void {
  for (let i = 0; i < tokens.length; i++) readToken(builder, lines, tokens[i], offsets[i]);
}

/** `start` is where the token's raw starts; diagnostics point at its first word. */
function readToken(builder: MapBuilder, lines: TextIndex, token: Token, start: number): void {
  switch (token.type) {
    case 'heading':
      return builder.heading((token as Tokens.Heading).depth, (token as Tokens.Heading).text, lines.firstWord(start));
    case 'list':
      return readList(builder, lines, token as Tokens.List, start);
    case 'blockquote':
      return readQuote(builder, token as Tokens.Blockquote, lines.firstWord(start));
    case 'paragraph':
      return builder.paragraph((token as Tokens.Paragraph).text.trim(), lines.firstWord(start));
    case 'space':
    case 'hr':
    case 'def':
      return;
    default:
      builder.ignoredBlock(token.type, lines.firstWord(start));
  }
}

function readList(builder: MapBuilder, lines: TextIndex, list: Tokens.List, start: number): void {
  // Items' raws follow one another through the list's text, as the list's own raw does.
  let itemStart = start;
  for (const item of list.items) {
    const at = lines.firstWord(itemStart);
    itemStart += item.raw.length;
    const nested: string[] = [];
    for (const token of item.tokens) {
      if (token.type === 'list') for (const nestedItem of (token as Tokens.List).items) nested.push(firstText(nestedItem));
    }
    if (!builder.item(firstText(item), at, nested)) return;
  }
}

function readQuote(builder: MapBuilder, quote: Tokens.Blockquote, offset: number): void {
  const blocks: Token[] = [];
  for (const block of quote.tokens) if (block.type !== 'space') blocks.push(block);
  const last = blocks.pop();
  let citation: string | undefined;
  let citationRaw = last?.raw ?? '';
  if (last?.type === 'paragraph') {
    citation = (last as Tokens.Paragraph).text;
    const split = citationUnderWords(citation);
    if (split) {
      blocks.push({ ...(last as Tokens.Paragraph), text: split.words });
      citation = split.citation;
      citationRaw = split.citation;
    }
  } else if (last?.type === 'list') {
    const dashed = dashItemCitation(last as Tokens.List);
    if (dashed !== undefined) {
      citation = dashed;
      citationRaw = dashed;
    }
  }
  const words = blocks.length === 1 ? blockText(blocks[0]) : blocks.map(blockText).join(' ').trim();
  builder.quote(offset, citation, citationRaw, words);
}

/**
 * A last paragraph that is not a citation but whose last line is one (`Some words.\n— source-id`,
 * with no blank `>` line between): its words, and that line. The line scanner's reader splits the same way.
 */
function citationUnderWords(paragraph: string): { words: string; citation: string } | undefined {
  if (isCitation(paragraph)) return undefined;
  const text = paragraph.trimEnd();
  const newline = text.lastIndexOf('\n');
  if (newline < 0) return undefined;
  const citation = text.slice(newline + 1);
  return isCitation(citation) ? { words: text.slice(0, newline), citation: citation.trim() } : undefined;
}

/**
 * `> - source-id`: marked reads a citation written with a hyphen as a list of one item. A quote
 * must end with a citation, so a last list of one `-` item of one line is read as one.
 */
function dashItemCitation(list: Tokens.List): string | undefined {
  if (list.ordered || list.items.length !== 1) return undefined;
  const item = list.items[0];
  const raw = item.raw.trim();
  if (!raw.startsWith('-') || raw.includes('\n')) return undefined;
  return raw;
}

function firstText(item: Tokens.ListItem): string {
  let text = item.text;
  for (const token of item.tokens) {
    if (token.type === 'text' || token.type === 'paragraph') {
      text = (token as Tokens.Text).text;
      break;
    }
  }
  const end = text.indexOf('\n');
  return (end < 0 ? text : text.slice(0, end)).trim();
}

/** A quote's words as written: paragraphs joined into one line, anything else (raw HTML) as is. */
function blockText(token: Token): string {
  return joinLines(token.type === 'paragraph' ? (token as Tokens.Paragraph).text : token.raw);
}
