import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseMap } from '../../src/parse/parse-map.js';
import { parseMapAsync } from '../../src/parse/parse-map-async.js';
import { bigMap, markdownMap } from './markdown-maps.js';

function expectWellFormed(text: string) {
  const first = parseMap([{ name: 'fuzz.md', text }]);
  const again = parseMap([{ name: 'fuzz.md', text }]);
  expect(again).to.deep.equal(first, 'deterministic');
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (const d of first.diagnostics) {
    expect(d.line, d.message).to.be.within(1, lines.length);
    expect(d.column, d.message).to.be.within(1, lines[d.line - 1].length + 1);
    expect(d.message.length).to.be.greaterThan(0);
  }
}

describe('the parser on arbitrary input (fast-check)', () => {
  it('never throws, is deterministic, and puts every diagnostic inside the input: any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), expectWellFormed), { numRuns: 300 });
  });

  it('the same for Markdown-shaped maps, right and wrong', () => {
    fc.assert(fc.property(markdownMap, expectWellFormed), { numRuns: 400 });
  });

  it('the same for any JSON', () => {
    fc.assert(fc.property(fc.json(), (json) => {
      const { diagnostics } = parseMap([{ name: 'fuzz.json', text: json }]);
      for (const d of diagnostics) expect(d.line).to.equal(1);
    }), { numRuns: 200 });
  });

  it('parses large, well-formed maps in steps the same way as at once', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: 3000 }), async (claims) => {
      const text = bigMap(claims);
      const sync = parseMap([{ name: 'big.md', text }]);
      const steps = await parseMapAsync([{ name: 'big.md', text }]);
      expect(steps).to.deep.equal(sync);
    }), { numRuns: 8 });
  });
});

describe('inputs built to exhaust the parser are read or rejected with a diagnostic', () => {
  const cases: [string, () => string, string | undefined][] = [
    ['lists nested 10,000 deep', () => Array.from({ length: 10000 }, (_, i) => `${' '.repeat(Math.min(i, 40) * 2)}- x`).join('\n'), 'too-deep'],
    ['10,000 list markers on one line', () => `${'- '.repeat(10000)}x`, 'too-deep'],
    ['quotes nested 10,000 deep', () => `${'>'.repeat(10000)} x`, 'too-deep'],
    ['300 kB of plain claims, then lists nested 10,000 deep', () => `# t: T?\n\n${Array.from({ length: 10000 }, (_, i) => `## c${i}: Claim ${i}.\n`).join('\n')}\n${Array.from({ length: 10000 }, (_, i) => `${' '.repeat(Math.min(i, 40) * 2)}- x`).join('\n')}`, 'too-deep'],
    ['lists nested 10,000 deep, with old Mac line breaks', () => Array.from({ length: 10000 }, (_, i) => `${' '.repeat(Math.min(i, 40) * 2)}- x`).join('\r'), 'too-deep'],
    ['a claim text of 1 MB', () => `# t: T?\n\n## c: ${'word '.repeat(200000)}\n`, undefined],
    ['50,000 relations to one claim', () => `# t: T?\n\n## root: R.\n\n${Array.from({ length: 50000 }, (_, i) => `## c${i}: C.\n- supports: root\n`).join('\n')}`, undefined],
    ['250,000 claims without quotes, as many warnings', () => `# t: T?\n\n${Array.from({ length: 250000 }, (_, i) => `## c${i}: C.\n`).join('')}`, undefined],
    ['200,000 lines', () => `# t: T?\n\n${Array.from({ length: 100000 }, (_, i) => `## c${i}: Claim ${i}.\n`).join('\n')}`, undefined],
    ['a 10 MB file', () => `# t: T?\n\n${Array.from({ length: 40000 }, (_, i) => `## c${i}: Claim ${i}.\n\n> ${'quote words '.repeat(20)}\n>\n> — s\n`).join('\n')}`, undefined],
  ];
  for (const [name, make, code] of cases) {
    it(name, () => {
      const text = make();
      const { map, diagnostics } = parseMap([{ name: 'big.md', text }]);
      if (code) {
        expect(diagnostics.map((d) => d.code)).to.deep.equal([code]);
      } else {
        expect(diagnostics.filter((d) => d.severity === 'error' && d.code !== 'unknown-source')).to.deep.equal([]);
        expect(map.claims.length).to.be.greaterThan(0);
      }
    });
  }

  it('yields to the page while it reads a large map', async () => {
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    const text = `# t: T?\n\n${Array.from({ length: 20000 }, (_, i) => `## c${i}: Claim ${i}.\n\n> ${'quote words '.repeat(10)}\n>\n> — s\n`).join('\n')}`;
    const { map } = await parseMapAsync([{ name: 'big.md', text }]);
    clearInterval(timer);
    expect(map.claims).to.have.length(20000);
    // Each slice is at most 40 ms; a map this size takes several, so the page gets turns in between.
    expect(turns).to.be.greaterThan(1);
  });
});
