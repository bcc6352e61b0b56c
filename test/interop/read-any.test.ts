import { expect } from '@open-wc/testing';
import { exportMarkdown } from '../../src/interop/markdown-export.js';
import { readMapText, readMapTexts } from '../../src/interop/read-any.js';
import { fetchMap } from '../../src/load/fetch-map.js';
import { MapUrlPolicy } from '../../src/load/map-url-policy.js';
import { diagnosticLines, fixtureText, relationLines } from './helpers.js';

const fixtureUrl = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).href;

/** Module requests the page has made for Argdown's reader or parser. */
function argdownRequests(): string[] {
  return performance.getEntriesByType('resource').map((e) => e.name).filter((name) => /argdown-import|@argdown/.test(name));
}

describe('reading a map in any format', () => {
  // First in this file: the page has loaded nothing of Argdown yet.
  it('loads Argdown’s reader only when an Argdown file comes along, and never rejects', async () => {
    await readMapText('small.md', await fixtureText('small.md'));
    await readMapText('discussion.txt', await fixtureText('interop/car-free-centres.txt'));
    await readMapText('corpus.json', await fixtureText('interop/homework.aif.json'));
    expect(argdownRequests()).to.deep.equal([]);
    const { map, diagnostics } = await readMapText('argdown-primer.argdown', await fixtureText('interop/argdown-primer.argdown'));
    expect(argdownRequests().some((name) => name.includes('argdown-import'))).to.equal(true);
    if (diagnostics.some((d) => d.code === 'argdown-unavailable')) {
      // The dev server serves @argdown/core's CommonJS as it is, which a browser cannot run; bundles can.
      expect(diagnosticLines(diagnostics)).to.deep.equal(['1:1 error argdown-unavailable']);
      expect(diagnostics[0].message).to.match(/^could not load the Argdown reader: /);
    } else {
      expect(map.claims).to.have.length(21);
      expect(map.relations).to.have.length(13);
    }
  });

  it('chooses the reader by extension: .md, .txt (Kialo), .json (ours, or AIF by its nodes)', async () => {
    const markdown = await readMapText('small.md', await fixtureText('small.md'));
    const kialo = await readMapText('discussion.txt', await fixtureText('interop/car-free-centres.txt'));
    const aif = await readMapText('corpus.json', await fixtureText('interop/homework.aif.json'));
    const ours = await readMapText('small.json', await fixtureText('small.json'));
    expect(markdown.map.claims.map((c) => c.id)).to.deep.equal(['school-thesis', 'homework-steals-time', 'homework-helps', 'trial-self-selected']);
    expect(kialo.map.claims[0]).to.include({ id: '1', text: 'Cities should ban private cars from their centres.' });
    expect(aif.map.claims[0]).to.include({ id: '1', text: 'Schools should abolish homework.' });
    expect(ours.map.claims).to.have.length(4);
  });

  it('takes an explicit format over the extension', async () => {
    const { map, diagnostics } = await readMapText('export.dat', await fixtureText('interop/car-free-centres.txt'), 'kialo');
    expect(map.claims).to.have.length(10);
    expect(diagnostics.filter((d) => d.severity === 'error')).to.deep.equal([]);
  });

  it('validates the whole map: an imported claim has no quote, and references may cross files and formats', async () => {
    const response = '# replies: Replies\n\n## reply: Pedestrians spend more over a month.\n\n- attacks: 1.2\n';
    const { map, diagnostics } = await readMapTexts([
      { name: 'discussion.txt', text: await fixtureText('interop/car-free-centres.txt') },
      { name: 'replies.md', text: response },
    ]);
    expect(relationLines(map)).to.include('reply attacks 1.2');
    expect(diagnostics.filter((d) => d.severity === 'error')).to.deep.equal([]);
    expect(diagnostics.filter((d) => d.code === 'no-quote')).to.have.length(11);
  });

  it('gives bad input in every format diagnostics on their lines, never an exception', async () => {
    const bad: [string, string, string][] = [
      ['map.md', '# t: T?\n\n## a: A.\n\n- refutes: b\n', '5:1 error unknown-field'],
      ['map.json', '{\n  "claims": [\n    { "id": "a", "thread": "t" }\n  ]\n}', '3:5 error bad-json'],
      ['map.json', '{\n  "claims": [\n', '3:1 error bad-json'],
      ['corpus.json', '{ "nodes": [\n  { "nodeID": "1", "text": "A", "type": "I" },\n  { "text": "B", "type": "I" }\n] }', '3:3 error bad-aif'],
      ['discussion.txt', 'Discussion Title: T\n\n1. Thesis.\n1.1. Pro: Reason.\n1.1.1.1. Con: Orphan.\n', '5:1 error missing-parent'],
    ];
    for (const [name, text, expected] of bad) {
      const { diagnostics } = await readMapText(name, text);
      expect(diagnosticLines(diagnostics.filter((d) => d.severity === 'error')), name).to.deep.equal([expected]);
    }
  });

  it('reads an exported Kialo discussion back from our Markdown', async () => {
    const kialo = await readMapText('discussion.txt', await fixtureText('interop/car-free-centres.txt'));
    const again = await readMapText('discussion.md', exportMarkdown(kialo.map));
    expect(relationLines(again.map)).to.deep.equal(relationLines(kialo.map));
  });
});

describe('fetching a map by format', () => {
  it('fetches a Kialo export by its .txt extension and AIF by its content', async () => {
    expect((await fetchMap(fixtureUrl('interop/car-free-centres.txt'))).map.claims).to.have.length(10);
    expect((await fetchMap(fixtureUrl('interop/homework.aif.json'))).map.claims).to.have.length(7);
  });

  it('takes an explicit format for a URL whose name says nothing', async () => {
    const kialo = await fixtureText('interop/car-free-centres.txt');
    // A data: URL is a map the page itself hands over: it must say it allows such URLs.
    const { map } = await fetchMap(`data:text/plain;charset=utf-8,${encodeURIComponent(kialo)}`, undefined, 'kialo', new MapUrlPolicy({ allowDataUrls: true }));
    expect(map.relations).to.have.length(12);
  });

  it('still reads Markdown, JSON and indexes as before', async () => {
    expect((await fetchMap(fixtureUrl('small.md'))).map.claims).to.have.length(4);
    expect((await fetchMap(fixtureUrl('small.json'))).map.claims).to.have.length(4);
    expect((await fetchMap(fixtureUrl('small-index.json'))).map.claims).to.have.length(4);
  });
});
