import { expect, html } from '@open-wc/testing';
import type { ArgumentMapElement } from '../../src/components/argument-map/argument-map.js';
import { fixtureUrl, mapElement, panelOf } from './helpers.js';

const INTERNAL = ['claim-assume', 'panel-close', 'claim-navigate', 'thread-select', 'map-edit'];
const PUBLIC = ['claim-select', 'map-load', 'map-error'];

/** Every event of the given names that reaches `document`, for as long as the test runs. */
function listenOnDocument(names: readonly string[]) {
  const heard: string[] = [];
  const hear = (event: Event) => heard.push(event.type);
  for (const name of names) document.addEventListener(name, hear);
  return { heard, stop: () => names.forEach((name) => document.removeEventListener(name, hear)) };
}

async function panelSettled(el: ArgumentMapElement) {
  await el.updateComplete;
  await el.shadowRoot!.querySelector('claim-panel')?.updateComplete;
}

describe("<argument-map>'s events stop at its boundary, except its own three", () => {
  let listening: ReturnType<typeof listenOnDocument>;
  beforeEach(() => (listening = listenOnDocument([...INTERNAL, ...PUBLIC])));
  afterEach(() => listening.stop());

  it('using the panel and the outline sends the page only claim-select (and map-load)', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')} selected="homework-helps"></argument-map>`);
    await panelSettled(el);
    const assume = [...panelOf(el)!.querySelectorAll<HTMLButtonElement>('button.assume')];
    assume.find((b) => b.textContent === 'Reject')!.click();
    await panelSettled(el);
    expect(el.state.$assumptions.get().rejected).to.deep.equal(['homework-helps']);
    assume.find((b) => b.textContent === 'Open')!.click();
    await panelSettled(el);
    panelOf(el)!.querySelector<HTMLButtonElement>('button[data-claim="trial-self-selected"]')!.click();
    await panelSettled(el);
    expect(el.selected).to.equal('trial-self-selected');
    panelOf(el)!.querySelector<HTMLButtonElement>('button.close')!.click();
    await panelSettled(el);
    expect(el.selected).to.equal(null);
    el.view = 'outline';
    await el.updateComplete;
    const outline = el.shadowRoot!.querySelector('map-outline')!;
    await outline.updateComplete;
    outline.shadowRoot!.querySelector<HTMLElement>('button[data-claim="school-thesis"]')!.click();
    await el.updateComplete;
    expect(el.selected).to.equal('school-thesis');

    expect(listening.heard.filter((name) => INTERNAL.includes(name))).to.deep.equal([]);
    expect(listening.heard).to.deep.equal(['map-load', 'claim-select', 'claim-select', 'claim-select']);
  });

  it('map-error reaches the page too', async () => {
    await mapElement(html`<argument-map src=${fixtureUrl('empty.md')}></argument-map>`, 'map-error');
    expect(listening.heard).to.deep.equal(['map-error']);
  });
});
