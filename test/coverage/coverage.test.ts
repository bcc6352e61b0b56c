import { expect } from '@open-wc/testing';
import { highlightSegments } from '../../src/coverage/highlight-segments.js';
import { mapCoverage } from '../../src/coverage/map-coverage.js';
import { splitParagraphs } from '../../src/coverage/paragraphs.js';
import { splitSentences } from '../../src/coverage/sentences.js';
import { sourceCoverage } from '../../src/coverage/source-coverage.js';
import type { TextSpan } from '../../src/coverage/text-span.js';
import { parseMap } from '../../src/parse/parse-map.js';

const pieces = (text: string, spans: TextSpan[]) => spans.map((s) => text.slice(s.start, s.end));
const sentencesOf = (text: string) => pieces(text, splitSentences(text, { start: 0, end: text.length }));

describe('source coverage', () => {
  it('takes each line of a copied web page as a paragraph', () => {
    const page = 'ON DEEPSEEK:\nhttps://example.org/a-long-address-that-is-not-the-end-of-any-sentence/at-all\n' +
      'The hype around Artificial Intelligence, the now failed U.S. attempt to monopolize it, and the recent counter from China are a lesson in how to innovate.\n' +
      '– Billions in funding\n– Hundreds of PhDs';
    expect(pieces(page, splitParagraphs(page))).to.deep.equal(page.split('\n'));
  });

  it('joins the wrapped lines of a paragraph, and splits at blank lines, headings and list items', () => {
    const wrapped = '# Homework\n\nPupils with homework scored higher on the national tests. But the critics\nnoted: “The schools in the trial chose themselves.”\n' +
      'A second paragraph ends here.\n\n- a list item that is long enough to look like a wrapped line of text\n- another item';
    expect(pieces(wrapped, splitParagraphs(wrapped))).to.deep.equal([
      '# Homework',
      'Pupils with homework scored higher on the national tests. But the critics\nnoted: “The schools in the trial chose themselves.”',
      'A second paragraph ends here.',
      '- a list item that is long enough to look like a wrapped line of text',
      '- another item',
    ]);
  });

  it('ends sentences at full stops, question and exclamation marks, not after initials or abbreviations', () => {
    expect(sentencesOf('Dr. Kay Lee said the U.S. export controls failed. Did they? “Yes!” he said. Then e.g. this one.')).to.deep.equal([
      'Dr. Kay Lee said the U.S. export controls failed.', 'Did they?', '“Yes!” he said.', 'Then e.g. this one.',
    ]);
    expect(sentencesOf('No full stop at the end')).to.deep.equal(['No full stop at the end']);
  });

  it('counts a sentence as quoted when quotes cover at least half of it', () => {
    const text = 'Car-free centres are safer for children. Road injuries fell by a third.\n\nNobody quoted this.';
    const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const coverage = sourceCoverage(text, [at('safer for children'), at('injuries fell by a third.')]);
    expect(coverage).to.include({ sentences: 3, quotedSentences: 1 });
    expect(pieces(text, coverage.unquotedParagraphs)).to.deep.equal(['Nobody quoted this.']);
    expect(coverage.quotedCharacters).to.equal('saferforchildreninjuriesfellbyathird.'.length);
  });

  it('cuts a paragraph where overlapping quotes begin and end', () => {
    const segments = highlightSegments({ start: 0, end: 20 }, [{ start: 5, end: 12, claim: 'a' }, { start: 8, end: 15, claim: 'b' }, { start: 30, end: 40, claim: 'c' }]);
    expect(segments).to.deep.equal([
      { start: 0, end: 5, claims: [] },
      { start: 5, end: 8, claims: ['a'] },
      { start: 8, end: 12, claims: ['a', 'b'] },
      { start: 12, end: 15, claims: ['b'] },
      { start: 15, end: 20, claims: [] },
    ]);
  });

  it('reports every source of a map, the quotes not found, and the texts no source cites', () => {
    const markdown = '# t: T?\n\n## c: C.\n\n> Road injuries fell.\n>\n> — s\n\n## d: D.\n\n> Not in the text.\n>\n> — s\n\n# Sources\n\n## s: S\n\n- file: s.txt\n\n## u: U\n\n- file: gone.txt\n';
    const { map } = parseMap([{ name: 'map.md', text: markdown }]);
    const { sources, uncitedFiles } = mapCoverage(map, new Map([['s.txt', 'Road injuries fell. Shops did well.'], ['other.txt', 'x'], ['.DS_Store', '']]));
    expect(sources.map((s) => [s.source.id, s.coverage?.quotedSentences, s.coverage?.sentences, s.quotes.passages.length, s.quotes.notFound.length]))
      .to.deep.equal([['s', 1, 2, 1, 1], ['u', undefined, undefined, 0, 0]]);
    expect(uncitedFiles).to.deep.equal(['other.txt']);
  });
});
