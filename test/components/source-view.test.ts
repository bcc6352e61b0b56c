import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { SourceView } from '../../src/components/source-view/source-view.js';
import { fetchSourceText } from '../../src/load/fetch-source-text.js';
import { parseMap } from '../../src/parse/parse-map.js';
import { type LoadedMap, prepareMap } from '../../src/state/map-state.js';
import { fixtureUrl } from './helpers.js';

const fetchText = async (name: string) => (await fetch(fixtureUrl(name))).text();

async function carFree(): Promise<{ loaded: LoadedMap; text: string }> {
  const { map } = parseMap([{ name: 'map.md', text: await fetchText('coverage/map.md') }]);
  return { loaded: prepareMap(map), text: await fetchText('coverage/sources/car-free.txt') };
}

function sourceView(loaded: LoadedMap, text: string | null, sourceId = 'gazette'): Promise<SourceView> {
  return fixture<SourceView>(html`<source-view .loaded=${loaded} source-id=${sourceId} .text=${text}></source-view>`);
}

const marks = (el: SourceView) => [...el.shadowRoot!.querySelectorAll('mark')].map((m) => [m.textContent, m.dataset.claims]);

describe('<source-view>', () => {
  it('shows the article with each quoted passage highlighted and the coverage numbers', async () => {
    const { loaded, text } = await carFree();
    const el = await sourceView(loaded, text);
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Car-free centres, a year on');
    expect(root.querySelector('[part=coverage]')!.textContent!.replace(/\s+/g, ' ').trim())
      .to.equal('3 of 8 sentences quoted (38%) · 4 quotes by 4 claims · 2 paragraphs not quoted');
    expect(marks(el)).to.deep.equal([
      ['safer for children', 'car-free-safer'],
      ['road injuries in the centre fell by a third.', 'car-free-thesis'],
      ['Shops feared they would lose customers.', 'car-free-shops'],
      ['Dr. Kay Lee, who studied the trial, found that footfall rose by 12 per cent.', 'car-free-footfall'],
    ]);
    const paragraphs = [...root.querySelectorAll('[part=text] p')];
    expect(paragraphs.map((p) => p.textContent)).to.deep.equal(text.trim().split('\n\n'));
    expect(paragraphs.map((p) => p.className)).to.deep.equal(['unquoted', 'quoted', 'quoted', 'unquoted']);
  });

  it('fires claim-navigate, bubbling to the page it sits in, when a passage is clicked', async () => {
    const { loaded, text } = await carFree();
    const el = await sourceView(loaded, text);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('mark[data-claims=car-free-shops] a')!;
    expect(link.title).to.equal('Quoted by: A car ban costs shops their customers.');
    setTimeout(() => link.click());
    const event = await oneEvent(document.body, 'claim-navigate');
    expect(event.detail).to.deep.equal({ id: 'car-free-shops' });
    // Bubbling, not composed: it reaches the tree the view sits in, and stops at a shadow root around it.
    expect(event.composed).to.equal(false);
    expect(location.hash).to.not.contain('claim=');
  });

  it('links a passage two claims quote to both', async () => {
    const markdown = '# t: T?\n\n## a: A.\n\n> one two three\n>\n> — s\n\n## b: B.\n\n- supports: a\n\n> two three four\n>\n> — s\n\n# Sources\n\n## s: S\n\n- file: s.txt\n';
    const el = await sourceView(prepareMap(parseMap([{ name: 'm.md', text: markdown }]).map), 'one two three four five', 's');
    expect(marks(el)).to.deep.equal([['one ', 'a'], ['two three', 'a b'], [' four', 'b']]);
    const also = el.shadowRoot!.querySelector<HTMLAnchorElement>('a.also')!;
    expect([also.dataset.claim, also.getAttribute('aria-label')]).to.deep.equal(['b', 'Also quoted by: B.']);
  });

  it('shows a hostile source text as text, never as markup', async () => {
    const { loaded } = await carFree();
    const hostile = '<img src=x onerror="window.hacked=1">Shops feared they would lose customers. <script>window.hacked=1</script>';
    const el = await sourceView(loaded, hostile);
    const root = el.shadowRoot!;
    expect(root.querySelector('img, script')).to.equal(null);
    expect(root.querySelector('[part=text] p')!.textContent).to.equal(hostile);
    expect(marks(el)).to.deep.equal([['Shops feared they would lose customers.', 'car-free-shops']]);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('says when the text is not loaded or the source is unknown', async () => {
    const { loaded } = await carFree();
    expect((await sourceView(loaded, null)).shadowRoot!.querySelector('.none')!.textContent).to.equal('The text of car-free.txt is not loaded.');
    expect((await sourceView(loaded, 'x', 'nope')).shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('No source "nope" in the map.');
  });

  it('fetches a source text from a folder, taking the file as one name inside it', async () => {
    const { loaded, text } = await carFree();
    const gazette = loaded.map.sources[0];
    expect(await fetchSourceText(gazette, fixtureUrl('coverage/sources'))).to.equal(text);
    for (const file of ['../map.md', '..', 'https://example.org/x.txt']) {
      let error: unknown;
      await fetchSourceText({ ...gazette, file }, fixtureUrl('coverage/sources/')).catch((e: unknown) => (error = e));
      expect(String(error)).to.contain('is not a file name inside the sources folder');
    }
    let missing: unknown;
    await fetchSourceText({ ...gazette, file: 'gone.txt' }, fixtureUrl('coverage/sources/')).catch((e: unknown) => (missing = e));
    expect(String(missing)).to.contain('could not load the text of "gazette"').and.contain('404');
  });
});
