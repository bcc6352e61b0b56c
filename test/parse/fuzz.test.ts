import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseMap } from '../../src/parse/parse-map.js';
import { parseMapAsync } from '../../src/parse/parse-map-async.js';

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

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const words = fc.array(fc.constantFrom('chips', 'China', 'export', 'controls', 'failed', '“quoted”', '—', '<b>x</b>', '*em*', '`code`', '[l](x)', '\\', ':', ','), { maxLength: 8 })
  .map((w) => w.join(' '));
const indent = fc.constantFrom('', ' ', '  ', '    ', '\t', '> ', '>> ');

/** Lines a map author might write, and many they should not. */
const mapLine = fc.oneof(
  fc.tuple(fc.constantFrom('#', '##', '###', '####'), fc.option(id), words).map(([h, i, w]) => `${h} ${i ? `${i}: ` : ''}${w}`),
  fc.tuple(indent, fc.constantFrom('-', '*', '1.', '+'), fc.constantFrom('supports', 'attacks', 'tags', 'refutes', 'file', 'stance', 'kind', 'url'), fc.array(id, { maxLength: 3 }))
    .map(([i, m, k, ids]) => `${i}${m} ${k}: ${ids.join(', ')}`),
  fc.tuple(fc.constantFrom('>', '> ', '>>', ''), words).map(([q, w]) => `${q}${w}`),
  fc.tuple(fc.constantFrom('> — ', '> -- ', '— '), fc.option(words), id).map(([d, s, i]) => `${d}${s ? `${s}, ` : ''}${i}`),
  fc.constantFrom('', '', '# Sources', '```', '---', '<div>', '</div>', '[ref]: javascript:x', '| a | b |', '|---|---|'),
  fc.string(),
);
const markdownMap = fc.array(mapLine, { maxLength: 60 }).map((lines) => lines.join('\n'));

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

function bigMap(claims: number): string {
  const parts = ['# t: A big thread?\n\n## c0: The thesis.\n\n> Words.\n>\n> — s\n'];
  for (let i = 1; i < claims; i++) {
    parts.push(`## c${i}: Claim number ${i}.\n\n- ${i % 3 ? 'supports' : 'attacks'}: c${Math.floor((i - 1) / 3)}\n\n> Words ${i}.\n>\n> — s\n`);
  }
  parts.push('# Sources\n\n## s: S\n');
  return parts.join('\n');
}

describe('inputs built to exhaust the parser are read or rejected with a diagnostic', () => {
  const cases: [string, () => string, string | undefined][] = [
    ['lists nested 10,000 deep', () => Array.from({ length: 10000 }, (_, i) => `${' '.repeat(Math.min(i, 40) * 2)}- x`).join('\n'), 'too-deep'],
    ['10,000 list markers on one line', () => `${'- '.repeat(10000)}x`, 'too-deep'],
    ['quotes nested 10,000 deep', () => `${'>'.repeat(10000)} x`, 'too-deep'],
    ['a claim text of 1 MB', () => `# t: T?\n\n## c: ${'word '.repeat(200000)}\n`, undefined],
    ['50,000 relations to one claim', () => `# t: T?\n\n## root: R.\n\n${Array.from({ length: 50000 }, (_, i) => `## c${i}: C.\n- supports: root\n`).join('\n')}`, undefined],
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
    expect(turns).to.be.greaterThan(3);
  });
});
