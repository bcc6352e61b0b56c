import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { importAif } from '../../src/interop/aif-import.js';
import { formatOfName } from '../../src/interop/formats.js';
import { syntaxErrorOffset } from '../../src/interop/json-positions.js';
import { importKialo } from '../../src/interop/kialo-import.js';
import { readMapText } from '../../src/interop/read-any.js';
import { mapFromJson } from '../../src/model/from-json.js';
import type { ParseResult } from '../../src/parse/parse-markdown.js';
import { parseMap } from '../../src/parse/parse-map.js';

/** Names that find something on `Object.prototype` when a plain object is used as a lookup table. */
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

/** Strings a reader gives meaning to, so that some documents get past the first checks. */
const MEANINGFUL = ['I', 'RA', 'CA', 'L', '1', '2', '3', 'a', 'b', 't', 'supports', 'attacks'];

/** An object with its own fields (`Object.fromEntries` defines `__proto__` as a field, as JSON.parse does). */
const record = (keys: readonly string[], value: fc.Arbitrary<unknown>) =>
  fc.array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 4 }).map((entries) => Object.fromEntries(entries));

/** Any value a hostile file could hold in a field: objects, arrays, numbers, null, prototype names. */
const { hostile } = fc.letrec((tie) => ({
  hostile: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...PROTOTYPE_NAMES, ...MEANINGFUL),
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null), fc.boolean()),
    fc.array(tie('hostile'), { maxLength: 3 }),
    record([...PROTOTYPE_NAMES, 'nodeID', 'id', 'text'], tie('hostile')),
  ),
}));

/** An item with every field a reader reads, each holding a hostile value (or missing). */
const item = (fields: readonly string[]) => fc.oneof(
  { weight: 4, arbitrary: record([...fields, ...PROTOTYPE_NAMES], hostile) },
  { weight: 1, arbitrary: hostile },
);

const list = (fields: readonly string[]) => fc.oneof(
  { weight: 4, arbitrary: fc.array(item(fields), { maxLength: 6 }) },
  { weight: 1, arbitrary: hostile },
);

const aifDocument = record(['nodes', 'edges', 'locutions', ...PROTOTYPE_NAMES], fc.oneof(
  list(['nodeID', 'type', 'text']),
  list(['edgeID', 'fromID', 'toID']),
)).map((doc) => ({ nodes: [], ...doc }));

const ourDocument = record(['threads', 'claims', 'relations', 'sources', ...PROTOTYPE_NAMES], fc.oneof(
  list(['id', 'title', 'description']),
  list(['id', 'text', 'thread', 'tags', 'quotes', 'note', 'position']),
  list(['from', 'to', 'kind']),
  list(['id', 'title', 'file', 'kind', 'stances', 'url']),
  fc.array(record(['text', 'source', 'speaker', 'thread', 'position', 'summary', 'x', 'y'], hostile), { maxLength: 3 }),
));

const jsonDocument = fc.oneof(aifDocument, ourDocument, hostile).map((value) => JSON.stringify(value) ?? 'null');

const kialoLine = fc.oneof(
  fc.constantFrom('Discussion Title: __proto__', '1. constructor', '1.1. Pro: toString', '1.2. Con: -> See 1.1.', '1.1.1. Con: -> See 1.2.',
    '1.3. Pro: -> See 9.', '1.3. Con: hasOwnProperty', '2. __proto__', '1.1. Con: -> See 1.1.'),
  fc.tuple(fc.constantFrom('1', '1.1', '1.2', '1.1.1', '2'), fc.constantFrom('Pro: ', 'Con: ', ''), fc.constantFrom(...PROTOTYPE_NAMES, '-> See 1.', '-> See 1.1.'))
    .map(([n, stance, text]) => `${n}. ${stance}${text}`),
);
const kialoText = fc.array(kialoLine, { maxLength: 12 }).map((lines) => lines.join('\n'));

/** Everything `Object.prototype` holds, to see that no reader changed it. */
function prototypeSnapshot(): string {
  return Object.getOwnPropertyNames(Object.prototype).sort()
    .map((name) => `${name}:${String(Object.getOwnPropertyDescriptor(Object.prototype, name)?.value ?? 'accessor')}`).join('|');
}

/** A reader's result holds only what a map holds: diagnostics that point somewhere, strings, relation kinds. */
function expectOnlyDiagnostics(result: ParseResult | { map: ParseResult['map']; diagnostics: ParseResult['diagnostics'] }) {
  for (const d of result.diagnostics) {
    expect(d.file, d.message).to.be.a('string');
    expect(d.line, d.message).to.be.a('number').and.at.least(1);
    expect(d.column, d.message).to.be.a('number').and.at.least(1);
    expect(d.message).to.be.a('string');
    expect(['error', 'warning']).to.include(d.severity);
  }
  const { threads, claims, relations, sources } = result.map;
  for (const thread of threads) expect(thread.id).to.be.a('string');
  for (const claim of claims) {
    expect(claim.id).to.be.a('string');
    expect(claim.text).to.be.a('string');
    expect(claim.thread).to.be.a('string');
  }
  for (const relation of relations) {
    expect(['supports', 'attacks']).to.include(relation.kind);
    expect(relation.from).to.be.a('string');
    expect(relation.to).to.be.a('string');
  }
  for (const source of sources) expect(source.id).to.be.a('string');
}

describe('importers on hostile JSON and text (fast-check)', () => {
  const before = prototypeSnapshot();
  afterEach(() => {
    expect(prototypeSnapshot()).to.equal(before, 'Object.prototype is unchanged');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('AIF, our JSON and Kialo: objects, arrays, numbers, null and prototype names in every field give diagnostics, never an exception', async () => {
    await fc.assert(fc.asyncProperty(jsonDocument, async (text) => {
      expectOnlyDiagnostics(importAif(text, 'corpus.json'));
      expectOnlyDiagnostics(mapFromJson(JSON.parse(text), 'map.json'));
      expectOnlyDiagnostics(parseMap([{ name: 'map.json', text }]));
      expectOnlyDiagnostics(await readMapText('map.json', text));
      expectOnlyDiagnostics(await readMapText('corpus.json', text, 'aif'));
    }), { numRuns: 400 });
  });

  it('Kialo: numbers and links among prototype names', () => {
    fc.assert(fc.property(kialoText, (text) => {
      expectOnlyDiagnostics(importKialo(text, 'discussion.txt'));
      expectOnlyDiagnostics(parseMap([{ name: 'discussion.txt', text }]));
    }), { numRuns: 300 });
  });

  it('bad JSON is located the same way in every engine: the first character JSON.parse would refuse', () => {
    const damaged = fc.tuple(fc.json(), fc.nat(), fc.constantFrom(',', ']', '}', '"', ':', 'x', '{', '[', ' ', '\\', '\n'))
      .map(([json, at, char]) => json.slice(0, at % (json.length + 1)) + char + json.slice(at % (json.length + 1)));
    fc.assert(fc.property(fc.oneof(fc.json(), damaged), (text) => {
      const offset = syntaxErrorOffset(text);
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      if (valid) expect(offset, text).to.equal(text.length);
      else expect(offset, text).to.be.within(0, text.length);
    }), { numRuns: 500 });
    expect(['[]]', '{"a" 1}', '[1,,2]', '{"a":1', '"\\x"', '[01]'].map(syntaxErrorOffset)).to.deep.equal([2, 5, 3, 6, 0, 2]);
  });

  it('file names and formats named after Object.prototype members find no format', async () => {
    for (const name of PROTOTYPE_NAMES) {
      expect(formatOfName(`map.${name}`), name).to.equal(undefined);
      const { diagnostics } = await readMapText(`map.${name}`, '# t: T?\n\n## a: A claim.\n');
      expect(diagnostics.filter((d) => d.severity === 'error'), name).to.deep.equal([]);
    }
  });

  it('AIF scheme nodes typed "constructor", "toString" or "__proto__" relate nothing', () => {
    const nodes = [{ nodeID: 'a', type: 'I', text: 'A.' }, { nodeID: 'b', type: 'I', text: 'B.' }];
    const edges = [];
    for (const [i, type] of ['constructor', 'toString', '__proto__', 'hasOwnProperty'].entries()) {
      nodes.push({ nodeID: `s${i}`, type, text: '' });
      edges.push({ fromID: 'a', toID: `s${i}` }, { fromID: `s${i}`, toID: 'b' });
    }
    const { map, diagnostics } = importAif(JSON.stringify({ nodes, edges }));
    expect(map.relations).to.deep.equal([]);
    expect(diagnostics.map((d) => d.message)).to.include(
      '1 constructor node (nodes of a kind the map does not hold) left out: the map keeps claims (I), support (RA) and attack (CA)');
  });

  it('an AIF edge whose ids are objects is an error at that field', () => {
    const text = '{ "nodes": [{ "nodeID": "a", "type": "I", "text": "A." }],\n  "edges": [{ "fromID": { "toString": 1 }, "toID": ["a"] }] }';
    const { diagnostics } = importAif(text, 'corpus.json');
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).to.deep.equal([
      '2:25 edges[0].fromID: expected a string or number, got object; an edge joins two node ids',
      '2:52 edges[0].toID: expected a string or number, got an array; an edge joins two node ids',
    ]);
  });
});
