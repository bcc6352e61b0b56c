import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { CytoscapeView } from '../../src/graph/cytoscape-view.js';
import { wrapLines } from '../../src/graph/label-size.js';
import { generatedMap, nextFrames, viewOnPage } from './helpers.js';

describe('big maps: the overview draws every claim, Cytoscape the readable ones', () => {
  let view: CytoscapeView;
  afterEach(() => view?.destroy());

  const showAll = (ids: Iterable<string>, selected: string | null = null) =>
    ({ visible: new Set(ids), faded: null, matches: new Set<string>(), selected });

  it('zoomed out, Cytoscape holds no claim; zoomed in, it holds those around the viewport', async () => {
    const loaded = generatedMap(900, 2);
    view = await viewOnPage();
    view.setMap(loaded.map, loaded.index, loaded.sides);
    view.render(showAll(loaded.index.claims.keys()));
    view.fit();
    await view.settled();
    expect(view.cy.zoom()).to.be.below(0.5);
    expect(view.cy.nodes().length).to.equal(0);
    const claim = loaded.map.claims[40].id;
    const at = view.look(claim)!.position;
    view.cy.viewport({ zoom: 1, pan: { x: 500 - at.x, y: 320 - at.y } });
    await view.settled();
    expect(view.look(claim)!.inCytoscape).to.equal(true);
    const held = view.cy.nodes().map((n) => n.id());
    expect(held.length).to.be.within(1, 899);
    const extent = view.cy.extent();
    for (const id of held) {
      const p = view.look(id)!.position;
      // Within the viewport and half a viewport around it.
      expect(p.x).to.be.within(extent.x1 - extent.w, extent.x2 + extent.w);
      expect(p.y).to.be.within(extent.y1 - extent.h, extent.y2 + extent.h);
    }
    // Edges only between claims Cytoscape holds.
    for (const edge of view.cy.edges()) expect(held).to.include.members([edge.source().id(), edge.target().id()]);
  });

  it('a click on a claim that only the overview draws selects it', async () => {
    const loaded = generatedMap(900, 2);
    let selected: string | null = 'none';
    view = await viewOnPage((id) => (selected = id));
    view.setMap(loaded.map, loaded.index, loaded.sides);
    view.render(showAll(loaded.index.claims.keys()));
    const claim = loaded.map.claims[7].id;
    const at = view.look(claim)!.position;
    view.cy.viewport({ zoom: 0.3, pan: { x: 500 - 0.3 * at.x, y: 320 - 0.3 * at.y } });
    await nextFrames();
    expect(view.look(claim)!.inCytoscape).to.equal(false);
    const box = view.cy.container()!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 500), Math.round(box.top + 320)] });
    expect(selected).to.equal(claim);
  });
});

describe('claim labels', () => {
  let view: CytoscapeView;
  afterEach(() => view?.destroy());

  it('wrap as Cytoscape wraps them: a word moves down when it and a space would overflow', () => {
    const widthOf = { table: new Float64Array(0x10000).fill(10), measure: () => 10 };
    expect(wrapLines('aaa bbb ccc', 81, widthOf)).to.deep.equal(['aaa bbb', 'ccc']);
    expect(wrapLines('aaa bbb ccc', 79, widthOf)).to.deep.equal(['aaa', 'bbb', 'ccc']);
  });

  it('cut a word too wide for any line between its characters, and end a label too long for its box in an ellipsis', () => {
    const widthOf = { table: new Float64Array(0x10000).fill(10), measure: () => 10 };
    // 49 pixels (a pixel in hand), less a space: three characters a piece.
    expect(wrapLines('aaaaaaaaaaaaaaa b', 50, widthOf)).to.deep.equal(['aaa', 'aaa', 'aaa', 'aaa', 'aaa', 'b']);
    expect(wrapLines('xy aaaaaaa', 50, widthOf)).to.deep.equal(['xy', 'aaa', 'aaa', 'a']);
    expect(wrapLines('aa bb cc dd ee ff', 40, widthOf, 3)).to.deep.equal(['aa', 'bb', 'c…']);
    const huge = wrapLines('a'.repeat(10_000_000), 176, widthOf);
    expect(huge).to.have.length(16);
    expect(huge[15].endsWith('…')).to.equal(true);
    // A surrogate pair is never split.
    const emoji = { table: new Float64Array(0x10000).fill(10), measure: (text: string, i: number) => (text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff ? 0 : 10) };
    for (const line of wrapLines('😀'.repeat(40), 50, emoji)) expect(line).to.match(/^(\uD83D\uDE00)+$/);
  });

  it('fit inside their claim boxes as Cytoscape draws them', async () => {
    const loaded = generatedMap(120, 3);
    view = await viewOnPage();
    view.setMap(loaded.map, loaded.index, loaded.sides);
    view.render({ visible: new Set(loaded.index.claims.keys()), faded: null, matches: new Set(), selected: null });
    view.cy.zoom(1);
    await nextFrames();
    view.cy.nodes().forEach((node) => {
      const label = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
      expect(label.h, node.id()).to.be.at.most(node.height());
      expect(node.data('label')).to.equal(loaded.index.claim(node.id())!.text);
    });
  });
});
