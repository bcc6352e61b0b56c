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
