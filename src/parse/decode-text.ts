import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt } from '../model/diagnostic.js';

/**
 * Above this share of control characters (other than tabs, line and page breaks) a file is
 * taken for binary data that happens to be valid UTF-8.
 */
const MAX_CONTROL_SHARE = 0.05;

/**
 * The text of a file read as bytes, the same way in the command line and in the page: UTF-8
 * with or without a byte-order mark, or UTF-16 (little- or big-endian) with one; the mark is
 * dropped. Bytes that are not such text (invalid UTF-8, NUL bytes, mostly control characters)
 * give an error "not a text file" instead. Never throws.
 *
 * ```ts
 * const decoded = decodeText(new Uint8Array(await response.arrayBuffer()), 'debate.md');
 * if ('error' in decoded) report(decoded.error); else read(decoded.text);
 * ```
 */
export function decodeText(bytes: Uint8Array, name: string): { text: string } | { error: Diagnostic } {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  let text: string;
  try {
    // The decoder drops a byte-order mark that matches its encoding.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return notText(name, encoding === 'utf-8'
      ? 'its bytes are not UTF-8 (nor UTF-16 with a byte-order mark)'
      : `its bytes are not ${encoding.toUpperCase()}, as its byte-order mark says`);
  }
  const why = binaryContent(text);
  return why === undefined ? { text } : notText(name, why);
}

/** Why a decoded text looks like binary data, or undefined when it reads as text. */
function binaryContent(text: string): string | undefined {
  // Most texts have no control character at all: one regular-expression scan says so fastest.
  if (!CONTROL_OR_NUL.test(text)) return undefined;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return 'it holds binary data (NUL bytes)';
    if (isControl(c)) controls++;
  }
  return controls > 0 && controls >= text.length * MAX_CONTROL_SHARE ? `${controls} of its ${text.length} characters are control characters` : undefined;
}

/** NUL, or a character `isControl` counts. */
const CONTROL_OR_NUL = /[\0-\x08\x0e-\x1f\x7f-\x9f]/;

/** C0 and C1 controls and DEL, except tab, line feed, vertical tab, form feed and carriage return. */
function isControl(c: number): boolean {
  return (c < 0x20 && (c < 0x09 || c > 0x0d)) || (c >= 0x7f && c <= 0x9f);
}

function notText(name: string, why: string): { error: Diagnostic } {
  return { error: diagnosticAt({ file: name, line: 1, column: 1 }, 'error', 'not-text', `not a text file: ${why}; a map is UTF-8 text (or UTF-16 with a byte-order mark)`) };
}
