import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { diagnosticAt, type Diagnostic } from '../../src/model/diagnostic.js';
import type { ArgumentMap, SourceLocation } from '../../src/model/types.js';
import { editDistance } from '../../src/model/did-you-mean.js';
import { validateMap } from '../../src/model/validate.js';

/**
 * `validateMap` is written for speed (numbers for relations, one lookup per id); this is what it
 * must say, written plainly: string keys, a lookup for everything.
 */
function specification(map: ArgumentMap): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const error = (at: SourceLocation | undefined, code: string, message: string) => diagnostics.push(diagnosticAt(at, 'error', code, message));
  const warn = (at: SourceLocation | undefined, code: string, message: string) => diagnostics.push(diagnosticAt(at, 'warning', code, message));
  const unique = <T extends { id: string; location?: SourceLocation }>(what: string, items: readonly T[]) => {
    const byId = new Map<string, T>();
    for (const item of items) {
      const first = byId.get(item.id);
      if (!first) byId.set(item.id, item);
      else error(item.location, 'duplicate-id', `${what} id "${item.id}" is already used${first.location ? ` (first at ${first.location.file}:${first.location.line})` : ''}: give this ${what} another id`);
    }
    return byId;
  };
  const suggest = (wanted: string, known: Map<string, unknown>) => {
    let best: string | undefined;
    let bestDistance = Math.max(2, Math.floor(wanted.length / 3)) + 1;
    for (const id of known.keys()) {
      if (id === '') continue; // an empty id is an error of its own, never a suggestion
      const distance = editDistance(wanted, id);
      if (distance < bestDistance) [best, bestDistance] = [id, distance];
    }
    return best ? `; did you mean "${best}"?` : '';
  };
  const threads = unique('thread', map.threads);
  const claims = unique('claim', map.claims);
  const sources = unique('source', map.sources);
  const quoted = new Set<string>();
  for (const claim of map.claims) {
    if (!claim.text.trim()) error(claim.location, 'empty-text', `claim "${claim.id}" has no text: write one sentence after "${claim.id}:"`);
    if (!threads.has(claim.thread)) error(claim.location, 'unknown-thread', `claim "${claim.id}" is in thread "${claim.thread}", which the map does not define`);
    if (claim.quotes.length === 0 && map.relations.some((r) => r.from === claim.id)) warn(claim.location, 'no-quote', `claim "${claim.id}" has no quote: add "> verbatim words" and "> — source-id" below it`);
    for (const quote of claim.quotes) {
      quoted.add(quote.source);
      if (!sources.has(quote.source)) error(quote.location, 'unknown-source', `quote cites unknown source "${quote.source}"${suggest(quote.source, sources)}`);
    }
  }
  const seen = new Set<string>();
  for (const relation of map.relations) {
    for (const end of [relation.from, relation.to]) {
      if (!claims.has(end)) error(relation.location, 'unknown-claim', `"${relation.kind}: ${relation.to}" names unknown claim "${end}"${suggest(end, claims)}`);
    }
    if (relation.from === relation.to) error(relation.location, 'self-relation', `claim "${relation.from}" ${relation.kind} itself: point it at another claim`);
    const key = JSON.stringify([relation.from, relation.kind, relation.to]);
    if (seen.has(key)) warn(relation.location, 'duplicate-relation', `"${relation.kind}: ${relation.to}" is written twice`);
    seen.add(key);
  }
  for (const source of map.sources) {
    if (!quoted.has(source.id)) warn(source.location, 'unquoted-source', `source "${source.id}" is never quoted`);
    for (const stance of source.stances) {
      if (!threads.has(stance.thread)) error(stance.location ?? source.location, 'unknown-thread', `source "${source.id}" has a stance on unknown thread "${stance.thread}"${suggest(stance.thread, threads)}`);
    }
  }
  return diagnostics;
}

/** Few ids, so that duplicates, self-relations and unknown ends are common. */
const id = fc.constantFrom('a', 'b', 'c', 'ab', 'thesis', 'thesys', '');
const at = fc.option(fc.record({ file: fc.constant('m.md'), line: fc.nat(50), column: fc.nat(9) }), { nil: undefined });
const smallMap: fc.Arbitrary<ArgumentMap> = fc.record({
  threads: fc.array(fc.record({ id, title: fc.constant('T?'), location: at }), { maxLength: 3 }),
  claims: fc.array(fc.record({
    id, text: fc.constantFrom('A claim.', '', ' \u00a0', '“Quoted.”'), thread: id, tags: fc.constant([]),
    quotes: fc.array(fc.record({ text: fc.constant('words'), source: id, location: at }), { maxLength: 2 }), location: at,
  }), { maxLength: 6 }),
  relations: fc.array(fc.record({ from: id, to: id, kind: fc.constantFrom('supports' as const, 'attacks' as const), location: at }), { maxLength: 8 }),
  sources: fc.array(fc.record({ id, title: fc.constant('S'), stances: fc.array(fc.record({ thread: id, position: fc.constant('p'), summary: fc.constant('') }), { maxLength: 2 }), location: at }), { maxLength: 3 }),
});

describe('validateMap', () => {
  it('says what the plain specification says, in the same order (fast-check)', () => {
    fc.assert(fc.property(smallMap, (map) => {
      expect(validateMap(map), JSON.stringify(map)).to.deep.equal(specification(map));
    }), { numRuns: 2000 });
  });

  it('finds a relation written twice, and one to the claim itself', () => {
    const claim = (id: string) => ({ id, text: 'C.', thread: 't', tags: [], quotes: [] });
    const map: ArgumentMap = {
      threads: [{ id: 't', title: 'T?' }],
      claims: [claim('a'), claim('b')],
      relations: [
        { from: 'a', to: 'b', kind: 'supports' }, { from: 'a', to: 'b', kind: 'attacks' }, { from: 'a', to: 'b', kind: 'supports' },
        { from: 'b', to: 'b', kind: 'attacks' }, { from: 'a', to: 'x', kind: 'attacks' }, { from: 'a', to: 'x', kind: 'attacks' },
      ],
      sources: [],
    };
    const codes = validateMap(map).filter((d) => d.code !== 'no-quote').map((d) => d.code);
    expect(codes).to.deep.equal(['duplicate-relation', 'self-relation', 'unknown-claim', 'unknown-claim', 'duplicate-relation']);
  });
});
