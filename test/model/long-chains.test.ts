import { expect } from '@open-wc/testing';
import { layoutMap } from '../../src/graph/layout.js';
import { computeStoredLayout } from '../../src/graph/stored-layout.js';
import { buildCase } from '../../src/model/case/build-case.js';
import { caseMarkdown } from '../../src/model/case/case-markdown.js';
import { MapIndex } from '../../src/model/queries.js';
import { frameworkOf, frameworkOfMap } from '../../src/model/semantics/framework.js';
import { groundedLabelling } from '../../src/model/semantics/grounded.js';
import { MAX_LISTED_CLAIMS, preferredExtensions } from '../../src/model/semantics/preferred.js';
import { sidesOf } from '../../src/model/sides.js';
import type { ArgumentMap, RelationKind } from '../../src/model/types.js';

/** A thread of `length` claims, each arguing about the one before it: far deeper than the call stack. */
function chain(length: number, kind: RelationKind): ArgumentMap {
  const claims = Array.from({ length }, (_, i) => ({ id: `c${i}`, text: `Claim ${i}.`, thread: 't', tags: [], quotes: [] }));
  const relations = claims.slice(1).map((c, i) => ({ from: c.id, to: `c${i}`, kind }));
  return { threads: [{ id: 't', title: 'A long chain?' }], claims, relations, sources: [] };
}

describe('a chain of 100,000 claims, each arguing about the one before', () => {
  const supports = chain(100_000, 'supports');
  const attacks = chain(100_000, 'attacks');

  it('gives every claim a side: supports keep it, attacks flip it', () => {
    const sides = sidesOf(attacks, new MapIndex(attacks));
    expect(sides.get('c0')).to.equal('thesis');
    expect(sides.get('c1')).to.equal('con');
    expect(sides.get('c2')).to.equal('pro');
    expect(sides.get('c99999')).to.equal('con');
  });

  it('lays it out as one column, each claim below the one it argues about', () => {
    const index = new MapIndex(supports);
    const positions = layoutMap(supports, index, new Set(index.claims.keys()), {
      direction: 'down', aspectRatio: 1.6, sizeOf: () => ({ width: 200, height: 40 }),
    });
    expect(positions.size).to.equal(100_000);
    expect(positions.get('c99999')!.x).to.equal(positions.get('c0')!.x);
    expect(positions.get('c99999')!.y).to.be.greaterThan(positions.get('c99998')!.y);
    expect(computeStoredLayout(supports).size).to.equal(100_000);
  });

  it('builds the brief for its thesis with every claim on our side, in order', () => {
    const result = buildCase(new MapIndex(supports), 'c0', 'for');
    if (!result.ok) throw new Error(result.message);
    expect(result.case.ours.length).to.equal(100_000);
    expect(result.case.ours.at(-1)!.claim.id).to.equal('c99999');
    expect(caseMarkdown(result.case)).to.contain('### Claim 99999.');
  });

  it('labels the attack chain in and out in turn, under grounded and preferred semantics', () => {
    const framework = frameworkOfMap(attacks);
    const grounded = groundedLabelling(framework);
    expect(grounded.get('c99999')).to.equal('in');
    expect(grounded.get('c99998')).to.equal('out');
    expect(grounded.get('c0')).to.equal('out');
    const preferred = preferredExtensions(framework);
    expect(preferred.status).to.equal('done');
    expect(preferred.labels.get('c0')).to.equal('out');
  });
});

describe('preferred semantics on a big map with many extensions', () => {
  it('says why the extensions are not listed when they would hold more than a million claims, and keeps the grounded labels', () => {
    const standing = Array.from({ length: 100_000 }, (_, i) => `s${i}`);
    const pairs = Array.from({ length: 10 }, (_, i) => [`a${i}`, `b${i}`] as const);
    const framework = frameworkOf([...standing, ...pairs.flat()], pairs.flatMap(([a, b]) => [[a, b], [b, a]] as const));
    const result = preferredExtensions(framework);
    expect(result.status).to.equal('skipped');
    if (result.status !== 'skipped') return;
    expect(result.reason).to.contain('1024 preferred extensions').and.contain(`at most ${MAX_LISTED_CLAIMS}`);
    expect(result.labels.get('s0')).to.equal('in');
    expect(result.labels.get('a0')).to.equal('undec');
  });
});
