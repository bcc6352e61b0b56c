import { expect, fixture, html } from '@open-wc/testing';
import '../../src/explorer/explorer-app.js';
import type { ArgumentExplorer } from '../../src/explorer/explorer-app.js';
import type { ArgumentMapElement } from '../../src/components/argument-map/argument-map.js';
import { until } from '../helpers/until.js';

const MAP = `# t: Is it so?

## yes: It is so.

> It is so.
>
> — s

# Sources

## s: The official record

- url: https://example.org/record
`;

async function openExplorer(src: string, state: 'loaded' | 'error') {
  const explorer = await fixture<ArgumentExplorer>(html`<argument-explorer default-src=${src} style="display:grid;height:700px"></argument-explorer>`);
  const map = explorer.shadowRoot!.querySelector('argument-map') as ArgumentMapElement;
  await until(() => map.state.$status.get().state === state, `the map ${state}`);
  await explorer.updateComplete;
  return { explorer, map };
}

const banner = (explorer: ArgumentExplorer) => explorer.shadowRoot!.querySelector<HTMLElement>('.origin-banner');

describe('the explorer says where its map comes from', () => {
  let realFetch: typeof fetch | undefined;
  afterEach(() => {
    if (realFetch) window.fetch = realFetch;
    realFetch = undefined;
  });

  it("shows no banner for this site's own map", async () => {
    const { explorer } = await openExplorer(new URL('../fixtures/small.md', import.meta.url).href, 'loaded');
    expect(banner(explorer)).to.equal(null);
  });

  it('a map from another site: a banner above the map names the site; the map is shown', async () => {
    realFetch = window.fetch;
    const fetchNormally = realFetch;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      String(input).startsWith('https://example.org/') ? Promise.resolve(new Response(MAP)) : fetchNormally(input, init)) as typeof fetch;
    const { explorer, map } = await openExplorer('https://example.org/map.md', 'loaded');
    const shown = banner(explorer)!;
    expect(shown.textContent!.replace(/\s+/g, ' ')).to.contain('This map comes from https://example.org — not from this site.');
    expect(shown.getBoundingClientRect().height).to.be.above(10);
    const mapTop = map.getBoundingClientRect().top;
    expect(shown.getBoundingClientRect().bottom).to.be.at.most(mapTop + 1);
    await until(() => map.cy!.nodes('.claim').length === 1, 'the claim drawn');
  });

  it('a map from another site that fails to load: the banner and the error', async () => {
    const { explorer, map } = await openExplorer('http://127.0.0.1:9/map.md', 'error');
    expect(banner(explorer)!.textContent).to.contain('http://127.0.0.1:9');
    expect(map.shadowRoot!.querySelector('[part=status]')!.getAttribute('role')).to.equal('alert');
  });

  it('refuses a map carried in a data: URL, with a visible error', async () => {
    const { map } = await openExplorer(`data:text/markdown,${encodeURIComponent(MAP)}`, 'error');
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('[part=status]')!.textContent).to.contain('not loaded from a data: URL');
    expect(map.cy!.nodes().length).to.equal(0);
  });
});
