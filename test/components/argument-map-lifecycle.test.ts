import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ArgumentMapElement } from '../../src/components/argument-map/argument-map.js';
import type { ClaimSelectEvent } from '../../src/components/argument-map/events.js';
import { fixtureUrl, mapElement, nextFrames, panelOf } from './helpers.js';

const CLAIMS = ['homework-helps', 'homework-steals-time', 'school-thesis', 'trial-self-selected'];

async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The element draws its claims again (a new view after a move). */
async function drawsClaims(el: ArgumentMapElement): Promise<void> {
  await until(() => !!el.cy && !el.cy.destroyed() && el.cy.nodes('.claim').length === 4, 'the claims drawn');
  expect(el.cy!.nodes('.claim').map((n) => n.id()).sort()).to.deep.equal(CLAIMS);
}

/** A tap on a claim selects it and fires claim-select; Home from the keyboard selects the thesis. */
async function answers(el: ArgumentMapElement): Promise<void> {
  el.selected = null;
  await el.updateComplete;
  const selected = oneEvent(el, 'claim-select') as Promise<ClaimSelectEvent>;
  el.cy!.$id('homework-helps').emit('tap');
  expect((await selected).detail.id).to.equal('homework-helps');
  expect(el.selected).to.equal('homework-helps');
  const graph = el.shadowRoot!.querySelector<HTMLElement>('.graph')!;
  const keyed = oneEvent(el, 'claim-select') as Promise<ClaimSelectEvent>;
  graph.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
  expect((await keyed).detail.id).to.equal('school-thesis');
  expect(el.selected).to.equal('school-thesis');
}

describe('<argument-map> moved in the DOM keeps drawing and answering', () => {
  it('removed and appended again', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')}></argument-map>`);
    const parent = el.parentElement!;
    el.remove();
    await nextFrames();
    // Out of the page it holds no graph (nor observers, nor listeners) that would keep it alive.
    expect(el.cy).to.equal(undefined);
    parent.append(el);
    await drawsClaims(el);
    await answers(el);
  });

  it('moved to another parent, twice in one task (as React re-parents)', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')}></argument-map>`);
    const other = await fixture<HTMLDivElement>(html`<div style="width: 800px; height: 500px"></div>`);
    const third = await fixture<HTMLDivElement>(html`<div style="width: 800px; height: 500px"></div>`);
    other.append(el);
    third.append(el);
    await drawsClaims(el);
    await answers(el);
    expect(el.getBoundingClientRect().width).to.equal(800);
  });

  it('adopted into an iframe\'s document, and back', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')}></argument-map>`);
    const home = el.parentElement!;
    const iframe = await fixture<HTMLIFrameElement>(html`<iframe style="width: 900px; height: 600px"></iframe>`);
    const doc = iframe.contentDocument!;
    const ElementClass = customElements.get('argument-map')!;
    iframe.contentWindow!.customElements.define('argument-map', class extends ElementClass {});
    doc.body.style.margin = '0';
    doc.body.append(doc.adoptNode(el));
    el.style.height = '500px';
    await drawsClaims(el);
    await answers(el);
    expect(el.ownerDocument).to.equal(doc);
    // Its styles came along: the frame fills the element, the graph has a size.
    const base = el.shadowRoot!.querySelector('.base')!;
    expect(iframe.contentWindow!.getComputedStyle(base).position).to.equal('absolute');
    expect(el.shadowRoot!.querySelector('.graph')!.getBoundingClientRect().height).to.be.greaterThan(100);
    home.append(document.adoptNode(el));
    await drawsClaims(el);
    await answers(el);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.base')!).position).to.equal('absolute');
    expect(getComputedStyle(el.shadowRoot!.querySelector('claim-panel')!.shadowRoot!.querySelector('.base')!).overflow).to.equal('auto');
  });

  it('moved into a document made by createHTMLDocument, and back', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')}></argument-map>`);
    const home = el.parentElement!;
    const inert = document.implementation.createHTMLDocument('elsewhere');
    inert.body.append(inert.adoptNode(el));
    await nextFrames();
    home.append(document.adoptNode(el));
    await drawsClaims(el);
    await answers(el);
    el.selected = 'homework-helps';
    await el.updateComplete;
    expect(panelOf(el)?.textContent).to.contain('Homework raises test scores.');
  });
});

describe('<argument-map> on a page with its own text styles', () => {
  it('an ancestor\'s text-align, line-height and letter-spacing shift neither the graph nor the panel', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="text-align: center; line-height: 3; letter-spacing: 4px; white-space: pre; font-size: 30px; word-spacing: 20px"></div>`);
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')} selected="school-thesis"></argument-map>`);
    page.append(el.parentElement!);
    await drawsClaims(el);
    await nextFrames();
    const box = el.getBoundingClientRect();
    const graphBox = el.shadowRoot!.querySelector('.graph')!.getBoundingClientRect();
    const thesis = el.cy!.$id('school-thesis').renderedBoundingBox({});
    expect(graphBox.left + thesis.x1).to.be.at.least(box.left);
    expect(graphBox.left + thesis.x2).to.be.at.most(box.right);
    expect(graphBox.top + thesis.y1).to.be.at.least(box.top);
    expect(graphBox.top + thesis.y2).to.be.at.most(box.bottom);
    // The canvases sit at the container's left edge, not centred in it.
    for (const canvas of el.shadowRoot!.querySelectorAll('.graph canvas')) {
      expect(canvas.getBoundingClientRect().left).to.equal(graphBox.left);
    }
    const heading = panelOf(el)!.querySelector('h2')!;
    const style = getComputedStyle(heading);
    expect(['left', 'start']).to.include(style.textAlign);
    expect(style.letterSpacing).to.equal('normal');
    expect(style.whiteSpace).to.equal('normal');
    expect(getComputedStyle(el).lineHeight).to.equal('normal');
  });
});

describe('<argument-map> loading', () => {
  it('a new src while the previous load is in flight never shows the old map', async () => {
    const slow = fixtureUrl('small.md');
    const fast = fixtureUrl('case-uniforms.md');
    const realFetch = window.fetch;
    let slowDone!: () => void;
    const slowFinished = new Promise<void>((r) => { slowDone = r; });
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url === slow) {
        // Answers after the fast one, ignoring the abort as a slow server might.
        await new Promise((r) => setTimeout(r, 400));
        const response = await realFetch(url);
        slowDone();
        return response;
      }
      return realFetch(input, init);
    };
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px; height: 500px"></div>`);
      const loads: string[] = [];
      wrapper.addEventListener('map-load', (e) => loads.push((e as CustomEvent).detail.map.claims.map((c: { id: string }) => c.id).join()));
      const el = document.createElement('argument-map');
      el.src = slow;
      wrapper.append(el);
      await el.updateComplete;
      el.src = fast;
      await oneEvent(wrapper, 'map-load');
      await slowFinished;
      await new Promise((r) => setTimeout(r, 100));
      expect(loads).to.have.length(1);
      expect(el.state.$status.get().state).to.equal('loaded');
      expect(el.src).to.equal(fast);
      const shown = el.state.$map.get()!.map.claims.map((c) => c.id);
      expect(shown).to.not.include('school-thesis');
      expect(loads[0]).to.equal(shown.join());
      expect(el.cy!.$id('school-thesis').length).to.equal(0);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('nothing loads from render: rendering again does not fetch', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')}></argument-map>`);
    const realFetch = window.fetch;
    let fetches = 0;
    window.fetch = (...args: Parameters<typeof fetch>) => { fetches++; return realFetch(...args); };
    try {
      el.requestUpdate();
      el.thread = 'school';
      await el.updateComplete;
      await nextFrames();
      expect(fetches).to.equal(0);
    } finally {
      window.fetch = realFetch;
    }
  });
});
