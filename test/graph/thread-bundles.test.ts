import { expect } from '@open-wc/testing';
import { HIDDEN } from '../../src/graph/scene.js';
import { threadBundles } from '../../src/graph/thread-bundles.js';
import type { RelationKind } from '../../src/model/types.js';
import { generatedMap, nextFrames, viewOnPage } from './helpers.js';

/** Claims 0–1 in thread 0, 2–3 in thread 1, 4 in thread 2. */
function sceneOf(relations: [number, number, RelationKind][], hidden: number[] = []) {
  const flags = new Uint8Array(5);
  for (const i of hidden) flags[i] = HIDDEN;
  return {
    threadOf: Int32Array.from([0, 0, 1, 1, 2]),
    relations: relations.map(([from, to, kind]) => ({ from, to, kind })),
    relationFlags: (r: number) => (flags[relations[r][0]] | flags[relations[r][1]]) & HIDDEN,
  };
}

describe('the overview of many threads: one bundled edge per pair of threads', () => {
  it('counts the relations between two threads either way as one bundle, by kind, and leaves out those within a thread', () => {
    const bundles = threadBundles(sceneOf([[0, 1, 'supports'], [2, 0, 'attacks'], [1, 3, 'attacks'], [3, 1, 'supports'], [4, 0, 'attacks']]));
    expect(bundles).to.deep.equal([
      { from: 0, to: 1, supports: 1, attacks: 2 },
      { from: 0, to: 2, supports: 0, attacks: 1 },
    ]);
  });

  it('leaves out relations to hidden claims', () => {
    expect(threadBundles(sceneOf([[2, 0, 'attacks'], [4, 1, 'supports']], [4]))).to.deep.equal([{ from: 0, to: 1, supports: 0, attacks: 1 }]);
  });

  it('zoomed out on a map of many threads, the overview draws the bundles and the thread titles without failing', async () => {
    const loaded = generatedMap(2000, 3);
    const view = await viewOnPage();
    try {
      view.setMap(loaded.map, loaded.index, loaded.sides);
      view.render({ visible: new Set(loaded.index.claims.keys()), faded: null, matches: new Set(), selected: null });
      view.fit();
      await view.settled();
      await nextFrames();
      expect(view.cy.zoom()).to.be.below(0.5);
      const canvas = view.cy.container()!.querySelector('canvas[aria-hidden="true"]') as HTMLCanvasElement;
      expect(canvas, 'the overview canvas').to.exist;
      expect(loaded.map.threads.length).to.be.above(2);
    } finally {
      view.destroy();
    }
  });
});
