import { expect, html } from '@open-wc/testing';
import type { ArgumentMapElement } from '../../src/components/argument-map/argument-map.js';
import { sourceLinkUrl } from '../../src/components/shared/source-link.js';
import { foreignOrigin, MapUrlPolicy } from '../../src/load/map-url-policy.js';
import { fixtureUrl, mapElement, panelOf } from './helpers.js';

const MAP = `# t: Is it so?

## yes: It is so.

> It is so.
>
> — s

# Sources

## s: The official record

- url: https://example.org/record
`;

/** A few more claims, for an index that pulls one file from another site. */
const MORE = `# more: Is there more?

## more-yes: There is more.

> There is more.
>
> — more-source

# Sources

## more-source: More
`;

const dataUrl = (text: string) => `data:text/markdown,${encodeURIComponent(text)}`;

/** `fetch`, answering for https://example.org as if that site served `files` with CORS allowed. */
function serveForeignSite(files: Record<string, string>) {
  const realFetch = window.fetch;
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== 'https://example.org') return realFetch(input, init);
    const text = files[url.pathname];
    return text === undefined ? new Response('not found', { status: 404 }) : new Response(text, { headers: { 'content-type': 'text/markdown' } });
  }) as typeof fetch;
  return () => {
    window.fetch = realFetch;
  };
}

const originNote = (el: ArgumentMapElement) => el.shadowRoot!.querySelector<HTMLElement>('[part=origin]');
const statusText = (el: ArgumentMapElement) => el.shadowRoot!.querySelector('[part=status]')?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('the URL policy for maps', () => {
  const page = { origin: 'https://maps.example', protocol: 'https:' };

  it('refuses data:, blob:, javascript: and file: URLs unless data URLs are allowed, and notes foreign origins', () => {
    const policy = new MapUrlPolicy({}, page);
    expect(policy.refusal(new URL('data:text/markdown,%23%20t%3A%20Q'))).to.contain('data: URL');
    expect(policy.refusal(new URL('blob:https://maps.example/1234'))).to.contain('blob: URL');
    expect(policy.refusal(new URL('javascript:alert(1)'))).to.contain('javascript: URL');
    expect(policy.refusal(new URL('file:///etc/passwd'))).to.contain('file: URL');
    expect(policy.refusal(new URL('https://maps.example/arguments/index.json'))).to.equal(undefined);
    expect(policy.refusal(new URL('https://example.org/map.md'))).to.equal(undefined);
    expect(policy.refusal(new URL('http://maps.example/map.md'))).to.equal(undefined);
    expect([...policy.foreignOrigins]).to.deep.equal(['https://example.org', 'http://maps.example']);
    const open = new MapUrlPolicy({ allowDataUrls: true }, page);
    expect(open.refusal(new URL('data:text/markdown,%23%20t%3A%20Q'))).to.equal(undefined);
    expect(open.refusal(new URL('javascript:alert(1)'))).to.contain('javascript: URL');
    expect([...open.foreignOrigins]).to.deep.equal([]);
    expect(foreignOrigin(new URL('https://maps.example/x.md'), page.origin)).to.equal(undefined);
  });

  it("links a source only to an http(s) URL outside this site's sources folder", () => {
    const here = location.origin;
    expect(sourceLinkUrl('https://example.org/record')).to.equal('https://example.org/record');
    expect(sourceLinkUrl(`${here}/sources/page.html`)).to.equal(undefined);
    expect(sourceLinkUrl(`${here}/site/sources/page.html`)).to.equal(undefined);
    expect(sourceLinkUrl(`${here}/site/%73ources%2Fpage.html`)).to.equal(undefined);
    expect(sourceLinkUrl(`${here}/Sources/page.html`)).to.equal(undefined);
    expect(sourceLinkUrl('https://example.org/sources/page.html')).to.equal('https://example.org/sources/page.html');
    expect(sourceLinkUrl(`${here}/about.html`)).to.equal(`${here}/about.html`);
    expect(sourceLinkUrl('/sources/page.html')).to.equal(undefined);
    expect(sourceLinkUrl('javascript:alert(1)')).to.equal(undefined);
    expect(sourceLinkUrl('data:text/html,<script>1</script>')).to.equal(undefined);
  });
});

describe('<argument-map> says where a map comes from', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  it('a map from its own site: no note', async () => {
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('small.md')}></argument-map>`);
    expect(el.mapOrigins).to.deep.equal([]);
    expect(originNote(el)).to.equal(null);
  });

  it('a map from another site is shown, with a visible note naming that site', async () => {
    restore = serveForeignSite({ '/map.md': MAP });
    const { el } = await mapElement(html`<argument-map src="https://example.org/map.md"></argument-map>`);
    expect(el.mapOrigins).to.deep.equal(['https://example.org']);
    const note = originNote(el)!;
    expect(note.getAttribute('role')).to.equal('note');
    expect(note.textContent!.replace(/\s+/g, ' ')).to.contain('This map comes from https://example.org — not from this site.');
    expect(note.getBoundingClientRect().height).to.be.above(10);
    expect(el.cy!.nodes('.claim').length).to.equal(1);
  });

  it('an index on this site that lists a file from another site is refused, naming the entry, and fetches nothing there', async () => {
    let fetchedElsewhere = false;
    restore = serveForeignSite({ '/more.md': MORE });
    const fetchForeign = window.fetch;
    window.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).startsWith('https://example.org')) fetchedElsewhere = true;
      return fetchForeign(input, init);
    };
    try {
      const { el, detail } = await mapElement(html`<argument-map src=${fixtureUrl('foreign-index.json')}></argument-map>`, 'map-error');
      await el.updateComplete;
      expect(detail.diagnostics.map((d: { message: string }) => d.message).join('\n')).to.contain('"https://example.org/more.md" is a URL');
      expect(statusText(el)).to.contain('https://example.org/more.md');
      expect(el.mapOrigins).to.deep.equal([]);
      expect(fetchedElsewhere).to.equal(false);
    } finally {
      window.fetch = fetchForeign;
    }
  });

  it('a map from another site that cannot be loaded still names the site beside the error', async () => {
    // Another port is another origin; the test server sends no CORS headers, so the fetch fails.
    const elsewhere = `http://127.0.0.1:9/map.md`;
    const { el } = await mapElement(html`<argument-map src=${elsewhere}></argument-map>`, 'map-error');
    await el.updateComplete;
    expect(el.mapOrigins).to.deep.equal(['http://127.0.0.1:9']);
    expect(originNote(el)!.textContent).to.contain('http://127.0.0.1:9');
  });

  it('refuses a data: URL with a visible error, unless the page allows data URLs', async () => {
    const { el, detail } = await mapElement(html`<argument-map src=${dataUrl(MAP)}></argument-map>`, 'map-error');
    await el.updateComplete;
    expect(detail.message).to.contain('data: URL');
    expect(el.shadowRoot!.querySelector('[part=status]')!.getAttribute('role')).to.equal('alert');
    expect(statusText(el)).to.contain('not loaded from a data: URL').and.contain('allow-data-urls');
    expect(el.cy!.nodes().length).to.equal(0);

    const { el: allowed } = await mapElement(html`<argument-map allow-data-urls src=${dataUrl(MAP)}></argument-map>`);
    expect(allowed.cy!.nodes('.claim').length).to.equal(1);
    expect(allowed.mapOrigins).to.deep.equal([]);
  });

  it('refuses blob: and javascript: URLs, and an index that lists a data: URL', async () => {
    const blob = URL.createObjectURL(new Blob([MAP], { type: 'text/markdown' }));
    try {
      const { detail } = await mapElement(html`<argument-map src=${blob}></argument-map>`, 'map-error');
      expect(detail.message).to.contain('blob: URL');
      const { el: allowed } = await mapElement(html`<argument-map allow-data-urls src=${blob}></argument-map>`);
      expect(allowed.cy!.nodes('.claim').length).to.equal(1);
    } finally {
      URL.revokeObjectURL(blob);
    }
    const { detail: script } = await mapElement(html`<argument-map src="javascript:alert(1)"></argument-map>`, 'map-error');
    expect(script.message).to.contain('javascript: URL');
    restore = serveForeignSite({ '/index.json': JSON.stringify({ files: [dataUrl(MAP)] }) });
    const { detail: indexed } = await mapElement(html`<argument-map src="https://example.org/index.json"></argument-map>`, 'map-error');
    expect(indexed.diagnostics.map((d: { message: string }) => d.message).join('\n')).to.contain('is a URL (it has a scheme)');
  });

  it("does not link a source to this site's sources folder", async () => {
    const hostile = MAP.replace('https://example.org/record', `${location.origin}/sources/record.html`);
    const { el } = await mapElement(html`<argument-map allow-data-urls src=${dataUrl(hostile)} selected="yes"></argument-map>`);
    await el.updateComplete;
    await el.shadowRoot!.querySelector('claim-panel')!.updateComplete;
    const caption = panelOf(el)!.querySelector('figcaption')!;
    expect(caption.querySelector('a')).to.equal(null);
    expect(caption.textContent).to.contain('The official record');
  });
});
