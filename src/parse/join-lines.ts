import { isWhitespace } from './whitespace.js';

/**
 * `text` with each run of whitespace that holds a line break made one space, then trimmed: what
 * replacing every match of `\s*\n\s*` with a space does, without trying the pattern at every space.
 */
export function joinLines(text: string): string {
  let joined = '';
  let from = 0;
  for (let line = text.indexOf('\n'); line >= 0; line = text.indexOf('\n', from)) {
    let start = line;
    while (start > from && isWhitespace(text.charCodeAt(start - 1))) start--;
    let end = line + 1;
    while (end < text.length && isWhitespace(text.charCodeAt(end))) end++;
    joined += `${text.slice(from, start)} `;
    from = end;
  }
  return from === 0 ? text.trim() : (joined + text.slice(from)).trim();
}

/**
 * `joinLines` of the lines `text[spans[k], spans[k + 1])` for k = from, from + 2, … < to, as if
 * they were one text with a line break after each: each line trimmed, the lines with words joined
 * by a space. Reads straight from the text, so that no joined copy is made first.
 */
export function joinLineSpans(text: string, spans: readonly number[], from: number, to: number): string {
  let joined = '';
  for (let k = from; k < to; k += 2) {
    let start = spans[k];
    let end = spans[k + 1];
    while (start < end && isWhitespace(text.charCodeAt(start))) start++;
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
    if (start === end) continue;
    joined = joined ? `${joined} ${text.slice(start, end)}` : text.slice(start, end);
  }
  return joined;
}
