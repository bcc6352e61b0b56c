import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { importKialo } from '../../src/interop/kialo-import.js';
import { exportMarkdown } from '../../src/interop/markdown-export.js';
import { parseMap } from '../../src/parse/parse-map.js';
import { diagnosticLines, fixtureText, plain, relationLines, written } from './helpers.js';

describe('importing a Kialo discussion (plain-text export)', () => {
  it('reads every claim five levels deep, under its Kialo number, into one thread', async () => {
    const { map, diagnostics } = importKialo(await fixtureText('interop/car-free-centres.txt'), 'car-free-centres.txt');
    expect(diagnostics).to.deep.equal([]);
    expect(map.threads).to.deep.equal([{ id: 'should-cities-ban-cars-from-their-centres', title: 'Should cities ban cars from their centres?' }]);
    expect(map.claims.map((c) => c.id)).to.deep.equal(['1', '1.1', '1.1.1', '1.1.1.1', '1.1.1.1.1', '1.1.1.1.2', '1.2', '1.2.1', '1.2.1.1', '1.3']);
    expect(map.claims[0].text).to.equal('Cities should ban private cars from their centres.');
    expect(map.claims[5].text, 'a claim over two lines').to.equal('Cities that banned cars also electrified their buses within a few years.');
    expect(map.claims.every((c) => c.quotes.length === 0 && c.thread === map.threads[0].id)).to.equal(true);
    expect(map.claims[4].location).to.deep.equal({ file: 'car-free-centres.txt', line: 7, column: 1 });
  });

  it('makes pros support and cons attack their parent, and links relate the linked claim to the link’s parent', async () => {
    const { map } = importKialo(await fixtureText('interop/car-free-centres.txt'));
    expect(relationLines(map)).to.deep.equal([
      '1.1 supports 1',
      '1.1 supports 1.3', // 1.3.1. Pro: -> See 1.1.
      '1.1.1 supports 1.1',
      '1.1.1.1 attacks 1.1.1',
      '1.1.1.1 attacks 1.2', // 1.2.2. Con: -> See 1.1.1.1.
      '1.1.1.1.1 supports 1.1.1.1',
      '1.1.1.1.2 attacks 1.1.1.1',
      '1.2 attacks 1',
      '1.2.1 attacks 1.1', // 1.1.2. Con: -> See 1.2.1.
      '1.2.1 supports 1.2',
      '1.2.1.1 attacks 1.2.1',
      '1.3 supports 1',
    ]);
  });

  it('round-trips through our Markdown', async () => {
    const { map } = importKialo(await fixtureText('interop/car-free-centres.txt'));
    expect(plain(parseMap([{ name: 'kialo.md', text: written(exportMarkdown(map)) }]).map)).to.deep.equal(plain(map));
  });

  it('names the line of every mistake, and what to write instead', () => {
    const text = [
      'Discussion Title: Broken?', //        1
      '',
      '1. A thesis.', //                      3
      '1.1. Pro: A reason.',
      '1.1. Con: The same number again.', //  5
      '1.2. No stance given.',
      '1.3.1. Pro: Under a missing parent.', // 7
      '1.4. Con: -> See 9.9.',
      '1.5. Pro:', //                         9
    ].join('\n');
    const { map, diagnostics } = importKialo(text, 'broken.txt');
    expect(diagnosticLines(diagnostics)).to.deep.equal([
      '5:1 error duplicate-number',
      '6:1 error missing-stance',
      '7:1 error missing-parent',
      '8:1 error unknown-link',
      '9:1 error empty-text',
    ]);
    expect(diagnostics.map((d) => d.message)).to.include('1.2. needs "Pro:" or "Con:" after its number, to say how it bears on 1.');
    expect(relationLines(map)).to.deep.equal(['1.1 supports 1', '1.5 supports 1']);
  });

  it('says when a text is not a Kialo export at all', () => {
    const { map, diagnostics } = importKialo('# A Markdown heading\n\nSome prose.\n', 'notes.txt');
    expect(map.claims).to.deep.equal([]);
    expect(diagnosticLines(diagnostics)).to.deep.equal(['1:1 warning ignored-text', '3:1 warning ignored-text', '1:1 error not-kialo']);
  });

  it('never throws, and keeps every diagnostic inside the text (fast-check)', () => {
    const line = fc.oneof(
      fc.tuple(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }), fc.constantFrom('', 'Pro: ', 'Con: ', 'pro:', 'Thesis: '),
        fc.constantFrom('A claim.', '-> See 1.1.', '-> See 1.', '-> See 7.', '')).map(([n, s, t]) => `${n.join('.')}. ${s}${t}`),
      fc.constantFrom('', 'Discussion Title: T', 'continued text', '1.', '.1.', '-> See 1.'),
      fc.string(),
    );
    fc.assert(fc.property(fc.array(line, { maxLength: 30 }).map((l) => l.join('\n')), (text) => {
      const lines = text.replace(/\r\n?/g, '\n').split('\n');
      for (const d of importKialo(text).diagnostics) {
        expect(d.line, d.message).to.be.within(1, lines.length);
        expect(d.message.length).to.be.greaterThan(0);
      }
    }), { numRuns: 300 });
  });
});
