import { fixture, html } from '@open-wc/testing';
import { generateDebate, toMarkdown } from '../../bench/debate.js';
import { CytoscapeView } from '../../src/graph/cytoscape-view.js';
import type { GraphColours } from '../../src/graph/style.js';
import type { ArgumentMap } from '../../src/model/types.js';
import { parseMap } from '../../src/parse/parse-map.js';
import { type LoadedMap, prepareMap } from '../../src/state/map-state.js';

/** A realistic map of `claims` claims: the benchmark's generated debate, read by our parser. */
export function generatedMap(claims: number, seed = 1): LoadedMap {
  const { map, diagnostics } = parseMap([{ name: 'generated.md', text: toMarkdown(generateDebate({ claims, seed }), 'generated.source.txt') }]);
  if (diagnostics.some((d) => d.severity === 'error')) throw new Error(`generated map has errors: ${diagnostics[0].message}`);
  return prepareMap(map, diagnostics);
}

/** `map` as `argmap build` writes it and a page fetches it: plain JSON, no source locations. */
export function asBuiltJson(map: ArgumentMap): ArgumentMap {
  return JSON.parse(JSON.stringify(map, (key, value) => (key === 'location' ? undefined : value)));
}

export const COLOURS: GraphColours = {
  text: '#1d2329', background: '#ffffff', border: '#7b8794', supports: '#1b7a32',
  attacks: '#c0262d', accent: '#1a5fd0', match: '#f2b600', dark: false,
};

/** A graph view in a 1000×640 box on the page, as the element makes one. */
export async function viewOnPage(onSelect: (id: string | null) => void = () => {}): Promise<CytoscapeView> {
  const box = await fixture<HTMLDivElement>(html`<div style="position: relative; width: 1000px; height: 640px"></div>`);
  return new CytoscapeView(box, COLOURS, onSelect);
}

export async function nextFrames(count = 2): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}
