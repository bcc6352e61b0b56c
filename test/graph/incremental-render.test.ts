import { expect } from '@open-wc/testing';
import type { CytoscapeView, ViewState } from '../../src/graph/cytoscape-view.js';
import { SMALL_MAP } from '../../src/graph/cytoscape-view.js';
import { createMapState, type LoadedMap } from '../../src/state/map-state.js';
import { generatedMap, viewOnPage } from './helpers.js';

/** The states a reader goes through: a thread, a search, a focus, a selection, then back to everything. */
function statesOf(loaded: LoadedMap): ViewState[] {
  const s = createMapState();
  s.$map.set(loaded);
  const states: ViewState[] = [];
  const snap = () => states.push({ visible: s.$visible.get(), faded: s.$inFocus.get(), matches: s.$matches.get(), selected: s.$selected.get() });
  const [first, second] = loaded.map.threads;
  const inSecond = loaded.map.claims.filter((c) => c.thread === second.id);
  snap();
  s.$thread.set(second.id);
  snap();
  s.$search.set('export controls');
  snap();
  s.$selected.set(inSecond[3].id);
  snap();
  s.$focus.set({ claim: inSecond[3].id, depth: 1 });
  snap();
  s.$thread.set(first.id);
  snap();
  s.$focus.set(null);
  s.$search.set('frontier');
  snap();
  s.$thread.set('');
  s.$selected.set(inSecond[5].id);
  snap();
  return states;
}

/**
 * Everything both layers show: each claim's look, and each Cytoscape element's classes and
 * place. Where a hidden claim would be does not show, so it is left out.
 */
function shown(view: CytoscapeView, loaded: LoadedMap) {
  const claims = loaded.map.claims.map((c) => {
    const look = view.look(c.id)!;
    return { id: c.id, ...look, position: look.shown ? look.position : null };
  });
  const elements = view.cy.elements().map((e) => ({
    id: e.id(),
    classes: [...e.classes()].sort().join(' '),
    position: e.isNode() && !e.hasClass('hidden') ? e.position() : null,
    selected: e.selected(),
  })).sort((a, b) => a.id.localeCompare(b.id));
  return { claims, elements };
}

describe('CytoscapeView updates in place what a filter changes', () => {
  let views: CytoscapeView[] = [];
  afterEach(() => {
    views.forEach((v) => v.destroy());
    views = [];
  });

  for (const [size, where] of [[120, 'all in Cytoscape'], [900, 'drawn by the overview, with the claims around the viewport in Cytoscape']] as const) {
    it(`shows after each change the same as a view built for that state (${size} claims, ${where})`, async () => {
      expect(size > SMALL_MAP).to.equal(size === 900);
      const loaded = generatedMap(size, 11);
      const states = statesOf(loaded);
      const incremental = await viewOnPage();
      views.push(incremental);
      incremental.setMap(loaded.map, loaded.index, loaded.sides);
      for (const [step, state] of states.entries()) {
        incremental.render(state);
        const rebuilt = await viewOnPage();
        views.push(rebuilt);
        rebuilt.setMap(loaded.map, loaded.index, loaded.sides);
        rebuilt.render(state);
        // The same viewport for both, close enough to read labels, so that a big map's claims go to Cytoscape.
        const target = state.selected && state.visible.has(state.selected) ? state.selected : [...state.visible][0];
        for (const view of [incremental, rebuilt]) {
          const at = view.look(target)!.position;
          view.cy.viewport({ zoom: 1, pan: { x: 500 - at.x, y: 320 - at.y } });
          await view.settled();
        }
        expect(shown(incremental, loaded), `after step ${step}`).to.deep.equal(shown(rebuilt, loaded));
      }
      const held = shown(incremental, loaded).claims.filter((c) => c.inCytoscape).length;
      if (size > SMALL_MAP) expect(held).to.be.within(1, size - 1);
      else expect(held).to.equal(size);
    });
  }

  it('changes only the elements whose classes change when the selection moves', async () => {
    const loaded = generatedMap(120, 4);
    const view = await viewOnPage();
    views.push(view);
    const s = createMapState();
    s.$map.set(loaded);
    const state = (): ViewState => ({ visible: s.$visible.get(), faded: s.$inFocus.get(), matches: s.$matches.get(), selected: s.$selected.get() });
    view.setMap(loaded.map, loaded.index, loaded.sides);
    view.render(state());
    const changed: string[] = [];
    view.cy.on('style', (event) => changed.push(event.target.id()));
    view.cy.on('select unselect', (event) => changed.push(event.target.id()));
    const [a, b] = loaded.map.claims;
    s.$selected.set(a.id);
    view.render(state());
    s.$selected.set(b.id);
    view.render(state());
    expect([...new Set(changed)].sort()).to.deep.equal([a.id, b.id].sort());
    expect(view.cy.$(':selected').map((n) => n.id())).to.deep.equal([b.id]);
  });
});
