const SPACE = 32;
const NEWLINE = 10;

/** What `\s` in a regular expression, and so `trim`, counts as whitespace. */
const WHITESPACE = /\s/;

/** Whether the UTF-16 code unit `code` is whitespace to `\s` and `trim`. */
export function isWhitespace(code: number): boolean {
  if (code === SPACE || code === NEWLINE) return true;
  if (code < 128) return code >= 9 && code <= 13;
  return WHITESPACE.test(String.fromCharCode(code));
}

/** `text.slice(start, end).trim()`, without first making the untrimmed copy. */
export function trimmedSlice(text: string, start: number, end: number): string {
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}
