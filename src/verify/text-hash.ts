/**
 * Polynomial hashes of grams (short stretches of text), from the hashes of a text's prefixes, so
 * that the hash of any gram of a quote costs O(1). Arithmetic is modulo 2^32 (`Math.imul`), the
 * fastest JavaScript has; the base is random for each source, and a collision costs time only,
 * never a wrong answer: every match is confirmed character by character, and the finder bounds
 * how many places it confirms for one quote.
 */

/** `base^exponent` modulo 2^32. */
export function power(base: number, exponent: number): number {
  let result = 1;
  let square = base;
  for (let e = exponent; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) result = Math.imul(result, square);
    square = Math.imul(square, square);
  }
  return result;
}

/** A random odd base for the hashes of one source text and the quotes sought in it. */
export function randomBase(): number {
  return (Math.floor(Math.random() * 0x7fffffff) * 2 + 0x10001) | 0;
}

/** Fills `into[i]` with the hash of `text.slice(0, i)`, for `i ≤ text.length`. */
export function prefixHashes(text: string, base: number, into = new Int32Array(text.length + 1)): Int32Array {
  let hash = 0;
  into[0] = 0;
  for (let i = 0; i < text.length; i++) {
    hash = (Math.imul(hash, base) + text.charCodeAt(i)) | 0;
    into[i + 1] = hash;
  }
  return into;
}

/** The hash of `text.slice(start, end)` from its `prefix` hashes; `lengthPower` is `power(base, end - start)`. */
export function hashOf(prefix: Int32Array, start: number, end: number, lengthPower: number): number {
  return (prefix[end] - Math.imul(prefix[start], lengthPower)) | 0;
}
