import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { MapOutline } from '../../src/components/map-outline/map-outline.js';
import type { ArgumentMap } from '../../src/model/types.js';
import { parseMap } from '../../src/parse/parse-map.js';
import { prepareMap } from '../../src/state/map-state.js';

/** `count` claims in one thread, each supporting the two before it: a dense web, not a tree. */
function eachSupportsTheTwoBefore(count: number): ArgumentMap {
  let text = '# t: A dense thread?\n\n## c0: Claim 0.\n\n';
  for (let i = 1; i < count; i++) {
    text += `## c${i}: Claim ${i}.\n\n- supports: c${i - 1}${i > 1 ? `, c${i - 2}` : ''}\n\n`;
  }
  return parseMap([{ name: 'dense.md', text }]).map;
}

function chain(length: number): ArgumentMap {
  const claims = Array.from({ length }, (_, i) => ({ id: `c${i}`, text: `Claim ${i}.`, thread: 't', tags: [], quotes: [] }));
  const relations = claims.slice(1).map((c, i) => ({ from: c.id, to: `c${i}`, kind: 'supports' as const }));
  return { threads: [{ id: 't', title: 'A long chain?' }], claims, relations, sources: [] };
}

async function outlineOf(map: ArgumentMap): Promise<MapOutline> {
  const loaded = prepareMap(map);
  const el = await fixture<MapOutline>(html`<map-outline .loaded=${loaded} .visible=${new Set(loaded.index.claims.keys())}></map-outline>`);
  await el.updateComplete;
  return el;
}

/** The claims the outline lists, in order (not the links to other places). */
const listed = (el: MapOutline) =>
  [...el.shadowRoot!.querySelectorAll('li > button[data-claim]')].map((b) => b.getAttribute('data-claim'));

describe('<map-outline> on a map that is not a tree', () => {
  it('lists each of 40 densely linked claims once, and links the other claims each supports', async () => {
    const el = await outlineOf(eachSupportsTheTwoBefore(40));
    const items = el.shadowRoot!.querySelectorAll('li');
    expect(items.length).to.be.at.most(80);
    expect(listed(el)).to.have.length(40);
    expect(new Set(listed(el)).size).to.equal(40);
    // c2 is listed under c0, its shortest way to the thesis, and links to c1, the other claim it supports.
    const c2 = el.shadowRoot!.querySelector('li > button[data-claim="c2"]')!.parentElement!;
    const link = c2.querySelector(':scope > .also > button')!;
    expect(c2.querySelector(':scope > .also')!.textContent).to.match(/also\s+supports\s+Claim 1\./);
    let picked = '';
    el.addEventListener('claim-navigate', (e) => (picked = (e as CustomEvent).detail.id));
    (link as HTMLElement).click();
    expect(picked).to.equal('c1');
  });

  it('lists a tree as before: each claim under the claim it argues about, supporters and attackers in the map\'s order', async () => {
    const { map } = parseMap([{ name: 'tree.md', text: '# t: T?\n\n## a: A.\n\n## b: B.\n\n- supports: a\n\n## c: C.\n\n- attacks: a\n\n## d: D.\n\n- attacks: b\n' }]);
    const el = await outlineOf(map);
    expect(listed(el)).to.deep.equal(['a', 'b', 'd', 'c']);
    expect(el.shadowRoot!.querySelectorAll('.also')).to.have.length(0);
  });
});

describe('<map-outline> on a chain of 100,000 claims', () => {
  it('lists the first claims, nested no deeper than a page can show, and lists more on request', async () => {
    const el = await outlineOf(chain(100_000));
    const first = listed(el);
    expect(first.length).to.equal(2000);
    expect(first.slice(0, 3)).to.deep.equal(['c0', 'c1', 'c2']);
    let deepest = 0;
    for (const li of el.shadowRoot!.querySelectorAll('li')) {
      let depth = 0;
      for (let at: Element | null = li; at; at = at.parentElement) if (at.tagName === 'UL') depth++;
      deepest = Math.max(deepest, depth);
    }
    expect(deepest).to.be.at.most(30);
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('.more button')!;
    expect(el.shadowRoot!.querySelector('.more')!.textContent).to.contain('first 2000 of 100000 claims');
    more.click();
    await el.updateComplete;
    expect(listed(el).length).to.equal(4000);
  });
});
