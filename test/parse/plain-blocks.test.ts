import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Lexer } from 'marked';
import type { MapFile } from '../../src/parse/parse-markdown.js';
import { parseMarkdownFile, parseMarkdownFileWithMarked } from '../../src/parse/parse-markdown.js';
import { HEADING, LIST, PARAGRAPH, QUOTE, scanPlainBlocks } from '../../src/parse/plain-blocks.js';
import { rawStarts } from '../../src/parse/marked-blocks.js';
import { TextIndex } from '../../src/parse/text-index.js';
import { bigMap, blockSoup, markdownMap, plainMap, wellFormedMap } from './markdown-maps.js';

/** Whether the line scanner reads all of `text`, rather than leaving it to marked. */
function scans(text: string): boolean {
  const normalized = text.replace(/\r\n?/g, '\n');
  return scanPlainBlocks(new TextIndex(normalized), 0, normalized.length, []) >= 0;
}

/** The scanner's blocks as [kind, start] pairs, the rest of each block's numbers skipped. */
function kindsAndStarts(blocks: readonly number[], count: number): [string, number][] {
  const names: Record<number, string> = { [HEADING]: 'heading', [PARAGRAPH]: 'paragraph', [LIST]: 'list', [QUOTE]: 'blockquote' };
  const found: [string, number][] = [];
  for (let i = 0; i < count;) {
    found.push([names[blocks[i]], blocks[i + 1]]);
    if (blocks[i] === HEADING) i += 4;
    else if (blocks[i] === PARAGRAPH) i += 3;
    else if (blocks[i] === QUOTE) i += 3 + 2 * blocks[i + 2];
    else {
      const items = blocks[i + 2];
      i += 3;
      for (let item = 0; item < items; item++) i += 3 + 2 * blocks[i + 2];
    }
  }
  return found;
}

function expectSameParse(file: MapFile): void {
  expect(parseMarkdownFile(file), JSON.stringify(file.text)).to.deep.equal(parseMarkdownFileWithMarked(file));
}

async function text(url: URL): Promise<string> {
  return (await fetch(url)).text();
}

/** Every map file in the repository: the shipped map and the Markdown fixtures. */
async function mapFiles(): Promise<MapFile[]> {
  const argumentsDir = new URL('../../arguments/', import.meta.url);
  const index = JSON.parse(await text(new URL('index.json', argumentsDir))) as { files: string[] };
  const fixtures = ['af-cake.md', 'case-uniforms.md', 'empty.md', 'small.md', 'coverage/map.md', 'hostile/html.md', 'hostile/links.md', 'hostile/mxss.md'];
  return Promise.all([
    ...index.files.map(async (name) => ({ name: `arguments/${name}`, text: await text(new URL(name, argumentsDir)) })),
    ...fixtures.map(async (name) => ({ name, text: await text(new URL(`../fixtures/${name}`, import.meta.url)) })),
  ]);
}

describe('parsing with the scanner gives the map and diagnostics marked alone gives (fast-check)', () => {
  for (const [name, maps, least] of [['maps as authors write them', wellFormedMap, 0.7], ['plain maps', plainMap, 0.25], ['Markdown-shaped maps, right and wrong', markdownMap, 0.1], ['dense block syntax', blockSoup, 0.2]] as const) {
    it(name, () => {
      let scanned = 0;
      fc.assert(fc.property(maps, (map) => {
        expectSameParse({ name: 'fuzz.md', text: map });
        if (scans(map)) scanned++;
      }), { numRuns: 1500 });
      // The scanner must read a fair share of them, or the property says little.
      expect(scanned).to.be.greaterThan(1500 * least);
    });
  }

  it('any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => expectSameParse({ name: 'fuzz.md', text: s })), { numRuns: 500 });
  });

  it('every map file in the repository, each read by the scanner', async () => {
    for (const file of await mapFiles()) {
      expectSameParse(file);
      if (!file.name.startsWith('hostile/')) expect(scans(file.text), file.name).to.equal(true);
    }
  });

  it('large maps, read in many sections', () => {
    for (const claims of [1, 700, 3000]) expectSameParse({ name: 'big.md', text: bigMap(claims) });
  });

  it('a large map whose sections are read partly by the scanner and partly by marked', () => {
    const text = bigMap(3000).replace('## c1500: Claim number 1500.', '## c1500: Claim number 1500.\n\n```\ncode\n```');
    expectSameParse({ name: 'big.md', text });
  });
});

describe('the scanner reads a section of a longer text as it reads the section alone (fast-check)', () => {
  it('the same blocks, at offsets into the whole text', () => {
    fc.assert(fc.property(plainMap, plainMap, plainMap, (before, section, after) => {
      const whole = `${before}\n${section}\n${after}`;
      const start = before.length + 1;
      const end = start + section.length + 1;
      const inWhole: number[] = [];
      const alone: number[] = [];
      const read = scanPlainBlocks(new TextIndex(whole), start, end, inWhole);
      expect(read).to.equal(scanPlainBlocks(new TextIndex(whole.slice(start, end)), 0, end - start, alone));
      if (read >= 0) expect(kindsAndStarts(inWhole, read)).to.deep.equal(kindsAndStarts(alone, read).map(([kind, at]) => [kind, at + start]));
    }), { numRuns: 300 });
  });
});

describe('where the reader finds tokens: marked raws run end to end through the text (fast-check)', () => {
  it('top-level tokens and list items start where the raws before them end', () => {
    fc.assert(fc.property(fc.oneof(markdownMap, blockSoup, plainMap), (text) => {
      const section = text.replace(/\r\n?/g, '\n');
      const tokens = new Lexer().blockTokens(section);
      const starts = rawStarts(tokens, 0);
      expect(tokens.reduce((length, token) => length + token.raw.length, 0), JSON.stringify(section)).to.equal(section.length);
      tokens.forEach((token, i) => {
        // The first line is where the raw says, so a diagnostic there points at the right words.
        const firstLine = token.raw.replace(/^\n+/, '').split('\n', 1)[0].trim();
        if (firstLine) expect(section.indexOf(firstLine, starts[i])).to.equal(starts[i] + token.raw.search(/\S|$/));
        if (token.type === 'list') {
          let at = starts[i];
          for (const item of token.items) {
            const words = item.raw.split('\n', 1)[0].trim();
            if (words) expect(section.indexOf(words, at)).to.equal(at + item.raw.search(/\S|$/));
            at += item.raw.length;
          }
        }
      });
    }), { numRuns: 1000 });
  });
});

describe('the scanner leaves to marked what is outside the plain subset', () => {
  const notSimple: [string, string][] = [
    ['a fenced code block', '## c: C.\n\n```\ncode\n```\n'],
    ['a tilde fence', '## c: C.\n\n~~~\ncode\n~~~\n'],
    ['an HTML block', '## c: C.\n\n<div>\nhi\n</div>\n'],
    ['HTML in a quote', '> <b>words</b>\n>\n> — s\n'],
    ['a table', 'a | b\n--- | ---\n1 | 2\n'],
    ['a table with pipes', '| a | b |\n|---|---|\n'],
    ['a setext heading', 'Title\n=====\n'],
    ['a setext heading with dashes', 'Title\n--\n'],
    ['a thematic break', 'words\n\n---\n\nmore\n'],
    ['a thematic break of stars', '***\n'],
    ['a thematic break of spaced dashes', '- - -\n'],
    ['indented code', '## c: C.\n\n    code\n'],
    ['a reference definition', '[ref]: https://example.org\n'],
    ['a tab in indentation', '- stance:\n\t- t: x — y\n'],
    ['a tab after a marker', '-\tsupports: a\n'],
    ['a carriage return', '## c: C.\r\n'],
    ['a line separator in a heading', '## c: C.\u2028more\n'],
    ['a lazy line in a quote', '> words\nmore words\n>\n> — s\n'],
    ['a list after a quote line', '> words\n- supports: a\n'],
    ['a lazy line in a list item', '- supports: a\nmore\n'],
    ['an indented continuation of a list item', '- note: a\n  more words\n'],
    ['a blank line between list items', '- supports: a\n\n- attacks: b\n'],
    ['an indented line after a blank line in a list', '- stance:\n\n  - t: x — y\n'],
    ['a third level of nesting', '- stance:\n  - t: x — y\n    - deeper\n'],
    ['nesting by three spaces', '- stance:\n   - t: x — y\n'],
    ['a list inside a quote', '> - a\n> - b\n'],
    ['a quote inside a quote', '> > nested\n'],
    ['a quote inside a list item', '- > quoted\n'],
    ['a heading inside a list item', '- # heading\n'],
    ['an ordered list', '1. first\n2. second\n'],
    ['an ordered list with parentheses', '1) first\n'],
    ['a star bullet', '* supports: a\n'],
    ['a plus bullet', '+ supports: a\n'],
    ['an empty list item', '-\n'],
    ['a list item of only whitespace', '- \u00a0\n'],
    ['trailing whitespace on a list item', '- supports: a  \n'],
    ['a task list item', '- [ ] to do\n'],
    ['a heading with closing hashes', '## c: C. ##\n'],
    ['an indented heading', ' ## c: C.\n'],
    ['a heading without a space', '##c: C.\n'],
    ['seven hashes', '####### c: C.\n'],
    ['a hashtag line', '#tag\n'],
    ['an indented paragraph', '  words\n'],
    ['a line of spaces', 'words\n   \nmore\n'],
    ['a quote line indented after its marker', '>  words\n'],
    ['a paragraph line that starts a list with a space too many', 'words\n-  item\n'],
  ];
  for (const [name, markdown] of notSimple) {
    it(name, () => {
      expect(scanPlainBlocks(new TextIndex(markdown), 0, markdown.length, [])).to.equal(-1);
    });
  }

  it('and reads a typical claim and source', () => {
    const claim = '## c: A claim.\n\n- supports: a, b\n- tags: x\n\nA note.\n\n> Words on\n> two lines.\n>\n> — Someone, s\n\n';
    const source = '## s: A source\n\n- file: s.txt\n- stance:\n  - t: failed — why\n  - u: worked — why not\n';
    const blocks: number[] = [];
    const count = scanPlainBlocks(new TextIndex(claim + source), 0, claim.length + source.length, blocks);
    expect(kindsAndStarts(blocks, count)).to.deep.equal([
      ['heading', 0], ['list', 16], ['paragraph', 44], ['blockquote', 53], ['heading', claim.length], ['list', claim.length + 16],
    ]);
    const tokens = new Lexer().blockTokens(claim + source).filter((token) => token.type !== 'space');
    expect(tokens.map((token) => token.type)).to.deep.equal(kindsAndStarts(blocks, count).map(([kind]) => kind));
  });
});
