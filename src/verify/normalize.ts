/**
 * Quote checking forgives only typography: whitespace, quote and apostrophe style, dash style.
 * `normalize` maps both texts to a canonical form and remembers where each character came from.
 */
export interface NormalizedText {
  text: string;
  /** `origin[i]` is the offset in the original text of normalized character `i`. */
  origin: number[];
}

const SINGLE_QUOTES = /[‘’‚‛′´`]/;
const DOUBLE_QUOTES = /[“”„‟″«»]/;
const DASHES = /[-‐‑‒–—―−]/;

export function normalize(original: string): NormalizedText {
  const chars: string[] = [];
  const origin: number[] = [];
  const push = (char: string, at: number) => {
    chars.push(char);
    origin.push(at);
  };
  for (let i = 0; i < original.length; i++) {
    const char = original[i];
    if (/\s/.test(char)) {
      const previous = chars.at(-1);
      if (previous !== undefined && previous !== ' ' && previous !== '-') push(' ', i);
      continue;
    }
    if (DASHES.test(char)) {
      if (chars.at(-1) === ' ') {
        chars.pop();
        origin.pop();
      }
      if (chars.at(-1) !== '-') push('-', i);
      continue;
    }
    if (SINGLE_QUOTES.test(char)) push("'", i);
    else if (DOUBLE_QUOTES.test(char)) push('"', i);
    else push(char, i);
  }
  if (chars.at(-1) === ' ') {
    chars.pop();
    origin.pop();
  }
  return { text: chars.join(''), origin };
}

/** Markdown backslash escapes (`\*`) are the author's, not the source's. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
