import { expect } from '@open-wc/testing';
import { evidenceBaseScores, sourceWeight } from '../../src/model/semantics/evidence-base.js';
import type { ArgumentMap } from '../../src/model/types.js';

function mapWith(quotes: [string, string][], sources: { id: string; kind: string; outlet?: string }[]): ArgumentMap {
  return {
    threads: [{ id: 't', title: 'T?' }],
    claims: [{ id: 'c', text: 'C.', thread: 't', tags: [], quotes: quotes.map(([text, source]) => ({ text, source })) }, { id: 'bare', text: 'B.', thread: 't', tags: [], quotes: [] }],
    relations: [],
    sources: sources.map((s) => ({ id: s.id, title: s.id, kind: s.kind, outlet: s.outlet, stances: [] })) as ArgumentMap['sources'],
  };
}

describe('base scores from evidence', () => {
  it('weighs sources by their kind', () => {
    expect(sourceWeight('news analysis')).to.equal(0.4);
    expect(sourceWeight('opinion blog')).to.equal(0.2);
    expect(sourceWeight('AI-generated article (says so itself)')).to.equal(0.1);
    expect(sourceWeight('unattributed news summary')).to.equal(0.15);
    expect(sourceWeight(undefined)).to.equal(0.25);
  });

  it('starts an unquoted claim at 0.25 and raises it with each independent source', () => {
    // Two news reports from different outlets: F = 1 − 0.6·0.6 = 0.64; 0.25 + 0.75·0.64 = 0.73.
    const two = evidenceBaseScores(mapWith([['a', 'x'], ['b', 'y']], [{ id: 'x', kind: 'news report', outlet: 'A' }, { id: 'y', kind: 'news report', outlet: 'B' }]));
    expect(two.get('c')).to.be.closeTo(0.73, 1e-12);
    expect(two.get('bare')).to.equal(0.25);
  });

  it('counts two sources of one outlet once', () => {
    // Same outlet: only the stronger weight 0.4 counts: 0.25 + 0.75·0.4 = 0.55.
    const same = evidenceBaseScores(mapWith([['a', 'x'], ['b', 'y']], [{ id: 'x', kind: 'news report', outlet: 'A' }, { id: 'y', kind: 'opinion', outlet: 'a' }]));
    expect(same.get('c')).to.be.closeTo(0.55, 1e-12);
  });
});
