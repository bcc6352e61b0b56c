import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { ClaimSelectEvent } from '../../src/components/argument-map/events.js';
import type { ArgumentMap } from '../../src/model/types.js';
import { fixtureUrl, mapElement, nextFrames, panelOf, screenPointOf } from './helpers.js';

const claimNodes = (el: HTMLElement & { cy?: import('cytoscape').Core }) => el.cy!.nodes('.claim');
const shownClaims = (el: HTMLElement & { cy?: import('cytoscape').Core }) =>
  el.cy!.nodes('.claim').filter((n) => !n.hasClass('hidden')).map((n) => n.id()).sort();

describe('<argument-map> renders a map from every kind of input', () => {
  it('from a Markdown file given as src: one node per claim, one edge per relation', async () => {
    const { el, detail } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')}></argument-map>`);
    expect(detail.map.claims).to.have.length(4);
    expect(claimNodes(el).length).to.equal(4);
    expect(el.cy!.edges().length).to.equal(3);
    expect(el.cy!.$id('homework-helps').data('label')).to.equal('Homework raises test scores.');
    expect(el.cy!.edges('.attacks').length).to.equal(2);
    expect(el.shadowRoot!.querySelector('[part=legend]')!.textContent).to.contain('supports').and.contain('attacks');
  });

  it('from the JSON that argmap build writes', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.json')}></argument-map>`);
    expect(claimNodes(el).length).to.equal(4);
    expect(el.cy!.edges().length).to.equal(3);
  });

  it('from an index listing several Markdown files', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small-index.json')}></argument-map>`);
    expect(claimNodes(el).length).to.equal(4);
  });

  it('from the map property', async () => {
    const map = (await (await fetch(fixtureUrl('small.json'))).json()) as ArgumentMap;
    const { el } = await mapElement(html`<argument-map .map=${map}></argument-map>`);
    expect(claimNodes(el).map((n) => n.id())).to.have.members(map.claims.map((c) => c.id));
  });

  it('from Markdown written between its tags', async () => {
    const { el } = await mapElement(html`<argument-map><script type="text/markdown">
      # t: Is it?

      ## yes: It is.

      > It is.
      >
      > — s

      ## no: It is not.

      - attacks: yes

      > It is not.
      >
      > — s

      # Sources

      ## s: A source
    </script></argument-map>`);
    expect(claimNodes(el).map((n) => n.id())).to.deep.equal(['yes', 'no']);
    expect(el.cy!.edges('.attacks').length).to.equal(1);
  });

  it('places the thesis above the claims that argue about it, without overlapping nodes', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')}></argument-map>`);
    const y = (id: string) => el.cy!.$id(id).position().y;
    expect(y('school-thesis')).to.be.below(y('homework-helps'));
    expect(y('homework-helps')).to.be.below(y('trial-self-selected'));
    const boxes = claimNodes(el).map((n) => n.boundingBox());
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
        expect(overlap, `nodes ${i} and ${j} overlap`).to.equal(false);
      }
    }
  });
});

describe('<argument-map> selection', () => {
  it('a click on a claim opens the panel with its text, quotes, source, stance and neighbours, and fires claim-select', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')}></argument-map>`);
    const selected = oneEvent(el, 'claim-select') as Promise<ClaimSelectEvent>;
    const [x, y] = screenPointOf(el, 'homework-helps');
    await sendMouse({ type: 'click', position: [x, y] });
    const event = await selected;
    expect(event.detail.id).to.equal('homework-helps');
    expect(event.detail.claim!.text).to.equal('Homework raises test scores.');
    expect(el.getAttribute('selected')).to.equal('homework-helps');
    await el.updateComplete;
    await nextFrames();
    const panel = panelOf(el)!;
    expect(panel.querySelector('h2')!.textContent).to.equal('Homework raises test scores.');
    expect(panel.querySelector('blockquote')!.textContent).to.contain('Pupils with homework scored higher on the national tests.');
    const caption = panel.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ');
    expect(caption).to.contain('A study of homework').and.contain('news report').and.contain('reports both sides');
    expect(panel.textContent).to.contain('Against the thesis');
    const attackers = [...panel.querySelectorAll<HTMLButtonElement>('button.attacks')].map((b) => b.textContent);
    expect(attackers).to.include('The schools in the trial chose themselves.');
  });

  it('the panel says whose words a quote is', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')} selected="homework-steals-time"></argument-map>`);
    await nextFrames();
    const speaker = panelOf(el)!.querySelector('.speaker')!;
    expect(speaker.getAttribute('data-speech')).to.equal('reported');
    expect(speaker.textContent!.replace(/\s+/g, ' ')).to.equal('— Jane Doe, as reported by “A study of homework”');
  });

  it('a neighbour in the panel is a link to that claim', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')} selected="homework-helps"></argument-map>`);
    await nextFrames();
    const selected = oneEvent(el, 'claim-select') as Promise<ClaimSelectEvent>;
    panelOf(el)!.querySelector<HTMLButtonElement>('button[data-claim="trial-self-selected"]')!.click();
    expect((await selected).detail.id).to.equal('trial-self-selected');
    await el.updateComplete;
    expect(panelOf(el)!.querySelector('h2')!.textContent).to.equal('The schools in the trial chose themselves.');
  });

  it('the keyboard moves between claims and Escape clears the selection', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')}></argument-map>`);
    el.shadowRoot!.querySelector<HTMLElement>('.graph')!.focus();
    let selected = oneEvent(el, 'claim-select') as Promise<ClaimSelectEvent>;
    await sendKeys({ press: 'ArrowDown' });
    expect((await selected).detail.id).to.equal('school-thesis');
    selected = oneEvent(el, 'claim-select') as Promise<ClaimSelectEvent>;
    await sendKeys({ press: 'ArrowDown' });
    const below = (await selected).detail.id!;
    expect(['homework-steals-time', 'homework-helps']).to.include(below);
    await el.updateComplete;
    expect(panelOf(el)!.querySelector('h2')!.textContent).to.equal(el.cy!.$id(below).data('label'));
    selected = oneEvent(el, 'claim-select') as Promise<ClaimSelectEvent>;
    await sendKeys({ press: 'Escape' });
    expect((await selected).detail.id).to.equal(null);
    await el.updateComplete;
    expect(panelOf(el)).to.equal(null);
  });

  it('does not fire claim-select when a page sets the selected property', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')}></argument-map>`);
    let fired = false;
    el.addEventListener('claim-select', () => (fired = true));
    el.selected = 'homework-helps';
    await el.updateComplete;
    await nextFrames();
    expect(fired).to.equal(false);
    expect(el.cy!.$id('homework-helps').selected()).to.equal(true);
  });
});

describe('<argument-map> which claims stand', () => {
  it('labels the selected claim by grounded semantics and updates at once when the user rejects its attacker', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')} selected="homework-helps"></argument-map>`);
    await el.updateComplete;
    expect(panelOf(el)!.querySelector('.label')!.textContent).to.equal('Answered');
    el.selected = 'trial-self-selected';
    await el.updateComplete;
    await el.shadowRoot!.querySelector('claim-panel')!.updateComplete;
    expect(panelOf(el)!.querySelector('.label')!.textContent).to.equal('Stands');
    const reject = [...panelOf(el)!.querySelectorAll<HTMLButtonElement>('button.assume')].find((b) => b.textContent === 'Reject')!;
    reject.click();
    await el.updateComplete;
    await el.shadowRoot!.querySelector('claim-panel')!.updateComplete;
    expect(reject.getAttribute('aria-pressed')).to.equal('true');
    expect(el.state.$labels.get().get('trial-self-selected')).to.equal('out');
    expect(el.state.$labels.get().get('homework-helps')).to.equal('in');
    expect(el.state.$labels.get().get('school-thesis')).to.equal('out');
  });
});

describe('<argument-map> themes', () => {
  it('dark on request, light on request, and CSS custom properties win over both', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')} theme="dark"></argument-map>`);
    const token = (name: string) => getComputedStyle(el).getPropertyValue(name).trim();
    expect(token('--_background')).to.equal('#161b21');
    el.theme = 'light';
    await el.updateComplete;
    expect(token('--_background')).to.equal('#ffffff');
    el.style.setProperty('--argument-map-background', 'rgb(1, 2, 3)');
    expect(token('--_background')).to.equal('rgb(1, 2, 3)');
  });
});

describe('<argument-map> exports', () => {
  it('the graph as PNG and as SVG, and the shown part of the map as a map', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')}></argument-map>`);
    const png = await el.exportImage('png');
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.be.greaterThan(300);
    const svg = await (await el.exportImage('svg')).text();
    expect(svg).to.contain('<svg').and.contain('Homework raises test');
    el.thread = 'school';
    el.focusClaim = '';
    const shown = el.shownMap()!;
    expect(shown.claims.map((c) => c.id)).to.have.members(['school-thesis', 'homework-steals-time', 'homework-helps', 'trial-self-selected']);
    expect(shown.sources.map((s) => s.id)).to.deep.equal(['study']);
  });
});

describe('<argument-map> colours', () => {
  it('colour-by status shows which claims stand, and follows the user\'s assumptions', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')} color-by="status"></argument-map>`);
    await nextFrames();
    const fill = (id: string) => el.cy!.$id(id).style('background-color');
    expect(fill('homework-helps')).to.equal('rgb(226,226,226)');
    expect(fill('trial-self-selected')).to.equal('rgb(205,235,208)');
    el.assumptions = { rejected: ['trial-self-selected'], conceded: [] };
    await nextFrames();
    expect(fill('homework-helps')).to.equal('rgb(205,235,208)');
    expect(fill('school-thesis')).to.equal('rgb(226,226,226)');
    expect(el.shadowRoot!.querySelector('[part=legend]')!.textContent).to.contain('stands').and.contain('answered');
  });
});

describe('<argument-map> filters', () => {
  it('thread shows only that thread', async () => {
    const twoThreads = `${await (await fetch(fixtureUrl('small.md'))).text()}\n# other: Another question?\n\n## other-thesis: Another thesis.\n\n> A study of homework.\n>\n> — study\n`;
    const { el } = await mapElement(html`<argument-map><script type="text/markdown">${twoThreads}</script></argument-map>`);
    expect(shownClaims(el)).to.have.length(5);
    el.thread = 'other';
    await el.updateComplete;
    await nextFrames();
    expect(shownClaims(el)).to.deep.equal(['other-thesis']);
  });

  it('search highlights the claims whose text or quotes match', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')} search="national tests"></argument-map>`);
    await nextFrames();
    expect(el.cy!.nodes('.match').map((n) => n.id())).to.deep.equal(['homework-helps']);
  });

  it('focus fades everything beyond the chosen depth', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')} focus-claim="trial-self-selected" focus-depth="1"></argument-map>`);
    await nextFrames();
    const faded = el.cy!.nodes('.claim.faded').map((n) => n.id()).sort();
    expect(faded).to.deep.equal(['homework-steals-time', 'school-thesis']);
  });

  it('the outline view lists the same claims as nested lists', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')} view="outline"></argument-map>`);
    await el.updateComplete;
    const outline = el.shadowRoot!.querySelector('map-outline')!;
    await outline.updateComplete;
    const items = [...outline.shadowRoot!.querySelectorAll('button[data-claim]')].map((b) => b.getAttribute('data-claim'));
    expect(items).to.deep.equal(['school-thesis', 'homework-steals-time', 'homework-helps', 'trial-self-selected']);
  });
});

describe('<argument-map> errors', () => {
  it('a 404 shows the error in the element and fires map-error', async () => {
    const { el, detail } = await mapElement(html`<argument-map src=${fixtureUrl('missing.md')}></argument-map>`, 'map-error');
    expect(detail.message).to.contain('404');
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[part=status]')!;
    expect(status.getAttribute('role')).to.equal('alert');
    expect(status.textContent).to.contain('could not load').and.contain('missing.md').and.contain('404');
  });

  it('a malformed map shows each error as file:line: message', async () => {
    const { el, detail } = await mapElement(html`<argument-map><script type="text/markdown">
      # t: T?

      ## a: A.

      - supports: nowhere
    </script></argument-map>`, 'map-error');
    expect(detail.diagnostics.some((d: { code: string }) => d.code === 'unknown-claim')).to.equal(true);
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[part=status]')!;
    expect(status.textContent).to.contain('inline:5:1: error: "supports: nowhere" names unknown claim "nowhere"');
    expect(status.querySelector('.excerpt')!.textContent).to.equal('5 | - supports: nowhere');
  });

  it('a newer src wins over a slower older one', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')}></argument-map>`);
    el.src = fixtureUrl('small-index.json');
    await el.updateComplete;
    el.src = fixtureUrl('missing.md');
    await oneEvent(el, 'map-error');
    await nextFrames();
    expect(el.state.$status.get().state).to.equal('error');
  });
});
