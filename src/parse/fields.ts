import type { SpeechKind } from '../model/types.js';
import { isWhitespace, trimmedSlice } from './whitespace.js';

/** Small readers for the `key: value` lines the Markdown format is made of. */

const SPACE = 32;
const HYPHEN = 45;
const DOT = 46;
const COLON = 58;
const COMMA = 44;
const UNDERSCORE = 95;
const BACKTICK = 96;
const EN_DASH = 0x2013;
const EM_DASH = 0x2014;
const HORIZONTAL_BAR = 0x2015;

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** `ID_PATTERN.test(text)`, read by hand: a map has an id for every claim, relation and quote. */
export function isId(text: string): boolean {
  if (text.length === 0 || !isLetterOrDigit(text.charCodeAt(0))) return false;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isLetterOrDigit(c) && c !== UNDERSCORE && c !== DOT && c !== HYPHEN) return false;
  }
  return true;
}

/** `sanctions-failed: Export controls failed` → id and text; backticks around the id are allowed. */
export function splitIdAndText(heading: string): { id: string; text: string } | undefined {
  // Read by hand rather than with a pattern: there is one per claim, and a map can have 20,000.
  const text = heading.trim();
  const start = text.charCodeAt(0) === BACKTICK ? 1 : 0;
  let end = start;
  while (end < text.length && !endsHeadingId(text.charCodeAt(end))) end++;
  let colon = text.charCodeAt(end) === BACKTICK ? end + 1 : end;
  while (colon < text.length && isWhitespace(text.charCodeAt(colon))) colon++;
  if (end === start || text.charCodeAt(colon) !== COLON) return undefined;
  const id = text.slice(start, end);
  return isId(id) ? { id, text: trimmedSlice(text, colon + 1, text.length) } : undefined;
}

/**
 * `pizza cheap: Pizza is cheap.` → the id as written and the id it was meant to be
 * (`pizza-cheap`), when the words before the first colon would make an id joined by hyphens.
 */
export function spacedHeadingId(heading: string): { written: string; id: string } | undefined {
  const text = heading.trim();
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  const written = text.slice(0, colon).trim().replace(/^`|`$/g, '').trim();
  const id = written.split(/\s+/).join('-');
  return id !== written && isId(id) ? { written, id } : undefined;
}

/** `supports: a, b` → key `supports` (lower case; `written` keeps the case), value `a, b`. */
export function splitField(line: string): { key: string; written: string; value: string } | undefined {
  // The key is what comes before the first colon, less trailing whitespace: letters, digits, ` _.-`.
  const text = line.trim();
  const colon = text.indexOf(':');
  let end = colon;
  while (end > 0 && isWhitespace(text.charCodeAt(end - 1))) end--;
  if (end <= 0 || !isLetterOrDigit(text.charCodeAt(0))) return undefined;
  for (let i = 1; i < end; i++) if (!isKeyCharacter(text.charCodeAt(i))) return undefined;
  const written = text.slice(0, end);
  return { key: hasCapital(written) ? written.toLowerCase() : written, written, value: trimmedSlice(text, colon + 1, text.length) };
}

/** A heading's id runs up to a colon, a backtick or whitespace. */
function endsHeadingId(code: number): boolean {
  return code === COLON || code === BACKTICK || isWhitespace(code);
}

/** Keys are ASCII; `toLowerCase` copies even a key with nothing to lower. */
function hasCapital(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

function isLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Letters, digits, space, `_`, `.` and `-`. */
function isKeyCharacter(code: number): boolean {
  return isLetterOrDigit(code) || code === SPACE || code === UNDERSCORE || code === DOT || code === HYPHEN;
}

/** `a, \`b\`, c` → [a, b, c] */
export function splitList(value: string): string[] {
  // Nearly every relation names one claim.
  if (isId(value)) return [value];
  // Read by hand: what splitting at runs of commas and whitespace, then taking one backtick off
  // each end of each part and keeping the parts left with words, would give.
  const parts: string[] = [];
  let start = 0;
  while (start < value.length) {
    while (start < value.length && isListSeparator(value.charCodeAt(start))) start++;
    let end = start;
    while (end < value.length && !isListSeparator(value.charCodeAt(end))) end++;
    let from = start;
    let to = end;
    if (value.charCodeAt(from) === BACKTICK) from++;
    if (to > from && value.charCodeAt(to - 1) === BACKTICK) to--;
    if (to > from) parts.push(value.slice(from, to));
    start = end;
  }
  return parts;
}

function isListSeparator(code: number): boolean {
  return code === COMMA || isWhitespace(code);
}

const CITATION_DASH = /^(?:—|–|―|--?)\s*/;

export function isCitation(text: string): boolean {
  return CITATION_DASH.test(text.trim());
}

/** `— Speaker Name, source-id` or `— source-id` → speaker and source id. */
export function parseCitation(text: string): { source: string; speaker?: string } {
  const trimmed = text.trim();
  // Most citations are a dash and a source id, read here without patterns.
  const words = afterDash(trimmed);
  const id = words > 0 ? trimmed.slice(words) : '';
  if (isId(id)) return { source: id };
  // And most of the others a speaker, a comma and a source id, spaced singly.
  const lastComma = trimmed.lastIndexOf(',');
  if (words > 0 && lastComma >= words && isSpacedSingly(trimmed, words, lastComma)) {
    const source = trimmedSlice(trimmed, lastComma + 1, trimmed.length);
    if (isId(source)) {
      const speaker = trimmedSlice(trimmed, words, lastComma);
      return speaker ? { source, speaker } : { source };
    }
  }
  const body = trimmed.replace(CITATION_DASH, '').replace(/\s+/g, ' ').trim();
  const comma = body.lastIndexOf(',');
  const source = (comma < 0 ? body : body.slice(comma + 1)).trim().replace(/^`|`$/g, '');
  const speaker = comma < 0 ? undefined : body.slice(0, comma).trim();
  return speaker ? { source, speaker } : { source };
}

const SPEECH_SUFFIX = /\s*\((direct|reported|relayed)\)$/i;

/**
 * `Donald Trump (reported)` → the speaker and the kind of speech; a speaker written without a
 * kind comes back without one. Other parentheses (`Ben Barringer (Quilter Cheviot)`) are part of the name.
 */
export function splitSpeech(speaker: string): { speaker: string; speech?: SpeechKind } {
  const kind = SPEECH_SUFFIX.exec(speaker);
  if (!kind) return { speaker };
  const name = speaker.slice(0, kind.index).trim();
  return { speaker: name, speech: kind[1].toLowerCase() as SpeechKind };
}

/** Whether `text[start, end)` has no whitespace but single spaces, so that collapsing runs of whitespace leaves it as it is. */
function isSpacedSingly(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE ? text.charCodeAt(i + 1) === SPACE : isWhitespace(c)) return false;
  }
  return true;
}

/** Where the words start after the dash `CITATION_DASH` matches at the start of `text`, or -1. */
function afterDash(text: string): number {
  const c = text.charCodeAt(0);
  let at: number;
  if (c === EM_DASH || c === EN_DASH || c === HORIZONTAL_BAR) at = 1;
  else if (c === HYPHEN) at = text.charCodeAt(1) === HYPHEN ? 2 : 1;
  else return -1;
  while (at < text.length && isWhitespace(text.charCodeAt(at))) at++;
  return at;
}

/** `failed — The controls backfired` → position and summary. */
export function splitStance(value: string): { position: string; summary: string } {
  // What `/^(.*?)\s+(?:—|–|--)\s+(.*)$/s` finds, read by hand: that pattern takes quadratic time
  // on a long run of spaces with no dash after it. The first dash with whitespace on both sides splits.
  for (let at = 1; at < value.length; at++) {
    const c = value.charCodeAt(at);
    const dash = c === EM_DASH || c === EN_DASH ? 1 : c === HYPHEN && value.charCodeAt(at + 1) === HYPHEN ? 2 : 0;
    if (dash === 0 || !isWhitespace(value.charCodeAt(at - 1)) || !isWhitespace(value.charCodeAt(at + dash))) continue;
    return { position: trimmedSlice(value, 0, at), summary: trimmedSlice(value, at + dash, value.length) };
  }
  return { position: value.trim(), summary: '' };
}
