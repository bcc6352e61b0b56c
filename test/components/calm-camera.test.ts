import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ArgumentMapElement } from '../../src/components/argument-map/argument-map.js';
import { mapElement, nextFrames, panelOf } from './helpers.js';

const shipped = new URL('../../arguments/index.json', import.meta.url).href;

/** The shipped map's opening thread, filling a 1280×800 window. */
async function mountShipped(): Promise<ArgumentMapElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1280px; height: 800px"></div>`);
  const loaded = oneEvent(wrapper, 'map-load');
  const { render } = await import('lit');
  render(html`<argument-map src=${shipped} thread="sanctions" style="height: 800px"></argument-map>`, wrapper);
  await loaded;
  const el = wrapper.querySelector('argument-map')!;
  await nextFrames(6);
  return el;
}

/** Waits for the panel to open and the graph to take its new size. */
async function settle(el: ArgumentMapElement): Promise<void> {
  await el.updateComplete;
  await nextFrames(6);
}

/** A claim's box on the page. */
function pageBoxOf(el: ArgumentMapElement, id: string): DOMRect {
  const graph = el.shadowRoot!.querySelector('.graph')!.getBoundingClientRect();
  const b = el.cy!.$id(id).renderedBoundingBox({ includeLabels: false });
  return new DOMRect(graph.left + b.x1, graph.top + b.y1, b.w, b.h);
}

function intersects(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The shown claims whose whole box is in the graph, left to right. */
function claimsInView(el: ArgumentMapElement): string[] {
  const graph = el.shadowRoot!.querySelector('.graph')!.getBoundingClientRect();
  return el.cy!.nodes('.claim:visible').toArray()
    .map((n) => ({ id: n.id(), box: pageBoxOf(el, n.id()) }))
    .filter(({ box }) => box.left >= graph.left && box.right <= graph.right && box.top >= graph.top && box.bottom <= graph.bottom)
    .sort((a, b) => a.box.left - b.box.left)
    .map(({ id }) => id);
}

describe('<argument-map> keeps the camera calm', () => {
  before(() => setViewport({ width: 1280, height: 800 }));

  it('a tap on a claim in view, clear of where the panel opens, moves neither pan nor zoom', async () => {
    const el = await mountShipped();
    const inView = claimsInView(el);
    expect(inView.length).to.be.greaterThan(3);
    const before = { pan: { ...el.cy!.pan() }, zoom: el.cy!.zoom() };
    el.cy!.$id(inView[0]).emit('tap');
    await settle(el);
    expect(el.selected).to.equal(inView[0]);
    expect(panelOf(el)).not.to.equal(null);
    expect(el.cy!.zoom()).to.equal(before.zoom);
    expect(el.cy!.pan()).to.deep.equal(before.pan);
  });

  it('the panel never covers the claim it describes: the rightmost claim is panned just clear of it', async () => {
    const el = await mountShipped();
    const inView = claimsInView(el);
    const rightmost = inView[inView.length - 1];
    const zoom = el.cy!.zoom();
    const panBefore = { ...el.cy!.pan() };
    el.cy!.$id(rightmost).emit('tap');
    await settle(el);
    const panel = el.shadowRoot!.querySelector('claim-panel')!.getBoundingClientRect();
    expect(panel.width).to.be.greaterThan(0);
    expect(intersects(pageBoxOf(el, rightmost), panel), 'the claim under the panel').to.equal(false);
    expect(el.cy!.zoom()).to.equal(zoom);
    // Only sideways, and no farther than the panel is wide.
    expect(el.cy!.pan().y).to.equal(panBefore.y);
    expect(Math.abs(el.cy!.pan().x - panBefore.x)).to.be.at.most(panel.width + 16);
  });

  it('closing the panel leaves the camera where it was', async () => {
    const el = await mountShipped();
    el.cy!.$id(claimsInView(el)[0]).emit('tap');
    await settle(el);
    const before = { pan: { ...el.cy!.pan() }, zoom: el.cy!.zoom() };
    panelOf(el)!.querySelector<HTMLButtonElement>('button.close')!.click();
    await settle(el);
    expect(el.selected).to.equal(null);
    expect(el.cy!.zoom()).to.equal(before.zoom);
    expect(el.cy!.pan()).to.deep.equal(before.pan);
  });

  it('Enter goes into the panel at its heading; Escape there goes back to the map with the claim still selected', async () => {
    const el = await mountShipped();
    const graph = el.shadowRoot!.querySelector<HTMLElement>('.graph')!;
    graph.focus();
    await sendKeys({ press: 'Home' });
    await settle(el);
    const claim = el.selected;
    expect(claim).to.be.a('string');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.selected, 'Enter keeps the panel open').to.equal(claim);
    const panel = el.shadowRoot!.querySelector('claim-panel')!;
    expect(el.shadowRoot!.activeElement).to.equal(panel);
    expect(panel.shadowRoot!.activeElement?.id).to.equal('claim-text');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(graph);
    expect(el.selected, 'Escape in the panel keeps the selection').to.equal(claim);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.selected, 'a second Escape, on the map, clears it').to.equal(null);
  });
});

describe('<argument-map> arrow keys follow the map\'s structure', () => {
  const smallMap = new URL('../fixtures/small.md', import.meta.url).href;

  async function press(el: ArgumentMapElement, key: string): Promise<string | null> {
    await sendKeys({ press: key });
    await el.updateComplete;
    return el.selected;
  }

  it('in a map that grows down: Up to the claim argued about, Down to the first answer, Left and Right across', async () => {
    const { el } = await mapElement(html`<argument-map src=${smallMap} selected="homework-helps"></argument-map>`);
    el.shadowRoot!.querySelector<HTMLElement>('.graph')!.focus();
    expect(await press(el, 'ArrowDown')).to.equal('trial-self-selected');
    expect(await press(el, 'ArrowUp')).to.equal('homework-helps');
    expect(await press(el, 'ArrowUp')).to.equal('school-thesis');
    // The thesis's two answers, in the order they are drawn from left to right.
    const [first, second] = ['homework-steals-time', 'homework-helps'].sort((a, b) => el.cy!.$id(a).position('x') - el.cy!.$id(b).position('x'));
    el.selected = first;
    await el.updateComplete;
    expect(await press(el, 'ArrowRight')).to.equal(second);
    expect(await press(el, 'ArrowLeft')).to.equal(first);
  });

  it('in a map that grows right: Left to the claim argued about, Right to the first answer', async () => {
    const { el } = await mapElement(html`<argument-map src=${smallMap} layout="tree-right" selected="homework-helps"></argument-map>`);
    el.shadowRoot!.querySelector<HTMLElement>('.graph')!.focus();
    expect(await press(el, 'ArrowRight')).to.equal('trial-self-selected');
    expect(await press(el, 'ArrowLeft')).to.equal('homework-helps');
    expect(await press(el, 'ArrowLeft')).to.equal('school-thesis');
  });

  it('a search says in a live region how many claims match', async () => {
    const { el } = await mapElement(html`<argument-map src=${smallMap}></argument-map>`);
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    expect(status.textContent!.trim()).to.equal('');
    el.search = 'homework';
    await el.updateComplete;
    expect(status.textContent!.trim()).to.match(/^\d+ claims match$/);
    el.search = 'trial';
    await el.updateComplete;
    expect(status.textContent!.trim()).to.equal('1 claim matches');
    el.search = 'zebra';
    await el.updateComplete;
    expect(status.textContent!.trim()).to.equal('No claims match');
  });
});
