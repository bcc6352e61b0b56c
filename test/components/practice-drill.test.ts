import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/practice-drill/practice-drill.js';
import type { PracticeDrill } from '../../src/components/practice-drill/practice-drill.js';
import type { ProgressStorage } from '../../src/components/practice-drill/progress-storage.js';
import { drillStorageKey } from '../../src/model/drill/drill-progress.js';
import { parseMap } from '../../src/parse/parse-map.js';
import { type LoadedMap, prepareMap } from '../../src/state/map-state.js';
import { until } from '../helpers/until.js';
import { fixtureUrl } from './helpers.js';

async function phones(): Promise<LoadedMap> {
  const { map } = parseMap([{ name: 'drill-phones.md', text: await (await fetch(fixtureUrl('drill-phones.md'))).text() }]);
  return prepareMap(map);
}

/** A `Storage` of its own for each test, so that drills do not meet in the page's localStorage. */
function memoryStorage(): ProgressStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

async function drill(storage: ProgressStorage | null = memoryStorage(), side = 'for'): Promise<PracticeDrill> {
  const loaded = await phones();
  return fixture<PracticeDrill>(html`<practice-drill .loaded=${loaded} thread="phones" side=${side} map-key="phones.md" .storage=${storage}></practice-drill>`);
}

const root = (el: PracticeDrill) => el.shadowRoot!;
const text = (el: PracticeDrill, selector: string) => root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focused = (el: PracticeDrill) => root(el).activeElement as HTMLElement | null;

async function start(el: PracticeDrill): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('button.start')!.click();
  await el.updateComplete;
}

describe('<practice-drill>', () => {
  it('offers the thread, the side and the time, and says how many attacks are coming', async () => {
    const el = await drill();
    expect(text(el, 'h2')).to.equal('Practice for: Schools should ban phones in class.');
    expect(el.phase).to.equal('setup');
    expect(text(el, '.count')).to.equal('3 attacks of theirs on our case.');
    expect(root(el).querySelector<HTMLInputElement>('input[name=seconds]')!.value).to.equal('30');
  });

  it('puts the strongest attack first, with the clock running, and the focus in the answer', async () => {
    const el = await drill();
    await start(el);
    expect(el.phase).to.equal('turn');
    expect(text(el, '#attack-title')).to.equal('They say: Parents need to reach their children in an emergency.');
    expect(text(el, '#attack-target')).to.equal('It attacks our claim: “Schools should ban phones in class.”');
    expect(text(el, '[role=timer]')).to.equal('0:30');
    expect(focused(el)?.getAttribute('name')).to.equal('typed');
    expect([...root(el).querySelectorAll('input[name=picked]')].map((r) => (r as HTMLInputElement).value))
      .to.deep.equal(['phones-thesis', 'phones-distract', 'phones-office', 'phones-library']);
  });

  it('says the attack\'s strength is weighed by evidence, so it is not read as the panel\'s strength (base 0.5)', async () => {
    const el = await drill();
    await start(el);
    expect(text(el, '.strength')).to.match(/^strength by evidence \d\.\d\d$/);
  });

  it('grades an answer typed and sent with Enter, then shows the map’s answer with its card', async () => {
    const el = await drill();
    await start(el);
    await sendKeys({ type: 'Teachers keep a phone for emergencies' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.phase).to.equal('reveal');
    expect(root(el).querySelector('.verdict')!.getAttribute('data-verdict')).to.equal('weak');
    expect(text(el, '[role=status]')).to.equal('Answered weakly: your own words, without a card.');
    expect(text(el, '.yours')).to.equal('You answered: “Teachers keep a phone for emergencies”');
    expect(text(el, '.claim.ours h5')).to.equal('The school office can pass on an emergency call.');
    expect(text(el, '.claim.ours blockquote')).to.equal('Every school office takes calls from parents all day.');
    expect(focused(el)?.textContent).to.equal('Next attack');
  });

  it('counts one of our claims picked from the keyboard, with a card, as answered', async () => {
    const el = await drill();
    await start(el);
    root(el).querySelector<HTMLInputElement>('input[value=phones-office]')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).querySelector('.verdict')!.getAttribute('data-verdict')).to.equal('answered');
    expect(text(el, '.verdict')).to.contain('Answered: “The school office can pass on an emergency call.” answers it, with one card.');
  });

  it('leaves the attack open when the time runs out', async () => {
    const el = await drill();
    root(el).querySelector<HTMLInputElement>('input[name=seconds]')!.value = '5';
    root(el).querySelector<HTMLInputElement>('input[name=seconds]')!.dispatchEvent(new Event('change'));
    await start(el);
    expect(text(el, '[role=timer]')).to.equal('0:05');
    await until(() => el.phase === 'reveal', 'the time to run out', 15000);
    await el.updateComplete;
    expect(text(el, '[role=status]')).to.equal("Time's up. Open: time ran out with no answer.");
    expect(root(el).querySelector('.verdict')!.getAttribute('data-verdict')).to.equal('open');
  });

  it('gives more time during an answer, counting the time already spent', async () => {
    const el = await drill();
    await start(el);
    const seconds = root(el).querySelector<HTMLInputElement>('input[name=seconds]')!;
    seconds.value = '90';
    seconds.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text(el, '[role=timer]')).to.match(/^1:(30|29|28)$/);
  });

  it('takes Enter in the seconds field as setting the time, not as an answer to the attack', async () => {
    const el = await drill();
    await start(el);
    root(el).querySelector<HTMLInputElement>('input[name=seconds]')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.phase).to.equal('turn');
    expect(root(el).querySelector<HTMLInputElement>('input[name=seconds]')!.value).to.equal('35');
    expect(text(el, '[role=timer]')).to.match(/^0:(35|34|33)$/);
    expect(root(el).querySelector('.verdict')).to.equal(null);
  });

  it('keeps its progress through a reload, and ignores garbage where the progress should be', async () => {
    const storage = memoryStorage();
    const el = await drill(storage);
    await start(el);
    root(el).querySelector<HTMLFormElement>('form')!.requestSubmit();
    await el.updateComplete;
    el.remove();
    const again = await drill(storage);
    expect(again.phase).to.equal('reveal');
    root(again).querySelector<HTMLButtonElement>('button.next')!.click();
    await again.updateComplete;
    expect(text(again, '.progress')).to.equal('Attack 2 of 3');
    expect(text(again, '#attack-title')).to.equal('They say: Phones help pupils look things up in class.');

    storage.data.set(drillStorageKey('phones.md', 'phones', 'for'), '{"turns": [1, {"key": {}}], "started": "yes"');
    const fresh = await drill(storage);
    expect(fresh.phase).to.equal('setup');
  });

  it('ends with the open flanks, each a link into the map, exportable as Markdown', async () => {
    const el = await drill();
    await start(el);
    for (let i = 0; i < 3; i++) {
      root(el).querySelector<HTMLFormElement>('form')!.requestSubmit();
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('button.next')!.click();
      await el.updateComplete;
    }
    expect(el.phase).to.equal('summary');
    expect(focused(el)?.id).to.equal('summary-title');
    expect(text(el, '.tally')).to.equal('✓ 0 answered · ~ 0 answered weakly · ✗ 3 open');
    const open = [...root(el).querySelectorAll('li[data-verdict=open]')].map((li) => li.getAttribute('data-attack'));
    expect(open).to.deep.equal(['phones-emergency', 'phones-research', 'phones-habit']);
    const link = root(el).querySelector<HTMLButtonElement>('li[data-attack=phones-habit] button.tag')!;
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'claim-navigate');
    expect(event.detail.id).to.equal('phones-habit');
    expect(el.markdown).to.contain('## Open flanks\n\n- **Parents need to reach their children in an emergency.**');
  });

  it('can stop early, naming the attacks not reached, and start again', async () => {
    const el = await drill();
    await start(el);
    [...root(el).querySelectorAll('button')].find((b) => b.textContent === 'End the drill')!.click();
    await el.updateComplete;
    expect(el.phase).to.equal('summary');
    expect(text(el, '.tally')).to.contain('3 not reached');
    root(el).querySelector<HTMLButtonElement>('button.start-again')!.click();
    await el.updateComplete;
    expect(el.phase).to.equal('setup');
    expect(focused(el)?.textContent).to.equal('Start the drill');
  });

  it('asks for another side or thread, and says when their side has nothing to attack with', async () => {
    const el = await drill();
    const side = root(el).querySelector<HTMLSelectElement>('select[name=side]')!;
    side.value = 'against';
    setTimeout(() => side.dispatchEvent(new Event('change')));
    const event = await oneEvent(el, 'drill-choose');
    expect(event.detail).to.deep.equal({ thread: 'phones', side: 'against' });
    el.side = 'against';
    await el.updateComplete;
    expect(text(el, '.count')).to.equal('2 attacks of theirs on our case.');
  });

  it('runs without any storage', async () => {
    const el = await drill(null);
    await start(el);
    expect(el.phase).to.equal('turn');
  });

  it('shows a map\'s hostile text as text, and runs no script from it', async () => {
    const markdown = `# t: Is it so?

## thesis: It is so <img src=x onerror="window.__drillHacked=1">.

## attack: No <script>window.__drillHacked=1</script> it is not.

- attacks: thesis
`;
    const loaded = prepareMap(parseMap([{ name: 'hostile.md', text: markdown }]).map);
    const el = await fixture<PracticeDrill>(html`<practice-drill .loaded=${loaded} thread="t" map-key="x" .storage=${memoryStorage()}></practice-drill>`);
    await start(el);
    expect(text(el, '#attack-title')).to.equal('They say: No <script>window.__drillHacked=1</script> it is not.');
    expect(root(el).querySelector('img, script')).to.equal(null);
    expect((window as unknown as { __drillHacked?: number }).__drillHacked).to.equal(undefined);
  });
});
