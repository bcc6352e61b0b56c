import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import 'axe-core/axe.min.js';
import '../../src/explorer/explorer-app.js';
import type { ArgumentMapElement } from '../../src/components/argument-map/argument-map.js';
import type { ArgumentExplorer } from '../../src/explorer/explorer-app.js';
import { until } from '../helpers/until.js';

/** axe-core's UMD build sets `window.axe` when imported as a script. */
const axe = (window as unknown as { axe: { run(context: Node, options: RunOptions): Promise<AxeResults> } }).axe;
const shipped = new URL('../../arguments/index.json', import.meta.url).href;
const broken = new URL('../fixtures/broken.md', import.meta.url).href;

async function openExplorer(hash: string, { src = shipped, height = '100vh', state = 'loaded' }: { src?: string; height?: string; state?: 'loaded' | 'error' } = {}) {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  const explorer = await fixture<ArgumentExplorer>(html`<argument-explorer default-src=${src} style="display:grid;height:${height}"></argument-explorer>`);
  const map = explorer.shadowRoot!.querySelector('argument-map') as ArgumentMapElement;
  await until(() => map.state.$status.get().state === state, `the map ${state}`);
  await explorer.updateComplete;
  if (state === 'loaded' && map.view === 'graph') await until(() => map.cy!.nodes(':visible').nonempty(), 'the claims drawn');
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { explorer, map };
}

function describeViolations(results: AxeResults): string {
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');
}

describe('the first view, on the shipped map', () => {
  before(async () => {
    // As index.html has them: the test page's own lack would be every state's violation.
    document.title = 'argument-map';
    document.documentElement.lang = 'en';
    await setViewport({ width: 1280, height: 800 });
  });
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));
  after(() => emulateMedia({ colorScheme: 'light' }));

  it('shows every claim of the opening thread at 12px or more on a 1280×800 screen', async () => {
    const { map } = await openExplorer('');
    const cy = map.cy!;
    const extent = cy.extent();
    const claims = cy.nodes('.claim:visible');
    expect(claims.length).to.be.greaterThan(10);
    for (const claim of claims.toArray()) {
      const box = claim.boundingBox();
      expect(box.x1 >= extent.x1 && box.x2 <= extent.x2 && box.y1 >= extent.y1 && box.y2 <= extent.y2, `${claim.id()} in view`).to.equal(true);
      expect(parseFloat(claim.style('font-size')) * cy.zoom(), `${claim.id()} label size`).to.be.at.least(12);
    }
  });

  it('tells claims for the thesis from those against it by more than colour', async () => {
    const { map } = await openExplorer('');
    const cy = map.cy!;
    const pro = cy.nodes('.claim.pro').first();
    const con = cy.nodes('.claim.con').first();
    expect(pro.nonempty() && con.nonempty()).to.equal(true);
    expect(pro.style('border-style')).not.to.equal(con.style('border-style'));
    expect(pro.style('background-color')).not.to.equal(con.style('background-color'));
  });

  it('names the question in the heading and says what the thread holds', async () => {
    const { explorer } = await openExplorer('');
    const root = explorer.shadowRoot!;
    expect(root.querySelector('h1')!.textContent).to.contain('?');
    expect(root.querySelector('.summary')!.textContent).to.match(/\d+ claims say yes · \d+ says? no · \d+ quotes from \d+ articles/);
  });

  it('disables the tools that need a map when the map cannot be shown', async () => {
    const { explorer } = await openExplorer('', { src: broken, state: 'error' });
    const root = explorer.shadowRoot!;
    for (const name of ['Search claims and quotes', 'Colour by', 'Export']) {
      expect(root.querySelector<HTMLInputElement>(`[aria-label="${name}"]`)!.disabled, name).to.equal(true);
    }
    expect([...root.querySelectorAll('button')].find((b) => b.textContent === 'See both sides')!.disabled).to.equal(true);
  });

  it('is no wider than a 390px phone screen', async () => {
    await setViewport({ width: 390, height: 844 });
    try {
      await openExplorer('');
      expect(document.documentElement.scrollWidth).to.be.at.most(390);
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    describe(`has no accessibility violations (axe-core), ${scheme}`, () => {
      before(() => emulateMedia({ colorScheme: scheme }));
      const states: [string, string, { src?: string; state?: 'error' }?][] = [
        ['the first view', ''],
        ['a claim selected, with its panel', '#claim=sanctions-thesis'],
        ['the outline', '#view=outline'],
        ['the case', '#tool=case'],
        ['coloured by strength', '#color=strength&claim=sanctions-thesis'],
        ['the sources', '#tool=sources'],
        ['an article', '#tool=articles'],
        ['the editor', '#tool=edit&claim=sanctions-thesis'],
        ['the error page', '', { src: broken, state: 'error' }],
      ];
      for (const [name, hash, options] of states) {
        it(name, async () => {
          const { explorer } = await openExplorer(hash, options);
          if (hash.includes('tool=edit')) {
            await until(() => explorer.shadowRoot!.querySelector('map-editor')?.shadowRoot?.querySelector('.cm-editor .tok-heading'), 'the text editor');
          }
          const results = await axe.run(document, { resultTypes: ['violations'] });
          expect(describeViolations(results)).to.equal('');
        });
      }
    });
  }
});
