import { expect } from '@open-wc/testing';
import type { CytoscapeView } from '../../src/graph/cytoscape-view.js';
import { STRENGTH_FILLS, strengthFill } from '../../src/graph/style.js';
import { COLOURS, generatedMap, nextFrames, viewOnPage } from './helpers.js';

const hex = (r: number, g: number, b: number) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

describe('big maps coloured by strength', () => {
  let view: CytoscapeView;
  afterEach(() => view?.destroy());

  it('the overview draws each claim as the same bar: filled as far as its strength, empty after', async () => {
    const loaded = generatedMap(900, 2);
    view = await viewOnPage();
    const claim = loaded.map.claims[7].id;
    view.setAppearance(COLOURS, 'strength');
    view.setStrengths(new Map(loaded.map.claims.map((c) => [c.id, c.id === claim ? 0.5 : 0.9])));
    view.setMap(loaded.map, loaded.index, loaded.sides);
    view.render({ visible: new Set(loaded.index.claims.keys()), faded: null, matches: new Set<string>(), selected: null });
    const at = view.look(claim)!.position;
    view.cy.viewport({ zoom: 0.3, pan: { x: 500 - 0.3 * at.x, y: 320 - 0.3 * at.y } });
    await nextFrames(4);
    expect(view.look(claim)!.inCytoscape).to.equal(false);
    const canvas = view.cy.container()!.querySelector('canvas')!;
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    // The claim is 240 wide: at zoom 0.3 its box spans 36 px either side of x = 500.
    const pixel = (x: number) => hex(...([...canvas.getContext('2d')!.getImageData(Math.round(x * ratio), Math.round(320 * ratio), 1, 1).data].slice(0, 3) as [number, number, number]));
    expect(pixel(500 - 20)).to.equal(strengthFill(0.5, false));
    expect(pixel(500 + 20)).to.equal(STRENGTH_FILLS.light.empty);
  });
});
