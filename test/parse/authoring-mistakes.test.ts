import { expect } from '@open-wc/testing';
import type { MapFile } from '../../src/parse/parse-markdown.js';
import { parseMarkdownFile, parseMarkdownFileWithMarked } from '../../src/parse/parse-markdown.js';
import { parseMap } from '../../src/parse/parse-map.js';

/** The three common mistakes of issue #16, each named for what it is or read as meant. */

const sources = '\n# Sources\n\n## s: S\n';

function parse(text: string) {
  const file: MapFile = { name: 'map.md', text };
  // The line scanner and marked must agree on each of these.
  expect(parseMarkdownFile(file)).to.deep.equal(parseMarkdownFileWithMarked(file));
  return parseMap([file]);
}

function found(text: string): string[] {
  return parse(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`);
}

describe('a heading id with a space in it', () => {
  it('a claim heading names the space and the id to write', () => {
    expect(found(`# t: T?\n\n## pizza cheap: Pizza is cheap.\n`)).to.deep.equal([
      '3:4 error malformed-claim: claim id "pizza cheap" has a space: ids are letters, digits, "-", "_" and "." — write "pizza-cheap"',
    ]);
  });

  it('a thread heading', () => {
    expect(found(`# pizza prices: Is pizza cheap?\n`)).to.deep.equal([
      '1:3 error malformed-thread: thread id "pizza prices" has a space: ids are letters, digits, "-", "_" and "." — write "pizza-prices"',
    ]);
  });

  it('a source heading', () => {
    expect(found(`# Sources\n\n## pizza  guide: The Pizza Guide\n`)).to.deep.equal([
      '3:4 error malformed-source: source id "pizza  guide" has a space: ids are letters, digits, "-", "_" and "." — write "pizza-guide"',
    ]);
  });

  it('a heading with no id at all still says it needs one', () => {
    expect(found(`# t: T?\n\n## Homework is bad\n`)[0]).to.contain('needs an id');
  });
});

describe('a citation line right under the quoted words', () => {
  it('is read as the citation, without a blank ">" line between', () => {
    const { map, diagnostics } = parse(`# t: T?\n\n## a: A.\n\n> Some words.\n> — s\n${sources}`);
    expect(diagnostics).to.deep.equal([]);
    expect(map.claims[0].quotes).to.deep.include({ text: 'Some words.', source: 's', location: { file: 'map.md', line: 5, column: 1 } });
  });

  it('with a speaker, after words on several lines', () => {
    const { map, diagnostics } = parse(`# t: T?\n\n## a: A.\n\n> Some words\n> and more.\n> — Ann Lee (reported), s\n${sources}`);
    expect(diagnostics).to.deep.equal([]);
    expect(map.claims[0].quotes[0]).to.include({ text: 'Some words and more.', source: 's', speaker: 'Ann Lee', speech: 'reported' });
  });

  it('a citation naming no source id points at its own line', () => {
    expect(found(`# t: T?\n\n## a: A.\n\n> Some words.\n> — the guide\n${sources}`).map((d) => d.slice(0, d.indexOf(': '))))
      .to.include('6:3 error malformed-citation');
  });
});

describe('a citation written with a hyphen', () => {
  for (const [name, dash] of [['one hyphen', '-'], ['two hyphens', '--']]) {
    for (const [layout, gap] of [['after a blank ">" line', '>\n'], ['right under the words', '']]) {
      it(`${name}, ${layout}`, () => {
        const { map, diagnostics } = parse(`# t: T?\n\n## a: A.\n\n> Some words.\n${gap}> ${dash} s\n${sources}`);
        expect(diagnostics).to.deep.equal([]);
        expect(map.claims[0].quotes[0]).to.include({ text: 'Some words.', source: 's' });
      });
    }
  }

  it('with a speaker', () => {
    const { map, diagnostics } = parse(`# t: T?\n\n## a: A.\n\n> Some words.\n>\n> - Ann Lee (direct), s\n${sources}`);
    expect(diagnostics).to.deep.equal([]);
    expect(map.claims[0].quotes[0]).to.include({ source: 's', speaker: 'Ann Lee', speech: 'direct' });
  });

  it('a quote ending in a list of several items still has no citation', () => {
    expect(found(`# t: T?\n\n## a: A.\n\n> Some words.\n>\n> - one\n> - two\n${sources}`).map((d) => d.slice(0, d.indexOf(': '))))
      .to.include('5:1 error missing-citation');
  });
});
