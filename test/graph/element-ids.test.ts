import { expect, html } from '@open-wc/testing';
import type { ArgumentMapElement } from '../../src/components/argument-map/argument-map.js';
import type { ArgumentMap } from '../../src/model/types.js';
import { parseMap } from '../../src/parse/parse-map.js';
import { mapElement } from '../components/helpers.js';
import { until } from '../helpers/until.js';

/**
 * A thread whose claims are named `ids`, each arguing about the one before it (supports, then
 * attacks, in turn): `ids.length - 1` relations.
 */
function chainMarkdown(ids: readonly string[]): string {
  const claims = ids.map((id, i) => {
    const relation = i === 0 ? '' : `- ${i % 2 ? 'supports' : 'attacks'}: ${ids[i - 1]}\n\n`;
    return `## ${id}: Claim number ${i}.\n\n${relation}> Claim number ${i}.\n>\n> — s\n`;
  });
  return `# t0: Is it so?\n\n${claims.join('\n')}\n# Sources\n\n## s: A source\n`;
}

function parsed(markdown: string): ArgumentMap {
  const { map, diagnostics } = parseMap([{ name: 'ids.md', text: markdown }]);
  expect(diagnostics.filter((d) => d.severity === 'error')).to.deep.equal([]);
  return map;
}

/** The relations between claims Cytoscape holds: each must be drawn as an edge. */
function relationsAmongHeld(el: ArgumentMapElement, map: ArgumentMap): number {
  const held = new Set(el.cy!.nodes().map((n) => n.id()));
  return map.relations.filter((r) => held.has(r.from) && held.has(r.to)).length;
}

// Ids the graph could be tempted to generate for its own elements: edges, frames, threads.
const GENERATED_LOOKING = ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9', 'r10', 'e0', 'edge-0', 'frame-0', 't0', 'thread-t0', 'f0', 'n0'];

describe('claims named like the graph\'s own elements keep every relation drawn', () => {
  it('claims r0…r9 (and frame-, thread- and edge-like ids) in a small map', async () => {
    const map = parsed(chainMarkdown(GENERATED_LOOKING));
    const { el } = await mapElement(html`<argument-map .map=${map}></argument-map>`);
    expect(el.cy!.nodes('.claim').length).to.equal(GENERATED_LOOKING.length);
    expect(el.cy!.edges().length).to.equal(GENERATED_LOOKING.length - 1);
    expect(el.cy!.$id('r0').isNode()).to.equal(true);
    expect(el.cy!.$id('r0').data('label')).to.equal('Claim number 0.');
    expect(el.cy!.$id('r1').outgoers('edge').length).to.equal(1);
  });

  it('ids read from JSON, which may hold any character, cannot take an edge\'s id either', async () => {
    const ids = ['→0', '→1', '→→0', '→→1', 'r0', 'r1'];
    const map: ArgumentMap = {
      threads: [{ id: 't', title: 'Is it so?' }],
      claims: ids.map((id) => ({ id, text: `Claim ${id}.`, thread: 't', tags: [], quotes: [] })),
      relations: ids.slice(1).map((id, i) => ({ from: id, to: ids[i], kind: 'supports' as const })),
      sources: [],
    };
    const { el } = await mapElement(html`<argument-map .map=${map}></argument-map>`);
    expect(el.cy!.nodes('.claim').length).to.equal(ids.length);
    expect(el.cy!.edges().length).to.equal(ids.length - 1);
  });

  it('on a map over 300 claims, where Cytoscape holds only the claims near the view', async () => {
    const ids = Array.from({ length: 420 }, (_, i) => `r${i}`);
    const map = parsed(chainMarkdown(ids));
    // A selected claim is shown at a readable zoom, so Cytoscape takes the claims around it.
    const { el } = await mapElement(html`<argument-map .map=${map} selected="r200"></argument-map>`);
    await until(() => el.cy!.$id('r200').nonempty(), 'the selected claim in Cytoscape');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const held = el.cy!.nodes().length;
    expect(held).to.be.within(2, 419);
    expect(el.cy!.edges().length).to.equal(relationsAmongHeld(el, map));
    expect(el.cy!.edges().length).to.be.at.least(held - 1);
  });
});
