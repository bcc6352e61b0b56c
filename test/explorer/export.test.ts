import { expect, fixture, html } from '@open-wc/testing';
import '../../src/explorer/explorer-app.js';
import type { ArgumentExplorer } from '../../src/explorer/explorer-app.js';
import type { ArgumentMapElement } from '../../src/components/argument-map/argument-map.js';
import { ImageExportError } from '../../src/graph/export-image.js';
import { parseMap } from '../../src/parse/parse-map.js';
import { until } from '../helpers/until.js';

const small = new URL('../fixtures/small.md', import.meta.url).href;

const longWordMap = `# t: Is it so?

## long: ${'a'.repeat(20_000)}

> It is so.
>
> — s

# Sources

## s: A source
`;

async function openExplorer() {
  const explorer = await fixture<ArgumentExplorer>(html`<argument-explorer default-src=${small} style="display:grid;height:700px"></argument-explorer>`);
  const map = explorer.shadowRoot!.querySelector('argument-map') as ArgumentMapElement;
  await until(() => map.state.$status.get().state === 'loaded', 'the map loaded');
  await explorer.updateComplete;
  return { explorer, map };
}

function chooseExport(explorer: ArgumentExplorer, value: string) {
  const select = explorer.shadowRoot!.querySelector<HTMLSelectElement>('select[aria-label=Export]')!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

/** Errors and rejections nobody caught while the test ran. */
function uncaught() {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(`rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return { seen, stop: () => { window.removeEventListener('error', onError); window.removeEventListener('unhandledrejection', onRejection); } };
}

describe("the explorer's Export menu", () => {
  let errors: ReturnType<typeof uncaught>;
  beforeEach(() => (errors = uncaught()));
  afterEach(() => errors.stop());

  it('saves a PNG and an SVG of a claim with a 20,000-character word, and says so', async () => {
    const { explorer, map } = await openExplorer();
    map.map = parseMap([{ name: 'long.md', text: longWordMap }]).map;
    await until(() => map.state.$map.get()?.index.claim('long'), 'the long claim shown');
    for (const format of ['png', 'svg']) {
      chooseExport(explorer, format);
      const status = await until(() => explorer.shadowRoot!.querySelector('[role=status].export-status')?.textContent?.includes(`Saved argument-map.${format}`) && explorer.shadowRoot!.querySelector('.export-status'), `the ${format} saved`);
      expect(status.textContent).to.equal(`Saved argument-map.${format}.`);
      expect(explorer.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    }
    expect(errors.seen).to.deep.equal([]);
  });

  it('a failed export is an announced message on the page, not an uncaught error', async () => {
    const { explorer, map } = await openExplorer();
    map.exportImage = () => Promise.reject(new ImageExportError('could not make the PNG image: the canvas is too large'));
    chooseExport(explorer, 'png');
    const alert = await until(() => explorer.shadowRoot!.querySelector<HTMLElement>('[role=alert].export-error'), 'the failure shown');
    expect(alert.textContent).to.equal('Export failed: could not make the PNG image: the canvas is too large');
    expect(alert.getBoundingClientRect().width).to.be.above(50);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors.seen).to.deep.equal([]);
    // The next export that works clears the message.
    map.exportImage = () => Promise.resolve(new Blob(['png'], { type: 'image/png' }));
    chooseExport(explorer, 'png');
    await until(() => !explorer.shadowRoot!.querySelector('[role=alert].export-error'), 'the failure cleared');
  });
});
