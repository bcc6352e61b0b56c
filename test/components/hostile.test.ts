import { expect, html } from '@open-wc/testing';
import type { ArgumentMapElement } from '../../src/components/argument-map/argument-map.js';
import { fixtureUrl, mapElement, nextFrames, panelOf } from './helpers.js';

declare global {
  interface Window {
    __xss?: string;
  }
}

const ACTIVE_ELEMENTS = 'script, iframe, img, style, form, input, button:not(.close):not([data-claim]):not(.assume), svg, math, object, embed, details, video, audio, source, link, meta, base, textarea';

/** Clicks every link in `root` without leaving the test page, and returns their hrefs. */
function clickEveryLink(root: ShadowRoot): (string | null)[] {
  const hrefs: (string | null)[] = [];
  const stayHere = (event: Event) => {
    const href = (event.target as Element).closest('a')?.getAttribute('href') ?? '';
    if (/^https?:/i.test(href)) event.preventDefault();
  };
  root.addEventListener('click', stayHere, { capture: true });
  for (const link of root.querySelectorAll('a')) {
    hrefs.push(link.getAttribute('href'));
    link.click();
  }
  root.removeEventListener('click', stayHere, { capture: true });
  return hrefs;
}

function expectInert(root: ShadowRoot) {
  expect(root.querySelectorAll(ACTIVE_ELEMENTS).length, root.innerHTML).to.equal(0);
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      expect(attribute.name.startsWith('on'), `${element.tagName} ${attribute.name}`).to.equal(false);
      expect(attribute.name).to.not.equal('style');
    }
  }
  for (const link of root.querySelectorAll('a[href]')) {
    expect(link.getAttribute('href')).to.match(/^(https?:|mailto:)/i);
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
  }
}

async function showEveryClaim(el: ArgumentMapElement, visit: (panel: ShadowRoot) => void) {
  for (const claim of el.state.$map.get()!.map.claims) {
    el.selected = claim.id;
    await el.updateComplete;
    const panel = panelOf(el)!;
    await (el.shadowRoot!.querySelector('claim-panel') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    visit(panel);
  }
}

describe('hostile maps render inert', () => {
  beforeEach(() => {
    delete window.__xss;
  });

  for (const name of ['links.md', 'html.md', 'mxss.md']) {
    it(`${name}: nothing runs, no active element or handler survives, every link is http(s)`, async () => {
      const { el } = await mapElement(html`<argument-map src=${fixtureUrl(`hostile/${name}`)}></argument-map>`);
      const hrefs: (string | null)[] = [];
      await showEveryClaim(el, (panel) => {
        expectInert(panel);
        hrefs.push(...clickEveryLink(panel));
      });
      el.view = 'outline';
      await el.updateComplete;
      const outline = el.shadowRoot!.querySelector('map-outline')!;
      await outline.updateComplete;
      expectInert(outline.shadowRoot!);
      await new Promise((r) => setTimeout(r, 200));
      await nextFrames();
      expect(window.__xss).to.equal(undefined);
      for (const href of hrefs) expect(href === null || /^(https?:|mailto:)/i.test(href), String(href)).to.equal(true);
    });
  }

  it('keeps the safe links and drops every script URL', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('hostile/links.md')} selected="plain-js"></argument-map>`);
    await el.updateComplete;
    const quote = panelOf(el)!.querySelector('blockquote')!;
    const links = [...quote.querySelectorAll('a')];
    expect(links.filter((a) => a.hasAttribute('href')).map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.org/ok',
      'https://example.org/auto',
    ]);
    expect(quote.textContent).to.contain('click').and.contain('raw anchor');
  });

  it('shows hostile titles and URLs as text', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('hostile/links.md')} selected="plain-js"></argument-map>`);
    await el.updateComplete;
    const caption = panelOf(el)!.querySelector('figcaption')!;
    expect(caption.textContent).to.contain(`<img src=x onerror="window.__xss='source-title'">`);
    expect(caption.querySelector('a')).to.equal(null);
    const { el: htmlMap } = await mapElement(html`<argument-map src=${fixtureUrl('hostile/html.md')} selected="raw-html"></argument-map>`);
    await htmlMap.updateComplete;
    expect(panelOf(htmlMap)!.querySelector('h2')!.textContent).to.contain("<script>window.__xss='claim-title'</script>");
    expect(htmlMap.cy!.$id('raw-html').data('label')).to.contain('<script>');
  });
});
