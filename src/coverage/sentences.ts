import type { TextSpan } from './text-span.js';

/** A full stop after these ends a word, not a sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'vs', 'etc', 'no', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'approx', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** A sentence ends at `.`, `!`, `?` or `…`, with any closing quotes or brackets, before a space. */
const SENTENCE_END = /[.!?…]+["'”’»)\]]*(?=\s|$)/g;

/**
 * Cuts a paragraph of `text` into sentences, trimmed. A full stop followed by a lower-case word,
 * or after initials (`U.S.`, `e.g.`) or a common abbreviation (`Dr.`), does not end a sentence.
 *
 * ```ts
 * splitSentences('Dr. No said so. Then he left.', { start: 0, end: 29 }) // two spans
 * ```
 */
export function splitSentences(text: string, paragraph: TextSpan): TextSpan[] {
  const body = text.slice(paragraph.start, paragraph.end);
  const sentences: TextSpan[] = [];
  let start = 0;
  for (const match of body.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (!endsSentence(body, match.index, end)) continue;
    pushTrimmed(sentences, body, start, end, paragraph.start);
    start = end;
  }
  pushTrimmed(sentences, body, start, body.length, paragraph.start);
  return sentences;
}

function endsSentence(body: string, markAt: number, end: number): boolean {
  const next = /\S/.exec(body.slice(end))?.[0];
  if (next !== undefined && next !== next.toUpperCase()) return false;
  if (body[markAt] !== '.') return true;
  const word = /\S*$/.exec(body.slice(0, markAt))![0].replace(/^["'“‘(\[]+/, '');
  if (/^([A-Za-z]\.)*[A-Za-z]$/.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(sentences: TextSpan[], body: string, from: number, to: number, offset: number): void {
  const piece = body.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const trimmedEnd = piece.trimEnd().length;
  if (trimmedEnd > lead) sentences.push({ start: offset + from + lead, end: offset + from + trimmedEnd });
}
