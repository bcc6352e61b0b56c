import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { AifDocument } from '../../src/interop/aif-document.js';
import { exportAif } from '../../src/interop/aif-export.js';
import { importAif } from '../../src/interop/aif-import.js';
import { exportMarkdown } from '../../src/interop/markdown-export.js';
import { parseMap } from '../../src/parse/parse-map.js';
import { diagnosticLines, fixtureText, plain, relationLines, shippedMapFiles, written } from './helpers.js';

/** The AIF structure: unique ids, edges between existing nodes, every RA/CA node with at least one edge in and exactly one out. */
function expectAifStructure(document: AifDocument) {
  const ids = new Set(document.nodes.map((n) => String(n.nodeID)));
  expect(ids.size, 'node ids are unique').to.equal(document.nodes.length);
  expect(new Set(document.edges.map((e) => e.edgeID)).size, 'edge ids are unique').to.equal(document.edges.length);
  for (const edge of document.edges) {
    expect(ids.has(String(edge.fromID)) && ids.has(String(edge.toID)), `edge ${edge.edgeID} joins existing nodes`).to.equal(true);
  }
  for (const node of document.nodes.filter((n) => n.type === 'RA' || n.type === 'CA')) {
    expect(document.edges.filter((e) => e.toID === node.nodeID).length, `${node.type} ${node.nodeID} in`).to.be.at.least(1);
    expect(document.edges.filter((e) => e.fromID === node.nodeID).length, `${node.type} ${node.nodeID} out`).to.equal(1);
  }
}

/** What we write on top of that: only claims and their relations, each scheme node between two claims. */
function expectValidAif(document: AifDocument) {
  expectAifStructure(document);
  const typeOf = new Map(document.nodes.map((n) => [n.nodeID, n.type]));
  for (const node of document.nodes) expect(['I', 'RA', 'CA']).to.include(node.type);
  for (const edge of document.edges) {
    expect([typeOf.get(edge.fromID), typeOf.get(edge.toID)].filter((t) => t === 'I'), `edge ${edge.edgeID} joins a claim and a relation`).to.have.length(1);
  }
}

describe('importing AIF JSON (OVA, AIFdb)', () => {
  it('the sample is well-formed AIF', async () => {
    expectAifStructure(JSON.parse(await fixtureText('interop/homework.aif.json')) as AifDocument);
  });

  it('makes I-nodes claims, RA premises supports and CA attackers attacks, in one thread named after the file', async () => {
    const { map } = importAif(await fixtureText('interop/homework.aif.json'), 'corpus/homework.aif.json');
    expect(map.threads).to.deep.equal([{ id: 'homework.aif', title: 'homework.aif' }]);
    expect(map.claims.map((c) => `${c.id}: ${c.text}`)).to.deep.equal([
      '1: Schools should abolish homework.',
      '2: Homework takes time from play and sleep.',
      '3: Children who do homework every night sleep half an hour less.',
      '4: Sleep matters more for learning than practice at home.',
      '7: Homework raises test scores.',
      '9: The trial that found higher scores let families choose whether to take part.',
      '11: Less sleep does not always mean worse learning.',
    ]);
    expect(relationLines(map), 'RA 6 has two premises: each supports its conclusion').to.deep.equal([
      '2 supports 1', '3 supports 2', '4 supports 2', '7 attacks 1', '9 attacks 7',
    ]);
    expect(map.claims[0].location).to.deep.equal({ file: 'corpus/homework.aif.json', line: 3, column: 5 });
  });

  it('says what it leaves out: dialogue nodes, and an attack on an inference', async () => {
    const { diagnostics } = importAif(await fixtureText('interop/homework.aif.json'), 'homework.aif.json');
    expect(diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}: ${d.message}`)).to.deep.equal([
      '2 warning ignored-nodes: 1 L node (locutions) left out: the map keeps claims (I), support (RA) and attack (CA)',
      '2 warning ignored-nodes: 1 YA node (illocutionary anchors) left out: the map keeps claims (I), support (RA) and attack (CA)',
      '29 warning unsupported-target: CA node "12" points at RA node "6", not at a claim: the map cannot hold a relation on a relation, so it is left out',
    ]);
  });

  it('round-trips through our Markdown', async () => {
    const { map } = importAif(await fixtureText('interop/homework.aif.json'));
    expect(plain(parseMap([{ name: 'aif.md', text: written(exportMarkdown(map)) }]).map)).to.deep.equal(plain(map));
  });

  it('names the line of malformed JSON, nodes and edges', () => {
    expect(diagnosticLines(importAif('{\n  "nodes": [\n    { "nodeID": "1", }\n  ]\n}').diagnostics)).to.deep.equal(['3:22 error bad-json']);
    const text = [
      '{ "nodes": [', //                                              1
      '  { "nodeID": "1", "text": "A claim.", "type": "I" },',
      '  { "text": "no id", "type": "I" },', //                        3
      '  { "nodeID": "1", "text": "again", "type": "I" },',
      '  { "nodeID": "2", "type": "RA" },', //                        5
      '  { "nodeID": "3", "text": "" }',
      '], "edges": [', //                                              7
      '  { "edgeID": "1", "fromID": "1", "toID": "2" },',
      '  { "edgeID": "2", "fromID": "2", "toID": "99" }', //          9
      '] }',
    ].join('\n');
    expect(diagnosticLines(importAif(text, 'bad.json').diagnostics)).to.deep.equal([
      '3:3 error bad-aif',
      '4:3 error duplicate-id',
      '6:3 error bad-aif',
      '9:43 error unknown-node', // at the toID that names no node
      '5:3 warning incomplete-scheme',
    ]);
    expect(diagnosticLines(importAif('[1, 2]').diagnostics)).to.deep.equal(['1:1 error not-aif']);
  });

  it('never throws on any JSON (fast-check)', () => {
    fc.assert(fc.property(fc.json(), (json) => {
      for (const d of importAif(json).diagnostics) expect(d.line).to.be.within(1, json.split('\n').length);
    }), { numRuns: 200 });
  });
});

describe('exporting to AIF JSON', () => {
  it('gives every relation its own RA or CA node between two I-nodes', async () => {
    const { map } = parseMap(await shippedMapFiles());
    const document = JSON.parse(written(exportAif(map))) as AifDocument;
    expectValidAif(document);
    expect(document.nodes.filter((n) => n.type === 'I')).to.have.length(map.claims.length);
    expect(document.nodes.filter((n) => n.type === 'RA')).to.have.length(map.relations.filter((r) => r.kind === 'supports').length);
    expect(document.nodes.filter((n) => n.type === 'CA')).to.have.length(map.relations.filter((r) => r.kind === 'attacks').length);
    expect(document.locutions).to.deep.equal([]);
  });

  it('reads back with the same claims and relations (threads, tags, notes, quotes and sources have no place in AIF)', async () => {
    const { map } = parseMap(await shippedMapFiles());
    const back = importAif(written(exportAif(map)), 'shipped.json');
    expect(back.diagnostics).to.deep.equal([]);
    expect(back.map.claims.map((c) => [c.id, c.text])).to.deep.equal(map.claims.map((c) => [c.id, c.text]));
    expect(relationLines(back.map)).to.deep.equal(relationLines(map));
  });

  it('an imported AIF file exports to valid AIF and reads back unchanged', async () => {
    const first = importAif(await fixtureText('interop/homework.aif.json'), 'homework.aif.json').map;
    const exported = written(exportAif(first));
    expectValidAif(JSON.parse(exported) as AifDocument);
    expect(plain(importAif(exported, 'homework.aif.json').map)).to.deep.equal(plain(first));
  });
});
