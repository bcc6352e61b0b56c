import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalize, normalizeText } from '../../src/verify/normalize.js';
import { referenceNormalize } from './normalize-reference.js';

const typography = [' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u2028', '\ufeff', '-', '—', '–', '−', '‐', '’', '‘', '`', '´', '“', '”', '«', '»', '"', "'"];
const piece = fc.oneof(fc.constantFrom(...typography), fc.constantFrom('a', 'b', 'x', 'é', '\ud83d', '\ude00'), fc.string({ maxLength: 3 }));
const text = fc.array(piece, { maxLength: 20 }).map((pieces) => pieces.join(''));

describe('normalize', () => {
  it('forgives whitespace, quote-mark and dash style, and remembers where each character came from', () => {
    const { text: normal, origin } = normalize('  “It’s over —\n for now.”  ');
    expect(normal).to.equal('"It\'s over-for now."');
    expect([...origin].slice(0, 3)).to.deep.equal([2, 3, 4]);
    expect(origin[normal.indexOf('-')]).to.equal('  “It’s over —'.indexOf('—'));
  });

  it('agrees with the character-by-character specification on any text', () => {
    fc.assert(fc.property(text, (original) => {
      const expected = referenceNormalize(original);
      const actual = normalize(original);
      expect(actual.text).to.equal(expected.text);
      expect([...actual.origin]).to.deep.equal(expected.origin);
      expect(normalizeText(original)).to.equal(expected.text);
    }), { numRuns: 2000 });
  });

  it('treats every UTF-16 code unit as the specification does', () => {
    for (let code = 0; code < 0x10000; code++) {
      const original = `a${String.fromCharCode(code)}b ${String.fromCharCode(code)}`;
      if (normalizeText(original) !== referenceNormalize(original).text) expect.fail(`code unit ${code.toString(16)}`);
    }
  });

  it('normalises a 10 MB line in one pass, without a gigabyte of characters', () => {
    const line = 'word — and “more” words\u00a0'.repeat(400_000);
    const { text: normal, origin } = normalize(line);
    expect(normal.length).to.equal(origin.length);
    expect(normal.startsWith('word-and "more" words word')).to.equal(true);
  });
});
