import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { StanceMatrix } from '../../src/components/stance-matrix/stance-matrix.js';
import { parseMap } from '../../src/parse/parse-map.js';
import { type LoadedMap, prepareMap } from '../../src/state/map-state.js';
import { fixtureUrl } from './helpers.js';

async function uniforms(): Promise<LoadedMap> {
  const { map } = parseMap([{ name: 'case-uniforms.md', text: await (await fetch(fixtureUrl('case-uniforms.md'))).text() }]);
  return prepareMap(map);
}

/** Each row's cells as text, a source's kind left out. */
const cells = (el: StanceMatrix) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) =>
    [...row.children].map((c) => [...c.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim()));

describe('<stance-matrix>', () => {
  it('shows each source\'s stance on each thread', async () => {
    const el = await fixture<StanceMatrix>(html`<stance-matrix .loaded=${await uniforms()}></stance-matrix>`);
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Source', 'Should schools require uniforms?']);
    expect(cells(el)).to.deep.equal([
      ['Why uniforms work', 'for'],
      ['Pupils and parents on school clothes', 'reports both sides'],
      ['School news digest', 'against'],
    ]);
    expect(root.querySelector('tr[data-source=ai-digest] .kind')!.textContent).to.equal('machine-generated article');
    expect(root.querySelector('tr[data-source=editorial] td')!.getAttribute('title')).to.equal('Uniforms help pupils and parents.');
    expect(root.querySelector('.sides'), 'no breakdown until a thread is selected').to.equal(null);
  });

  it('for the selected thread, lists the sources behind each side\'s quotes', async () => {
    const el = await fixture<StanceMatrix>(html`<stance-matrix .loaded=${await uniforms()} thread="uniforms"></stance-matrix>`);
    const side = (name: string) => [...el.shadowRoot!.querySelectorAll(`[data-side=${name}] li`)].map((li) => li.getAttribute('data-source'));
    expect(side('pro')).to.deep.equal(['survey-report', 'editorial']);
    expect(side('con')).to.deep.equal(['ai-digest', 'survey-report']);
    expect(el.shadowRoot!.querySelector('[data-side=con] li .count')!.textContent).to.equal('2 of 3 quotes, 2 claims');
    expect(el.shadowRoot!.querySelector('.warning')).to.equal(null);
    expect(el.shadowRoot!.querySelector('th[data-thread=uniforms]')!.classList.contains('selected')).to.equal(true);
  });

  it('warns when a side rests on one source, or mostly on one', async () => {
    const quote = (source: string) => `> Words.\n>\n> — ${source}`;
    const { map } = parseMap([{ name: 'm.md', text: [
      '# t: T?', '## thesis: T.', quote('a'), '## pro: P.', '- supports: thesis', quote('a'),
      '## con: C.', '- attacks: thesis', quote('a'), quote('a'), quote('a'), '## con2: D.', '- attacks: thesis', quote('b'),
      '# Sources', '## a: A', '## b: B',
    ].join('\n\n') }]);
    const el = await fixture<StanceMatrix>(html`<stance-matrix .loaded=${prepareMap(map)} thread="t"></stance-matrix>`);
    expect(el.shadowRoot!.querySelector('[data-side=pro] .warning')!.textContent).to.equal('Rests on one source.');
    expect(el.shadowRoot!.querySelector('[data-side=con] .warning')!.textContent).to.equal('Rests mostly on one source: 75% of its quotes.');
    expect(el.shadowRoot!.querySelector('[data-side=thesis] .warning')).to.equal(null);
  });

  it('selects a thread when its column is clicked, and fires thread-select', async () => {
    const el = await fixture<StanceMatrix>(html`<stance-matrix .loaded=${await uniforms()}></stance-matrix>`);
    setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('th[data-thread=uniforms] button')!.click());
    const event = await oneEvent(el, 'thread-select');
    expect(event.detail).to.deep.equal({ id: 'uniforms' });
    await el.updateComplete;
    expect(el.thread).to.equal('uniforms');
    expect(el.shadowRoot!.querySelectorAll('[data-side]')).to.have.length(3);
  });
});
