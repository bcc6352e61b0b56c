import { isWhitespace } from '../parse/whitespace.js';
import type { TextSpan } from './text-span.js';

/** A full stop after these ends a word, not a sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'vs', 'etc', 'no', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'approx', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const SENTENCE_MARKS = '.!?…';
const CLOSERS = '"\'”’»)]';

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
  for (let at = 0; at < body.length; at++) {
    if (!SENTENCE_MARKS.includes(body[at])) continue;
    // What `/[.!?…]+["'”’»)\]]*(?=\s|$)/g` matches, read by hand: that pattern takes quadratic time
    // on a long run of full stops. The marks, any closing quotes or brackets, then a space or the end.
    let end = at + 1;
    while (end < body.length && SENTENCE_MARKS.includes(body[end])) end++;
    const marksEnd = end;
    while (end < body.length && CLOSERS.includes(body[end])) end++;
    if (end < body.length && !isWhitespace(body.charCodeAt(end))) {
      at = marksEnd - 1;
      continue;
    }
    if (endsSentence(body, at, end)) {
      pushTrimmed(sentences, body, start, end, paragraph.start);
      start = end;
    }
    at = end - 1;
  }
  pushTrimmed(sentences, body, start, body.length, paragraph.start);
  return sentences;
}

function endsSentence(body: string, markAt: number, end: number): boolean {
  let after = end;
  while (after < body.length && isWhitespace(body.charCodeAt(after))) after++;
  const next = body[after];
  if (next !== undefined && next !== next.toUpperCase()) return false;
  if (body[markAt] !== '.') return true;
  let wordStart = markAt;
  while (wordStart > 0 && !isWhitespace(body.charCodeAt(wordStart - 1))) wordStart--;
  const word = body.slice(wordStart, markAt).replace(/^["'“‘(\[]+/, '');
  if (/^([A-Za-z]\.)*[A-Za-z]$/.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(sentences: TextSpan[], body: string, from: number, to: number, offset: number): void {
  const piece = body.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const trimmedEnd = piece.trimEnd().length;
  if (trimmedEnd > lead) sentences.push({ start: offset + from + lead, end: offset + from + trimmedEnd });
}
