import { expect } from '@open-wc/testing';
import { exportMarkdown } from '../../src/interop/markdown-export.js';
import { readMapText, readMapTexts } from '../../src/interop/read-any.js';
import { fetchMap } from '../../src/load/fetch-map.js';
import { MapUrlPolicy } from '../../src/load/map-url-policy.js';
import { parseMap } from '../../src/parse/parse-map.js';
import { parseMapAsync } from '../../src/parse/parse-map-async.js';
import { diagnosticLines, fixtureText, relationLines, written } from './helpers.js';

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
    expect(diagnostics.filter((d) => d.code === 'no-quote')).to.have.length(10);
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
    const again = await readMapText('discussion.md', written(exportMarkdown(kialo.map)));
    expect(relationLines(again.map)).to.deep.equal(relationLines(kialo.map));
  });
});

describe('one way in: parseMap, parseMapAsync, readMapTexts and the page give the same answer', () => {
  const cases: [string, string][] = [
    ['bad.json', '{\n  "threads": [],\n  "claims": [\n    { "id": "a", "text": "A.", "thread": "t",\n      "tags": [], "quotes": [] },\n    { "id": "b", "text": "B.", "thread": "t", "tags": [], "quotes": [] }\n  ],\n  "relations": [\n    { "from": "a", "to": "b", "kind": "supports" },,\n  ]\n}'],
    ['corpus.json', '{ "nodes": [{ "nodeID": "1", "text": "A claim.", "type": "I" }], "edges": [] }'],
    ['discussion.txt', 'Discussion Title: T\n\n1. Thesis.\n1.1. Pro: Reason.\n'],
    ['page.md', '<!DOCTYPE html>\n<html><body>Not found</body></html>\n'],
    ['empty.md', '  \n'],
    ['notes.md', 'Only a paragraph.\n'],
    ['bom.md', '\uFEFF# t: T?\n\n## a: A claim.\n'],
    ['separators.md', '# t: T?\u2028\u2028## a: A claim.\u2029\u2029- supports: b\u2028\u2028## b: B.\u2028'],
    ['map.constructor', '# t: T?\n\n## a: A claim.\n'],
  ];

  it('the same map and diagnostics for the same file, whichever function reads it', async () => {
    for (const [name, text] of cases) {
      const read = await readMapTexts([{ name, text }]);
      expect(parseMap([{ name, text }]), name).to.deep.equal(read);
      expect(await parseMapAsync([{ name, text }]), name).to.deep.equal(read);
    }
  });

  it('bad JSON at the line and column of the mistake, AIF read by parseMap too', async () => {
    const [bad, aif] = cases;
    expect(diagnosticLines(parseMap([{ name: bad[0], text: bad[1] }]).diagnostics)).to.deep.equal(['9:52 error bad-json']);
    expect(parseMap([{ name: aif[0], text: aif[1] }]).map.claims.map((c) => c.text)).to.deep.equal(['A claim.']);
  });

  it('a file that holds no map is an error that says what a map is', async () => {
    const messages = async (name: string, text: string) => (await readMapText(name, text)).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}: ${d.message}`);
    expect(await messages('page.md', '<!DOCTYPE html>\n<html></html>')).to.deep.equal([
      '1:1 html-page: this is an HTML page, not a map: check the path or URL; expected a Markdown map: a "# thread-id: Question" heading with "## claim-id: One sentence." headings under it, or a "# Sources" section',
    ]);
    expect((await messages('empty.json', '')) [0]).to.match(/^1:1 empty-file: this file is empty: expected the JSON "argmap build" writes/);
    expect((await messages('notes.md', 'Only a paragraph.\n'))[0]).to.match(/^1:1 no-map: nothing in this file reads as a map: expected a Markdown map/);
    expect((await messages('map.json', '{ "claims": [] }'))[0]).to.match(/^1:1 no-map: nothing in this file reads as a map: expected the JSON/);
  });

  it('a byte-order mark and U+2028/U+2029 line separators read as in any editor', async () => {
    const bom = await readMapText('bom.md', '\uFEFF# t: T?\n\n## a: A claim.\n');
    expect(bom.map.threads.map((t) => t.id)).to.deep.equal(['t']);
    const separated = await readMapText('separators.md', '# t: T?\u2028\u2028## a: A claim.\u2029\u2029- supports: b\u2028\u2028## b: B.\u2028');
    expect(relationLines(separated.map)).to.deep.equal(['a supports b']);
    expect(separated.map.claims[1].location).to.deep.include({ line: 7, column: 4 });
  });
});

describe('JSON diagnostics point at the value, as Markdown diagnostics point at the line', () => {
  it('unknown claims, duplicate ids, unknown sources and threads, and bad fields', async () => {
    const text = [
      '{',
      '  "threads": [{ "id": "t", "title": "T?" }],',
      '  "claims": [',
      '    { "id": "a", "text": "A.", "thread": "t", "tags": [],',
      '      "quotes": [{ "text": "q", "source": "nowhere" }] },',
      '    { "id": "a", "text": "Again.", "thread": "t", "tags": [], "quotes": [] },',
      '    { "id": "c", "text": "C.", "thread": "elsewhere", "tags": "x", "quotes": [] }',
      '  ],',
      '  "relations": [',
      '    { "from": "a", "to": "ghost", "kind": "supports" }',
      '  ],',
      '  "sources": [{ "id": "s", "title": "S", "stances": [{ "thread": "nothread", "position": "p" }] }]',
      '}',
    ].join('\n');
    const { diagnostics } = await readMapText('map.json', text);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.code}`)).to.deep.equal([
      '5:43 unknown-source',
      '6:13 duplicate-id',
      '7:63 bad-json',
      '10:5 unknown-claim',
      '12:66 unknown-thread',
    ]);
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
