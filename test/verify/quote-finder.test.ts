import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { firstOccurrences } from '../../src/verify/linear-search.js';
import { normalize, unescapeMarkdown } from '../../src/verify/normalize.js';
import { QuoteFinder, type QuoteMatch } from '../../src/verify/quote-finder.js';

/** The plain specification: the first place where the normalised quote sits in the normalised source. */
function specified(quote: string, source: string): QuoteMatch | undefined {
  const haystack = normalize(source);
  const needle = normalize(unescapeMarkdown(quote)).text;
  const at = haystack.text.indexOf(needle);
  if (at < 0 || needle.length === 0) return undefined;
  return { start: haystack.origin[at], end: haystack.origin[at + needle.length - 1] + 1 };
}

const article = 'The export controls, officials said, were intended to slow China’s AI progress.\n' +
  'But “they may have inadvertently spurred innovation” — and the firms adapted.\n' +
  'The export controls were intended to slow China’s AI progress; they did not.';

/** Many quotes at once, so that the source is indexed (a few are sought one by one). */
function findAllIndexed(source: string, quotes: string[]): (QuoteMatch | undefined)[] {
  const filler = Array.from({ length: 8 }, (_, i) => `filler quote number ${i} that is nowhere in the source`);
  return new QuoteFinder(source).findAll([...quotes, ...filler]).slice(0, quotes.length);
}

describe('QuoteFinder', () => {
  it('forgives whitespace, quote-mark and dash style in quotes over several lines', () => {
    const [match] = findAllIndexed(article, ['"they may have inadvertently\n  spurred innovation" - and the firms']);
    expect(article.slice(match!.start, match!.end)).to.equal('“they may have inadvertently spurred innovation” — and the firms');
  });

  it('finds the first of repeated text, quotes at the very start and end, and overlapping quotes', () => {
    const quotes = ['The export controls were intended to slow China\'s AI progress', 'The export controls, officials said',
      'slow China’s AI progress; they did not.', 'officials said, were intended to slow', 'were intended to slow China’s AI progress.\nBut'];
    const matches = findAllIndexed(article, quotes);
    expect(matches).to.deep.equal(quotes.map((q) => specified(q, article)));
    expect(matches[0]!.start).to.equal(article.lastIndexOf('The export controls were'));
    expect(matches[1]!.start).to.equal(0);
    expect(matches[2]!.end).to.equal(article.length);
    expect(matches[3]!.end).to.be.greaterThan(matches[4]!.start);
  });

  it('forgives nothing else: case, words, letters', () => {
    const matches = findAllIndexed(article, ['the export controls, officials said', 'The export controls were meant to slow', 'Chinas AI progress']);
    expect(matches).to.deep.equal([undefined, undefined, undefined]);
  });

  it('finds a quote in a text that repeats itself, where every gram is common', () => {
    const source = `${'ab'.repeat(5000)}abba${'ab'.repeat(5000)}`;
    const quotes = [`${'ab'.repeat(300)}abba`, `${'ab'.repeat(300)}aa`, 'abba', `ba${'ab'.repeat(20)}`];
    expect(findAllIndexed(source, quotes)).to.deep.equal(quotes.map((q) => specified(q, source)));
  });

  it('agrees with the plain specification on random sources and quotes (one at a time or many)', () => {
    const letters = fc.constantFrom('a', 'b', 'c', ' ', '\n', '-', '—', '’', "'", 'the ', 'said ', 'export ');
    const source = fc.array(letters, { maxLength: 300 }).map((parts) => parts.join(''));
    const quoteOf = (text: string) => fc.oneof(
      fc.tuple(fc.nat(text.length), fc.nat(80)).map(([at, length]) => text.slice(at, at + length)),
      fc.tuple(fc.nat(text.length), fc.nat(80)).map(([at, length]) => text.slice(at, at + length).replace(/-/g, ' – ').replace(/ /g, '\n')),
      fc.array(letters, { maxLength: 30 }).map((parts) => parts.join('')),
    );
    const input = source.chain((text) => fc.tuple(fc.constant(text), fc.array(quoteOf(text), { minLength: 1, maxLength: 12 })));
    fc.assert(fc.property(input, ([text, quotes]) => {
      expect(new QuoteFinder(text).findAll(quotes)).to.deep.equal(quotes.map((q) => specified(q, text)));
    }), { numRuns: 400 });
  });

  it('finds a quote of a million characters', () => {
    const line = Array.from({ length: 150_000 }, (_, i) => `w${i % 977}`).join(' ');
    const source = `Before. ${line} After.`;
    expect(findAllIndexed(source, [line, `${line}!`])).to.deep.equal([{ start: 8, end: 8 + line.length }, undefined]);
  });
});

describe('firstOccurrences (Aho–Corasick)', () => {
  it('agrees with indexOf for many patterns, nested and repeated', () => {
    const text = 'abracadabra abracadabra cadabra';
    const patterns = ['abra', 'bra', 'ra', 'a', 'cad', 'abracadabra abracadabra', 'dabra c', 'zzz', '', 'abra', 'cadabra cadabra'];
    const expected = patterns.map((p) => (p === '' ? -1 : text.indexOf(p)));
    expect([...firstOccurrences(text, patterns)]).to.deep.equal(expected);
  });

  it('agrees with indexOf on random texts and patterns', () => {
    const word = fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 8 }).map((letters) => letters.join(''));
    fc.assert(fc.property(word.chain((w) => fc.tuple(fc.constant(w.repeat(5)), fc.array(word, { maxLength: 20 }))), ([text, patterns]) => {
      expect([...firstOccurrences(text, patterns)]).to.deep.equal(patterns.map((p) => (p === '' ? -1 : text.indexOf(p))));
    }), { numRuns: 500 });
  });
});
