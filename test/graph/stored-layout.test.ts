import { expect, html } from '@open-wc/testing';
import { LabelMeasurer } from '../../src/graph/label-size.js';
import { layoutMap, type Point } from '../../src/graph/layout.js';
import { computeStoredLayout, STORED_LAYOUT_ASPECT_RATIO, storedPositions, withPositions } from '../../src/graph/stored-layout.js';
import { CLAIM_WIDTH } from '../../src/graph/style.js';
import type { CytoscapeView } from '../../src/graph/cytoscape-view.js';
import { prepareMap } from '../../src/state/map-state.js';
import { mapElement } from '../components/helpers.js';
import { asBuiltJson, generatedMap, nextFrames, viewOnPage } from './helpers.js';

const sign = (n: number) => Math.sign(Math.round(n * 10));

describe('argmap build --layout: positions stored in the JSON', () => {
  const loaded = generatedMap(300, 5);
  const { map, index, sides } = loaded;
  const stored = computeStoredLayout(map);

  /** The layout the element computes in this browser, with labels measured on a canvas. */
  function liveLayout(): Map<string, Point> {
    const measurer = new LabelMeasurer(document.createElement('canvas').getContext('2d'));
    const claims = [...index.claims.values()];
    const heights = new Map(claims.map((c) => [c.id, measurer.label(c.text, sides.get(c.id) === 'thesis').height]));
    return layoutMap(map, index, new Set(index.claims.keys()), {
      direction: 'down',
      aspectRatio: STORED_LAYOUT_ASPECT_RATIO,
      sizeOf: (id) => ({ width: CLAIM_WIDTH, height: heights.get(id)! }),
    });
  }

  it('place every claim in the same column as the live layout, and in the same order down its thread', () => {
    const live = liveLayout();
    expect(stored.size).to.equal(map.claims.length);
    for (const claim of map.claims) expect(stored.get(claim.id)!.x, claim.id).to.be.closeTo(live.get(claim.id)!.x, 0.01);
    // Heights are estimated in Node and measured here, so levels may sit at other depths, but
    // each pair of claims of a thread must be on the same level, or in the same order, in both.
    for (const thread of map.threads) {
      const ids = map.claims.filter((c) => c.thread === thread.id).map((c) => c.id);
      for (let a = 0; a < ids.length; a++) {
        for (let b = a + 1; b < ids.length; b++) {
          const storedOrder = sign(stored.get(ids[b])!.y - stored.get(ids[a])!.y);
          expect(storedOrder, `${ids[a]} and ${ids[b]}`).to.equal(sign(live.get(ids[b])!.y - live.get(ids[a])!.y));
        }
      }
    }
  });

  it('put each thread in the same row of the packing as the live layout', () => {
    const live = liveLayout();
    const roots = map.threads.map((t) => index.rootsOf(t.id)[0].id);
    for (let a = 0; a < roots.length; a++) {
      for (let b = a + 1; b < roots.length; b++) {
        expect(sign(stored.get(roots[b])!.y - stored.get(roots[a])!.y)).to.equal(sign(live.get(roots[b])!.y - live.get(roots[a])!.y));
      }
    }
  });

  it('survive the trip through JSON, and are only used when every claim has one', () => {
    const json = asBuiltJson(withPositions(map, stored));
    expect(json.claims[0].position).to.have.keys('x', 'y');
    expect(storedPositions(json)!.size).to.equal(map.claims.length);
    const partial = { ...json, claims: json.claims.map((c, i) => (i === 3 ? { ...c, position: undefined } : c)) };
    expect(storedPositions(partial)).to.equal(null);
    expect(storedPositions(map)).to.equal(null);
  });

  describe('the graph view', () => {
    let view: CytoscapeView;
    afterEach(() => view?.destroy());

    const everything = { visible: new Set(index.claims.keys()), faded: null, matches: new Set<string>(), selected: null };

    it('draws the claims where the JSON puts them, without laying the map out', async () => {
      view = await viewOnPage();
      const json = asBuiltJson(withPositions(map, stored));
      const withStored = prepareMap(json);
      performance.clearMeasures('argument-map:layout');
      view.setMap(withStored.map, withStored.index, withStored.sides);
      view.render(everything);
      expect(performance.getEntriesByName('argument-map:layout')).to.have.length(0);
      const positions = view.positionsOf(everything.visible);
      for (const claim of json.claims) expect(positions.get(claim.id)).to.deep.equal(claim.position);
      await nextFrames();
      expect(view.cy.$id(json.claims[0].id).position()).to.deep.equal(json.claims[0].position);
    });

    it('lays the map out itself sideways, where stored positions do not apply', async () => {
      view = await viewOnPage();
      const withStored = prepareMap(asBuiltJson(withPositions(map, stored)));
      view.setDirection('right');
      performance.clearMeasures('argument-map:layout');
      view.setMap(withStored.map, withStored.index, withStored.sides);
      view.render(everything);
      expect(performance.getEntriesByName('argument-map:layout')).to.have.length(1);
      const root = index.rootsOf(map.threads[0].id)[0].id;
      const child = index.relationsInto(root)[0].from;
      expect(view.look(root)!.position.x).to.be.below(view.look(child)!.position.x);
    });
  });

  it('<argument-map> given that JSON as its map draws each claim at its stored position', async () => {
    const small = generatedMap(120, 8);
    const json = asBuiltJson(withPositions(small.map, computeStoredLayout(small.map)));
    const { el } = await mapElement(html`<argument-map .map=${json}></argument-map>`);
    for (const claim of json.claims) expect(el.cy!.$id(claim.id).position(), claim.id).to.deep.equal(claim.position);
  });
});
