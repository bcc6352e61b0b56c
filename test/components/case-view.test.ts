import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CaseView } from '../../src/components/case-view/case-view.js';
import { buildCase } from '../../src/model/case/build-case.js';
import { caseMarkdown } from '../../src/model/case/case-markdown.js';
import { parseMap } from '../../src/parse/parse-map.js';
import { type LoadedMap, prepareMap } from '../../src/state/map-state.js';
import { fixtureUrl } from './helpers.js';

async function uniforms(): Promise<LoadedMap> {
  const { map } = parseMap([{ name: 'case-uniforms.md', text: await (await fetch(fixtureUrl('case-uniforms.md'))).text() }]);
  return prepareMap(map);
}

async function caseView(loaded: LoadedMap, claimId = 'uniforms-thesis', side = 'against'): Promise<CaseView> {
  return fixture<CaseView>(html`<case-view .loaded=${loaded} claim-id=${claimId} side=${side}></case-view>`);
}

/** The DeepSeek map in arguments/, every file its index lists. */
async function shippedMap(): Promise<LoadedMap> {
  const url = (name: string) => new URL(`../../arguments/${name}`, import.meta.url);
  const { files } = (await (await fetch(url('index.json'))).json()) as { files: string[] };
  const { map } = parseMap(await Promise.all(files.map(async (name) => ({ name, text: await (await fetch(url(name))).text() }))));
  return prepareMap(map);
}

const claimsIn = (el: CaseView, section: string) =>
  [...el.shadowRoot!.querySelectorAll(`[data-section=${section}] > .claim`)].map((c) => c.getAttribute('data-claim'));

describe('<case-view>', () => {
  it('shows our case, their case, our answers and the open flanks', async () => {
    const el = await caseView(await uniforms());
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Brief against: Schools should require uniforms.');
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).to.deep.equal(['Our case', 'Their case', 'Our answers', 'Open flanks', 'Flow']);
    expect(claimsIn(el, 'ours')).to.deep.equal(['uniforms-expression', 'uniforms-expression-survey', 'uniforms-cost-hidden']);
    expect(claimsIn(el, 'theirs')).to.deep.equal(['uniforms-thesis', 'uniforms-cost', 'uniforms-other-outlets']);
    expect([...root.querySelectorAll('.answer')].map((a) => a.getAttribute('data-answers'))).to.deep.equal(['uniforms-thesis', 'uniforms-cost']);
    const flank = root.querySelector('.flanks li')!;
    expect(flank.getAttribute('data-attack')).to.equal('uniforms-other-outlets');
    expect(flank.textContent!.replace(/\s+/g, ' ')).to.contain('attacks our claim Uniforms stifle pupils\' self-expression.');
  });

  it('shows each claim\'s evidence cards: cite, stance, cautions, the verbatim quote', async () => {
    const el = await caseView(await uniforms(), 'uniforms-thesis', 'for');
    const thesis = el.shadowRoot!.querySelector('[data-section=ours] > .claim[data-claim=uniforms-thesis]')!;
    const card = thesis.querySelector('.card')!;
    const link = card.querySelector('.cite a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/uniforms');
    expect(link.textContent).to.equal('“Why uniforms work”, Sam Reed, The Daily Example, 2024-03-01, https://example.org/uniforms');
    expect(card.querySelector('.kind')!.textContent).to.equal('opinion');
    expect(card.querySelector('.stance')!.textContent).to.equal('Source\'s stance on this thread: for — Uniforms help pupils and parents.');
    expect(card.querySelector('blockquote')!.textContent!.trim()).to.equal('Every school should require a uniform.');
    const relayed = el.shadowRoot!.querySelector('.claim[data-claim=uniforms-cost] .caution')!;
    expect(relayed.getAttribute('data-caution')).to.equal('relayed');
    const generated = el.shadowRoot!.querySelector('.claim[data-claim=uniforms-cost-hidden] .caution')!;
    expect(generated.textContent).to.equal('Caution: machine-generated source');
  });

  it('fires claim-navigate when a claim is clicked', async () => {
    const el = await caseView(await uniforms());
    const tag = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-section=ours] .tag[data-claim=uniforms-expression-survey]')!;
    setTimeout(() => tag.click());
    const event = await oneEvent(el.parentElement!, 'claim-navigate');
    expect(event.detail).to.deep.equal({ id: 'uniforms-expression-survey' });
    // Bubbling, not composed: it reaches the tree the view sits in, and stops at a shadow root around it.
    expect(event.composed).to.equal(false);
  });

  it('exports the same Markdown as argmap brief', async () => {
    const loaded = await uniforms();
    const el = await caseView(loaded);
    const built = buildCase(loaded.index, 'uniforms-thesis', 'against');
    if (!built.ok) throw new Error(built.message);
    expect(el.markdown).to.equal(caseMarkdown(built.case));

    const saved: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    const { createObjectURL } = URL;
    const { click } = HTMLAnchorElement.prototype;
    URL.createObjectURL = (blob: Blob) => {
      const url = `blob:test-${blobs.size}`;
      blobs.set(url, blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: blobs.get(this.href)! });
    };
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=export]')!.click();
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved.map((s) => s.name)).to.deep.equal(['brief-against-uniforms-thesis.md']);
    expect(await saved[0].blob.text()).to.equal(el.markdown);
  });

  it('updates when the side changes', async () => {
    const el = await caseView(await uniforms());
    el.side = 'for';
    await el.updateComplete;
    expect(claimsIn(el, 'ours')).to.deep.equal(['uniforms-thesis', 'uniforms-cost', 'uniforms-other-outlets']);
  });

  it('says so when the claim is not in the map', async () => {
    const el = await caseView(await uniforms(), 'uniforms-thesys');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('unknown claim "uniforms-thesys"; did you mean "uniforms-thesis"?');
    expect(el.markdown).to.equal('');
  });

  it('renders map text as text, never as markup', async () => {
    const { map } = parseMap([{ name: 'm.md', text: '# t: T?\n\n## a: <img src=x onerror="window.pwned=1"> wins.\n\nA *note* <script>window.pwned=1</script>\n\n> <b>Bold</b> words.\n>\n> — s\n\n# Sources\n\n## s: S\n' }]);
    const el = await caseView(prepareMap(map), 'a', 'for');
    const root = el.shadowRoot!;
    expect(root.querySelector('img, script, b')).to.equal(null);
    expect(root.querySelector('.tag')!.textContent).to.contain('<img src=x');
    expect(root.querySelector('.note em')!.textContent).to.equal('note');
  });

  describe('printed', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    for (const [paper, width] of [['A4', 718], ['Letter', 740]] as const) {
      it(`fits the printable width of ${paper} and hides the export button`, async () => {
        const loaded = await shippedMap();
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
          <case-view .loaded=${loaded} claim-id="sanctions-thesis" side="against"></case-view></div>`);
        await emulateMedia({ media: 'print' });
        const el = wrapper.querySelector('case-view')!;
        await el.updateComplete;
        const base = el.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
        expect(getComputedStyle(el.shadowRoot!.querySelector('[part=export]')!).display).to.equal('none');
        expect(getComputedStyle(base).fontFamily).to.contain('Georgia');
        expect(base.scrollWidth, 'no line wider than the page').to.be.at.most(width);
        const card = el.shadowRoot!.querySelector('.card')!;
        expect(getComputedStyle(card).breakInside).to.equal('avoid');
      });
    }
  });
});
