import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { CaseView } from '../../src/components/case-view/case-view.js';
import { parseMap } from '../../src/parse/parse-map.js';
import { type LoadedMap, prepareMap } from '../../src/state/map-state.js';
import { fixtureUrl } from './helpers.js';

async function uniforms(): Promise<LoadedMap> {
  const { map } = parseMap([{ name: 'case-uniforms.md', text: await (await fetch(fixtureUrl('case-uniforms.md'))).text() }]);
  return prepareMap(map);
}

const sourcesBase = new URL('../fixtures/case-uniforms-sources/', import.meta.url).href;

describe('<case-view> Word download', () => {
  it('builds the Word brief in the browser, with the source paragraphs it can fetch', async () => {
    const el = await fixture<CaseView>(html`<case-view .loaded=${await uniforms()} claim-id="uniforms-thesis" side="for" .sourcesBase=${sourcesBase}></case-view>`);
    const word = (await el.wordDocument())!;
    expect(new TextDecoder().decode(word.bytes.subarray(0, 2))).to.equal('PK');
    // Seven cards; the survey's and the digest's found quotes sit in their paragraphs.
    expect(word).to.include({ cards: 7, withContext: 3 });
  });

  it('without a sources folder, writes every card with its quote alone', async () => {
    const el = await fixture<CaseView>(html`<case-view .loaded=${await uniforms()} claim-id="uniforms-thesis" side="for"></case-view>`);
    expect(await el.wordDocument()).to.include({ cards: 7, withContext: 0 });
  });

  it('downloads brief-<side>-<claim>.docx from the "Word (.docx)" button', async () => {
    const el = await fixture<CaseView>(html`<case-view .loaded=${await uniforms()} claim-id="uniforms-thesis" side="against"></case-view>`);
    const saved: { name: string; type: string }[] = [];
    const createObjectURL = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob) => { blob = b; return 'blob:test'; };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { saved.push({ name: this.download, type: blob!.type }); };
    try {
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-format=docx]')!;
      expect(button.textContent!.trim()).to.equal('Word (.docx)');
      button.click();
      await waitUntil(() => saved.length > 0, 'no download', { timeout: 10000 });
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved).to.deep.equal([{ name: 'brief-against-uniforms-thesis.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }]);
  });
});
