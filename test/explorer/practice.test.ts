import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import 'axe-core/axe.min.js';
import '../../src/explorer/explorer-app.js';
import type { ArgumentMapElement } from '../../src/components/argument-map/argument-map.js';
import type { PracticeDrill } from '../../src/components/practice-drill/practice-drill.js';
import type { ArgumentExplorer } from '../../src/explorer/explorer-app.js';
import { until } from '../helpers/until.js';

/** axe-core's UMD build sets `window.axe` when imported as a script. */
const axe = (window as unknown as { axe: { run(context: Node, options: RunOptions): Promise<AxeResults> } }).axe;
const phones = new URL('../fixtures/drill-phones.md', import.meta.url).href;
const shipped = new URL('../../arguments/index.json', import.meta.url).href;

async function openExplorer(hash: string, src = phones) {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  const explorer = await fixture<ArgumentExplorer>(html`<argument-explorer default-src=${src} style="display:grid;height:100vh"></argument-explorer>`);
  const map = explorer.shadowRoot!.querySelector('argument-map') as ArgumentMapElement;
  await until(() => map.state.$status.get().state === 'loaded', 'the map loaded');
  await explorer.updateComplete;
  return { explorer, map };
}

const drillOf = (explorer: ArgumentExplorer) => explorer.shadowRoot!.querySelector('practice-drill') as PracticeDrill | null;

/** The element that has the keyboard focus, looking inside shadow roots. */
function focused(): Element | null {
  let at = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  return at;
}

const label = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Presses Tab until the focus is on what `wanted` accepts, as someone at a keyboard would. */
async function tabTo(wanted: (el: Element) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    const at = focused();
    if (at && wanted(at)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Blobs handed to the browser as downloads, while the test runs. */
function catchDownloads() {
  const blobs: Blob[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) blobs.push(blob);
    return original.call(URL, blob);
  };
  return { blobs, stop: () => (URL.createObjectURL = original) };
}

function describeViolations(results: AxeResults): string {
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');
}

describe('the Practice tool in the explorer', () => {
  before(async () => {
    document.title = 'argument-map';
    document.documentElement.lang = 'en';
    await setViewport({ width: 1280, height: 800 });
  });
  beforeEach(() => localStorage.clear());
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));
  after(() => {
    localStorage.clear();
    return emulateMedia({ colorScheme: 'light' });
  });

  it('runs a whole drill from the keyboard alone: open the tool, answer three attacks, follow an open flank into the map', async () => {
    const { explorer, map } = await openExplorer('');
    await tabTo((el) => el.localName === 'summary' && label(el) === 'More tools', 'More tools');
    await sendKeys({ press: 'Enter' });
    await tabTo((el) => el.localName === 'button' && label(el) === 'Practice', 'the Practice button');
    await sendKeys({ press: 'Enter' });
    await explorer.updateComplete;
    expect(location.hash).to.contain('tool=practice');
    expect(map.colorBy).to.equal('side');
    const drill = await until(() => drillOf(explorer), 'the drill');
    await drill.updateComplete;

    await tabTo((el) => label(el) === 'Start the drill', 'Start the drill');
    await sendKeys({ press: 'Enter' });
    await drill.updateComplete;
    // 1: the strongest attack, answered in our own words.
    expect(label(drill.shadowRoot!.querySelector('#attack-title'))).to.equal('They say: Parents need to reach their children in an emergency.');
    await sendKeys({ type: 'The office takes the call' });
    await sendKeys({ press: 'Enter' });
    await drill.updateComplete;
    expect(drill.shadowRoot!.querySelector('.verdict')!.getAttribute('data-verdict')).to.equal('weak');
    expect(label(focused())).to.equal('Next attack');
    await sendKeys({ press: 'Enter' });
    await drill.updateComplete;
    // 2: answered with our claim, picked with Tab into the list and the arrow keys.
    expect(label(drill.shadowRoot!.querySelector('#attack-title'))).to.equal('They say: Phones help pupils look things up in class.');
    await sendKeys({ press: 'Tab' });
    expect((focused() as HTMLInputElement).name).to.equal('picked');
    // The arrow keys move and check; Space checks the radio the focus landed on.
    for (let i = 0; i < 4 && (focused() as HTMLInputElement).value !== 'phones-library'; i++) await sendKeys({ press: 'ArrowDown' });
    if (!(focused() as HTMLInputElement).checked) await sendKeys({ press: 'Space' });
    expect((focused() as HTMLInputElement).checked).to.equal(true);
    expect((focused() as HTMLInputElement).value).to.equal('phones-library');
    await sendKeys({ press: 'Enter' });
    await drill.updateComplete;
    expect(label(drill.shadowRoot!.querySelector('.verdict'))).to.contain('answers it, but the map has no card for it');
    await sendKeys({ press: 'Enter' });
    await drill.updateComplete;
    // 3: let pass with nothing said.
    await sendKeys({ press: 'Enter' });
    await drill.updateComplete;
    expect(drill.shadowRoot!.querySelector('.verdict')!.getAttribute('data-verdict')).to.equal('open');
    expect(label(focused())).to.equal('See the summary');
    await sendKeys({ press: 'Enter' });
    await drill.updateComplete;

    expect(focused()?.id).to.equal('summary-title');
    expect(label(drill.shadowRoot!.querySelector('.tally'))).to.equal('✓ 0 answered · ~ 2 answered weakly · ✗ 1 open');
    await tabTo((el) => el.getAttribute('data-claim') === 'phones-habit', 'the open flank');
    await sendKeys({ press: 'Enter' });
    await explorer.updateComplete;
    expect(map.selected).to.equal('phones-habit');
    expect(location.hash).to.contain('claim=phones-habit');
  });

  it('keeps the drill through a reload, answers and all, on the same map, thread and side', async () => {
    const first = await openExplorer('#tool=practice&side=against');
    let drill = await until(() => drillOf(first.explorer), 'the drill');
    await drill.updateComplete;
    drill.shadowRoot!.querySelector<HTMLButtonElement>('button.start')!.click();
    await drill.updateComplete;
    drill.shadowRoot!.querySelector<HTMLInputElement>('input[name=typed]')!.value = 'Offices are closed at lunch';
    drill.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await drill.updateComplete;
    drill.shadowRoot!.querySelector<HTMLButtonElement>('button.next')!.click();
    await drill.updateComplete;
    const typed = drill.shadowRoot!.querySelector<HTMLInputElement>('input[name=typed]')!;
    typed.value = 'half written';
    typed.dispatchEvent(new Event('input'));

    const again = await openExplorer(location.hash);
    drill = await until(() => drillOf(again.explorer), 'the drill after the reload');
    await drill.updateComplete;
    expect(drill.phase).to.equal('turn');
    expect(label(drill.shadowRoot!.querySelector('.progress'))).to.equal('Attack 2 of 2');
    expect(drill.shadowRoot!.querySelector<HTMLInputElement>('input[name=typed]')!.value).to.equal('half written');

    // The other side is another drill.
    const other = await openExplorer('#tool=practice&side=for');
    drill = await until(() => drillOf(other.explorer), 'the drill for the other side');
    await drill.updateComplete;
    expect(drill.phase).to.equal('setup');
  });

  it('takes the thread and side chosen in the drill into the page, so a link opens the same drill', async () => {
    const { explorer, map } = await openExplorer('#tool=practice');
    const drill = await until(() => drillOf(explorer), 'the drill');
    await drill.updateComplete;
    const side = drill.shadowRoot!.querySelector<HTMLSelectElement>('select[name=side]')!;
    side.value = 'against';
    side.dispatchEvent(new Event('change'));
    await explorer.updateComplete;
    await drill.updateComplete;
    expect(location.hash).to.contain('side=against');
    expect(label(drill.shadowRoot!.querySelector('h2'))).to.equal('Practice against: Schools should ban phones in class.');
    expect(label(drill.shadowRoot!.querySelector('.count'))).to.equal('2 attacks of theirs on our case.');
    expect(map.colorBy).to.equal('side');
  });

  it('exports the summary as Markdown, open flanks first', async () => {
    const { explorer } = await openExplorer('#tool=practice');
    const drill = await until(() => drillOf(explorer), 'the drill');
    await drill.updateComplete;
    drill.shadowRoot!.querySelector<HTMLButtonElement>('button.start')!.click();
    await drill.updateComplete;
    drill.shadowRoot!.querySelector<HTMLInputElement>('input[value=phones-office]')!.click();
    drill.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await drill.updateComplete;
    [...drill.shadowRoot!.querySelectorAll('button')].find((b) => label(b) === 'End the drill')!.click();
    await drill.updateComplete;
    const downloads = catchDownloads();
    try {
      [...drill.shadowRoot!.querySelectorAll('button')].find((b) => label(b) === 'Export Markdown')!.click();
    } finally {
      downloads.stop();
    }
    expect(downloads.blobs).to.have.length(1);
    const markdown = await downloads.blobs[0].text();
    expect(markdown).to.contain('# Practice drill for: Schools should ban phones in class.');
    expect(markdown).to.contain('1 attack answered in the drill: 1 answered, 0 answered weakly, 0 open; 2 attacks not reached.');
    expect(markdown).to.contain('## Answered\n\n- **Parents need to reach their children in an emergency.** (`phones-emergency`) attacks our claim');
    expect(markdown).to.contain('## Not reached\n\n- **Phones help pupils look things up in class.**');
  });

  for (const scheme of ['light', 'dark'] as const) {
    describe(`has no accessibility violations (axe-core) on the shipped map, ${scheme}`, () => {
      before(() => emulateMedia({ colorScheme: scheme }));
      const steps: [string, (drill: PracticeDrill) => void][] = [
        ['choosing what to practise', () => {}],
        ['an attack, with the clock running', (d) => d.shadowRoot!.querySelector<HTMLButtonElement>('button.start')!.click()],
        ['the verdict and the map’s answers', (d) => d.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit()],
        ['the summary', (d) => [...d.shadowRoot!.querySelectorAll('button')].find((b) => label(b) === 'End the drill')!.click()],
      ];
      it(steps.map(([name]) => name).join(', then '), async () => {
        const { explorer } = await openExplorer('#tool=practice', shipped);
        const drill = await until(() => drillOf(explorer), 'the drill');
        for (const [name, step] of steps) {
          step(drill);
          await drill.updateComplete;
          const results = await axe.run(document, { resultTypes: ['violations'] });
          expect(describeViolations(results), name).to.equal('');
        }
      });
    });
  }
});
