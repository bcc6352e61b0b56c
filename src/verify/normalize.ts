/**
 * Quote checking forgives only typography: whitespace, quote and apostrophe style, dash style.
 * `normalize` maps both texts to a canonical form and remembers where each character came from.
 */
export interface NormalizedText {
  text: string;
  /** `origin[i]` is the offset in the original text of normalized character `i`. */
  origin: Int32Array;
}

/**
 * A stretch of whitespace and dashes that does not read as it should: two or more such
 * characters, or one that is not a plain space. A plain space between words, by far the most
 * common, is already normal, so the scan skips it without a match.
 */
const TYPOGRAPHY = /[\s\-‐‑‒–—―−]{2,}|[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\-‐‑‒–—―−]/g;
const DASH = /[\-‐‑‒–—―−]/;
const SINGLE_QUOTES = /[‘’‚‛′´`]/g;
const DOUBLE_QUOTES = /[“”„‟″«»]/g;

/**
 * The canonical form: every stretch of whitespace and dashes becomes `-` if it holds a dash
 * (spaces around a dash are dropped: `over — for` reads `over-for`), else one space; spaces at
 * either end go; `‘’‚‛′´\`` become `'` and `“”„‟″«»` become `"`. One scan by a regular
 * expression, linear in the text, so that a 10 MB quote costs tens of megabytes, not a gigabyte.
 */
export function normalize(original: string): NormalizedText {
  return canonical(original, true) as NormalizedText;
}

/** `normalize(original).text`, without the offsets. */
export function normalizeText(original: string): string {
  return canonical(original, false).text;
}

function canonical(original: string, withOrigin: boolean): { text: string; origin?: Int32Array } {
  const pieces: string[] = [];
  const origin = withOrigin ? new Int32Array(original.length) : undefined;
  let size = 0;
  let copied = 0;
  TYPOGRAPHY.lastIndex = 0;
  for (let match = TYPOGRAPHY.exec(original); match; match = TYPOGRAPHY.exec(original)) {
    const run = match[0];
    const dashAt = run.search(DASH);
    pieces.push(original.slice(copied, match.index), dashAt < 0 ? ' ' : '-');
    if (origin) {
      for (let i = copied; i < match.index; i++) origin[size++] = i;
      origin[size++] = match.index + Math.max(0, dashAt);
    }
    copied = match.index + run.length;
  }
  pieces.push(original.slice(copied));
  if (origin) for (let i = copied; i < original.length; i++) origin[size++] = i;
  let text = pieces.join('');
  size = text.length;
  let first = 0;
  if (text.startsWith(' ')) first = 1;
  if (size > first && text.endsWith(' ')) size--;
  text = text.slice(first, size).replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
  return { text, origin: origin?.subarray(first, size) };
}

/** Markdown backslash escapes (`\*`) are the author's, not the source's. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
