import { expect } from '@open-wc/testing';
import { type BipolarFramework, bipolarFrameworkOfMap, dfquadStrengths } from '../../src/model/semantics/dfquad.js';
import type { ArgumentMap, RelationKind } from '../../src/model/types.js';

/** A bipolar framework written the way textbooks draw it: `a-b` means a attacks b, `a+b` a supports b. */
function baf(args: string, edges = ''): BipolarFramework {
  const attackers = new Map<string, string[]>(args.split(' ').map((id) => [id, []]));
  const supporters = new Map<string, string[]>(args.split(' ').map((id) => [id, []]));
  for (const edge of edges.split(' ').filter(Boolean)) {
    const [from, to] = edge.split(/[-+]/);
    (edge.includes('-') ? attackers : supporters).get(to)!.push(from);
  }
  return { arguments: args.split(' '), attackers, supporters };
}

function strengthsOf(framework: BipolarFramework, options = {}): Record<string, number> {
  return Object.fromEntries(dfquadStrengths(framework, options).strengths);
}

function expectClose(actual: Record<string, number>, expected: Record<string, number>) {
  expect(Object.keys(actual)).to.deep.equal(Object.keys(expected));
  for (const [id, value] of Object.entries(expected)) expect(actual[id], id).to.be.closeTo(value, 1e-9);
}

describe('DF-QuAD strengths on textbook trees', () => {
  it('leaves a claim nobody argues about at its base score', () => {
    expectClose(strengthsOf(baf('a')), { a: 0.5 });
    expectClose(strengthsOf(baf('a'), { base: 0.8 }), { a: 0.8 });
  });

  it('weakens a claim by its attacker, not to nothing', () => {
    // b: 0.5. a: attack F(0.5) = 0.5, support 0; a ≥ s so 0.5 − 0.5·(0.5 − 0) = 0.25.
    expectClose(strengthsOf(baf('a b', 'b-a')), { a: 0.25, b: 0.5 });
  });

  it('lets two supporters outweigh one open attack', () => {
    // s1, s2, x: 0.5 each. t: attack F(0.5) = 0.5; support F(0.5, 0.5) = 1 − 0.5·0.5 = 0.75;
    // s > a so 0.5 + (1 − 0.5)·(0.75 − 0.5) = 0.625. Grounded semantics would call t defeated.
    expectClose(strengthsOf(baf('t s1 s2 x', 's1+t s2+t x-t')), { t: 0.625, s1: 0.5, s2: 0.5, x: 0.5 });
  });

  it('restores a claim part-way when its attacker is answered', () => {
    // c: 0.5. b: 0.5 − 0.5·0.5 = 0.25. a: 0.5 − 0.5·0.25 = 0.375.
    expectClose(strengthsOf(baf('a b c', 'b-a c-b')), { a: 0.375, b: 0.25, c: 0.5 });
  });

  it('uses base scores in the combination', () => {
    // Base 0.8: b = 0.8. a: 0.8 − 0.8·0.8 = 0.16.
    expectClose(strengthsOf(baf('a b', 'b-a'), { base: 0.8 }), { a: 0.16, b: 0.8 });
    // Base per claim: s = 0.9 supports a at 0.2: 0.2 + 0.8·0.9 = 0.92.
    expectClose(strengthsOf(baf('a s', 's+a'), { base: new Map([['a', 0.2], ['s', 0.9]]) }), { a: 0.92, s: 0.9 });
  });
});

describe('DF-QuAD strengths on DAGs', () => {
  it('lets one claim weaken a supporter and an attacker alike', () => {
    // d: 0.5. b = c = 0.5 − 0.5·0.5 = 0.25. t: attack 0.25, support 0.25; a ≥ s so 0.5 − 0.5·0 = 0.5.
    expectClose(strengthsOf(baf('t b c d', 'b+t c-t d-b d-c')), { t: 0.5, b: 0.25, c: 0.25, d: 0.5 });
  });

  it('computes a diamond in any listing order', () => {
    // a: 0.5. l: support 0.5 → 0.5 + 0.5·0.5 = 0.75. r: attack 0.5 → 0.25.
    // t: attack F(0.25) = 0.25, support F(0.75) = 0.75 → 0.5 + 0.5·0.5 = 0.75.
    expectClose(strengthsOf(baf('t l r a', 'l+t r-t a+l a-r')), { t: 0.75, l: 0.75, r: 0.25, a: 0.5 });
    expectClose(strengthsOf(baf('a r l t', 'l+t r-t a+l a-r')), { a: 0.5, r: 0.25, l: 0.75, t: 0.75 });
  });

  it('fixes rejected claims at 0 and conceded claims at 1', () => {
    // Concede x: t = 0.5 − 0.5·1 = 0. Reject x: t keeps its base, 0.5.
    expectClose(strengthsOf(baf('t x y', 'x-t y-x'), { conceded: ['x'] }), { t: 0, x: 1, y: 0.5 });
    expectClose(strengthsOf(baf('t x', 'x-t'), { rejected: ['x'] }), { t: 0.5, x: 0 });
  });

  it('reads attacks and supports from a map', () => {
    const claim = (id: string) => ({ id, text: id, thread: 't', tags: [], quotes: [] });
    const map: ArgumentMap = {
      threads: [{ id: 't', title: 'T?' }], sources: [],
      claims: [claim('thesis'), claim('pro'), claim('con')],
      relations: [{ from: 'pro', to: 'thesis', kind: 'supports' }, { from: 'con', to: 'thesis', kind: 'attacks' }],
    };
    // Support 0.5 and attack 0.5 cancel: the thesis keeps 0.5.
    const result = dfquadStrengths(bipolarFrameworkOfMap(map));
    expect(Object.fromEntries(result.strengths)).to.deep.equal({ thesis: 0.5, pro: 0.5, con: 0.5 });
    expect(result).to.include({ converged: true, rounds: 0 });
    expect(result.cyclic).to.deep.equal([]);
  });
});

describe('DF-QuAD strengths on cycles', () => {
  it('iterates a mutual attack to its fixed point and says it settled', () => {
    // a = 0.5 − 0.5·b and b = 0.5 − 0.5·a: a = b = 1/3.
    const result = dfquadStrengths(baf('a b', 'a-b b-a'));
    expectClose(Object.fromEntries(result.strengths), { a: 1 / 3, b: 1 / 3 });
    expect(result.converged).to.equal(true);
    expect(result.cyclic).to.deep.equal(['a', 'b']);
    expect(result.rounds).to.be.greaterThan(0);
  });

  it('iterates what hangs on a cycle along with it', () => {
    // a = b = 1/3 as above; c, attacked by a: 0.5 − 0.5·(1/3) = 1/3.
    expectClose(strengthsOf(baf('a b c', 'a-b b-a a-c')), { a: 1 / 3, b: 1 / 3, c: 1 / 3 });
  });

  it('takes a mutual support to full strength', () => {
    // a = 0.5 + 0.5·b and b = 0.5 + 0.5·a: a = b = 1.
    expectClose(strengthsOf(baf('a b', 'a+b b+a')), { a: 1, b: 1 });
  });

  it('says so when the rounds run out before the strengths settle', () => {
    const result = dfquadStrengths(baf('a b', 'a-b b-a'), { maxRounds: 3 });
    expect(result.converged).to.equal(false);
    expect(result.rounds).to.equal(3);
  });
});

describe('DF-QuAD strengths on a chain of 100,000 claims', () => {
  function chain(length: number, kind: RelationKind): ArgumentMap {
    const claims = Array.from({ length }, (_, i) => ({ id: `c${i}`, text: `Claim ${i}.`, thread: 't', tags: [], quotes: [] }));
    const relations = claims.slice(1).map((c, i) => ({ from: c.id, to: `c${i}`, kind }));
    return { threads: [{ id: 't', title: 'A long chain?' }], claims, relations, sources: [] };
  }

  it('computes each claim from the one below it without overflowing the stack', () => {
    // The last claim keeps 0.5; each attacked one is 0.5 − 0.5·v, which tends to 1/3.
    const { strengths, converged } = dfquadStrengths(bipolarFrameworkOfMap(chain(100_000, 'attacks')));
    expect(strengths.size).to.equal(100_000);
    expect(strengths.get('c99999')).to.equal(0.5);
    expect(strengths.get('c99998')).to.equal(0.25);
    expect(strengths.get('c0')).to.be.closeTo(1 / 3, 1e-12);
    expect(converged).to.equal(true);
  });

  it('iterates a ring of 100,000 attacks to its fixed point', () => {
    // Every claim is 0.5 − 0.5·(the one attacking it): all settle at 1/3.
    const ring = chain(100_000, 'attacks');
    ring.relations.push({ from: 'c0', to: 'c99999', kind: 'attacks' });
    const { strengths, converged, cyclic } = dfquadStrengths(bipolarFrameworkOfMap(ring));
    expect(converged).to.equal(true);
    expect(cyclic.length).to.equal(100_000);
    expect(strengths.get('c0')).to.be.closeTo(1 / 3, 1e-8);
    expect(strengths.get('c50000')).to.be.closeTo(1 / 3, 1e-8);
  });

  it('lets supports carry a claim towards 1', () => {
    const { strengths } = dfquadStrengths(bipolarFrameworkOfMap(chain(100_000, 'supports')));
    expect(strengths.get('c99998')).to.equal(0.75);
    expect(strengths.get('c0')).to.be.closeTo(1, 1e-12);
  });
});
