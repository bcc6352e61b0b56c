import { expect, html } from '@open-wc/testing';
import { fetchMap } from '../../src/load/fetch-map.js';
import { fixtureUrl, mapElement } from './helpers.js';

/** What each file under test/fixtures/encodings/ reads as; test/cli/reading.test.mjs gives argmap the same files. */
type Expected = Record<string, { claims: number; relations: number; error?: undefined } | { error: string }>;

async function expected(): Promise<Expected> {
  return (await (await fetch(fixtureUrl('encodings/expected.json'))).json()) as Expected;
}

describe('<argument-map src> reads every encoding argmap reads, and refuses what is not a map', () => {
  it('the same fixtures give the same claims, or the same error, as on the command line', async () => {
    for (const [name, want] of Object.entries(await expected())) {
      const src = fixtureUrl(`encodings/${name}`);
      if (want.error === undefined) {
        const { detail } = await mapElement(html`<argument-map src=${src}></argument-map>`, 'map-load');
        expect(detail.map.claims, name).to.have.length(want.claims);
        expect(detail.map.relations, name).to.have.length(want.relations);
        expect(detail.map.claims.map((c: { text: string }) => c.text), name).to.deep.equal(['The first claim.', 'The second claim.']);
      } else {
        const { el } = await mapElement(html`<argument-map src=${src}></argument-map>`, 'map-error');
        await el.updateComplete;
        const status = el.shadowRoot!.querySelector('[part=status]')!;
        expect(status.getAttribute('role'), name).to.equal('alert');
        expect(status.textContent!.replace(/\s+/g, ' '), name).to.contain(`${name}:1:1: error: ${want.error}`);
      }
    }
  });

  it('the page loader gives the diagnostics argmap prints', async () => {
    const { diagnostics } = await fetchMap(fixtureUrl('encodings/invalid-utf8.md'));
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`)).to.deep.equal([
      'invalid-utf8.md:1:1: error: not a text file: its bytes are not UTF-8 (nor UTF-16 with a byte-order mark); a map is UTF-8 text (or UTF-16 with a byte-order mark)',
    ]);
  });
});

describe('an index read by the page names files inside its folder only', () => {
  it('refuses entries that go up, are absolute, have a scheme or lead to another site, with a visible error at each', async () => {
    const requested: string[] = [];
    const { el } = await mapElement(html`<argument-map src=${fixtureUrl('encodings/outside-index.json')}></argument-map>`, 'map-error');
    await el.updateComplete;
    requested.push(...performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /passwd|example\.com|fixtures\/small\.md/.test(n)));
    const text = el.shadowRoot!.querySelector('[part=status]')!.textContent!.replace(/\s+/g, ' ');
    for (const [line, entry, why] of [
      [4, 1, '"../small.md" goes up out of the index’s folder'],
      [5, 2, '"/etc/passwd" is an absolute path'],
      [6, 3, '"https://example.com/map.md" is a URL'],
      [7, 4, '"//example.com/map.md" is an absolute path'],
      [8, 5, '"%2e%2e/small.md" goes up out of the index’s folder'],
      [9, 6, '"javascript:alert(1)" is a URL'],
    ] as const) {
      expect(text).to.contain(`outside-index.json:${line}:5: error: files[${entry}]: ${why}`);
    }
    expect(requested, 'nothing outside the folder was fetched').to.deep.equal([]);
  });
});
