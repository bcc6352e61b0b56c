/**
 * Whether the line `text[at, eol)` is plain words to marked: it cannot start or interrupt a block
 * (heading, quote, list item, fence, HTML, table, link definition, thematic break), cannot be a
 * setext underline or a table's delimiter row, and is not indented. Such a line can only
 * begin or continue a paragraph. Errs towards "not plain": the caller then leaves the section to marked.
 */
export function isPlainLine(text: string, at: number, eol: number): boolean {
  if (at >= eol) return false;
  const c = text.charCodeAt(at);
  switch (c) {
    case SPACE: case HASH: case GREATER: case LESS: case PIPE: case BRACKET: case EQUALS:
      return false;
    case BACKTICK: case TILDE:
      return !(text.charCodeAt(at + 1) === c && text.charCodeAt(at + 2) === c);
    case DASH: case STAR: case PLUS: {
      const next = at + 1 < eol ? text.charCodeAt(at + 1) : SPACE;
      if (next === SPACE) return false;
      break;
    }
  }
  if (c >= ZERO && c <= NINE) return !isOrderedBullet(text, at, eol);
  if (c === DASH || c === STAR || c === UNDERSCORE || c === COLON) return !isMadeOfRuleCharacters(text, at, eol);
  return true;
}

const SPACE = 32;
const HASH = 35;
const RIGHT_PAREN = 41;
const STAR = 42;
const PLUS = 43;
const DASH = 45;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
const COLON = 58;
const LESS = 60;
const EQUALS = 61;
const GREATER = 62;
const BRACKET = 91;
const UNDERSCORE = 95;
const BACKTICK = 96;
const PIPE = 124;
const TILDE = 126;

/** `1.` or `12)` followed by a space or the end of the line. */
function isOrderedBullet(text: string, at: number, eol: number): boolean {
  let i = at;
  while (i < eol && text.charCodeAt(i) >= ZERO && text.charCodeAt(i) <= NINE) i++;
  const c = text.charCodeAt(i);
  return i < eol && (c === DOT || c === RIGHT_PAREN) && (i + 1 === eol || text.charCodeAt(i + 1) === SPACE);
}

/** Thematic breaks (`***`, `___`), setext underlines (`--`) and delimiter rows (`:--|--`) use only these. */
function isMadeOfRuleCharacters(text: string, at: number, eol: number): boolean {
  for (let i = at; i < eol; i++) {
    const c = text.charCodeAt(i);
    if (c !== DASH && c !== STAR && c !== UNDERSCORE && c !== COLON && c !== PIPE && c !== EQUALS && c !== SPACE) return false;
  }
  return true;
}
