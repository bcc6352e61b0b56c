import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import * as excel from 'exceljs';
import '../../src/define.js';
import type { CaseFlow } from '../../src/components/case-view/case-flow.js';
import type { CaseView } from '../../src/components/case-view/case-view.js';
import { parseMap } from '../../src/parse/parse-map.js';
import { type LoadedMap, prepareMap } from '../../src/state/map-state.js';
import { fixtureUrl } from './helpers.js';

const ExcelJS = ((excel as unknown as { default?: typeof excel }).default ?? excel) as typeof excel;

async function uniforms(): Promise<LoadedMap> {
  const { map } = parseMap([{ name: 'case-uniforms.md', text: await (await fetch(fixtureUrl('case-uniforms.md'))).text() }]);
  return prepareMap(map);
}

async function flowOf(side = 'against'): Promise<{ view: CaseView; flow: CaseFlow }> {
  const view = await fixture<CaseView>(html`<case-view .loaded=${await uniforms()} claim-id="uniforms-thesis" side=${side}></case-view>`);
  const flow = view.shadowRoot!.querySelector('case-flow')!;
  await flow.updateComplete;
  return { view, flow };
}

/** A page's table as a debater reads it: the header row, then each row's cells, blank ones as ''. */
function table(flow: CaseFlow, page: 'ours' | 'theirs'): string[][] {
  const t = flow.shadowRoot!.querySelector(`[data-page=${page}] table`)!;
  const text = (cell: Element) => cell.querySelector('[aria-hidden=true], button')?.textContent!.trim() ?? cell.textContent!.trim();
  return [...t.querySelectorAll('tr')].map((row) => [...row.children].map(text));
}

describe('<case-view> flow sheet', () => {
  it('lays our case and theirs out in Public Forum speeches, with blank cells for the round', async () => {
    const { view, flow } = await flowOf('against');
    expect(view.shadowRoot!.querySelector('[data-section=flow] h3')!.textContent).to.equal('Flow');
    const ours = table(flow, 'ours');
    expect(ours[0]).to.deep.equal(['Con Constructive', 'Pro Rebuttal', 'Con Rebuttal', 'Pro Summary', 'Con Summary', 'Pro Final Focus', 'Con Final Focus']);
    expect(ours[1].slice(0, 3)).to.deep.equal(['Uniforms stifle pupils\' self-expression.', 'Pupils express themselves in many ways besides clothes.', '']);
    expect(ours[2][0]).to.equal('↳ backing the claim above: Most pupils say clothes matter to how they express themselves.');
    expect(ours.slice(3).flat().every((cell) => cell === '')).to.equal(true);
    const theirs = table(flow, 'theirs');
    expect(theirs[0][0]).to.equal('Pro Constructive');
    // A Public Forum constructive reads its own case: our answer comes in our rebuttal.
    expect(theirs[2].slice(0, 4)).to.deep.equal(['↳ backing the claim above: Uniforms save families money on clothes.', '', '', 'Uniform shops charge more than ordinary clothes shops.']);
    expect([...flow.shadowRoot!.querySelectorAll('h4')].map((h) => h.textContent)).to.deep.equal(['Our case (Con)', 'Their case (Pro)']);
  });

  it('gives screen readers column headers with the speech\'s full name, and a caption per page', async () => {
    const { view, flow } = await flowOf('for');
    const select = flow.shadowRoot!.querySelector('select')!;
    select.value = 'policy';
    const picked = oneEvent(view, 'flow-format-change');
    select.dispatchEvent(new Event('change'));
    expect((await picked).detail.format).to.equal('policy');
    await view.updateComplete;
    await flow.updateComplete;
    expect(view.flowFormat).to.equal('policy');
    expect(flow.format).to.equal('policy');
    const headers = [...flow.shadowRoot!.querySelectorAll('[data-page=ours] th')];
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect(headers[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('1AC First Affirmative Constructive');
    expect(headers[0].querySelector('[aria-hidden=true]')!.textContent).to.equal('1AC');
    expect(flow.shadowRoot!.querySelector('[data-page=theirs] caption')!.textContent).to.equal('Their case (Negative): Policy flow, one column a speech');
    expect(table(flow, 'theirs')[0]).to.deep.equal(['1NC', '2AC', '2NC/1NR', '1AR', '2NR', '2AR']);
  });

  it('keeps a wide flow inside its scrolling box: the page itself does not scroll sideways', async () => {
    const frame = await fixture<HTMLDivElement>(html`<div style="width:320px;overflow:hidden"></div>`);
    const view = await fixture<CaseView>(html`<case-view .loaded=${await uniforms()} claim-id="uniforms-thesis" side="for" flow-format="bp"></case-view>`, { parentNode: frame });
    const flow = view.shadowRoot!.querySelector('case-flow')!;
    await flow.updateComplete;
    const box = flow.shadowRoot!.querySelector('.scroll')!;
    expect(box.scrollWidth, 'the table is wider than its box').to.be.above(box.clientWidth);
    // The screen-reader-only names of the speeches are clipped with the table, not laid out past the page's edge.
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
  });

  it('is reachable by keyboard: the format, the buttons, the table, and each claim (Enter shows it)', async () => {
    const { view, flow } = await flowOf('against');
    flow.shadowRoot!.querySelector('select')!.focus();
    const focused = () => flow.shadowRoot!.activeElement;
    await sendKeys({ press: 'Tab' });
    expect(focused()!.textContent).to.equal('Print flow');
    await sendKeys({ press: 'Tab' });
    expect(focused()!.textContent).to.equal('Excel (.xlsx)');
    await sendKeys({ press: 'Tab' });
    expect(focused()!.getAttribute('role')).to.equal('region');
    await sendKeys({ press: 'Tab' });
    expect(focused()!.closest('td')!.getAttribute('data-claim')).to.equal('uniforms-expression');
    const navigated = oneEvent(view, 'claim-navigate');
    await sendKeys({ press: 'Enter' });
    expect((await navigated).detail.id).to.equal('uniforms-expression');
  });

  it('downloads flow-<format>-<side>-<claim>.xlsx that reads back with its speeches, claims and wrapped cells', async () => {
    const { flow } = await flowOf('against');
    flow.format = 'ld';
    await flow.updateComplete;
    const createObjectURL = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    const saved: { name: string; blob: Blob }[] = [];
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob) => { blob = b; return 'blob:test'; };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { saved.push({ name: this.download, blob: blob! }); };
    try {
      flow.shadowRoot!.querySelector<HTMLButtonElement>('button[data-format=xlsx]')!.click();
      await waitUntil(() => saved.length > 0, 'no download', { timeout: 15000 });
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved[0].name).to.equal('flow-ld-against-uniforms-thesis.xlsx');
    expect(saved[0].blob.type).to.equal('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await saved[0].blob.arrayBuffer());
    const ours = workbook.worksheets[0];
    expect(ours.name).to.equal('Our case (Negative)');
    expect(ours.getRow(1).values).to.deep.equal([undefined, 'NC', '1AR', 'NR', '2AR']);
    expect(ours.getCell('B2').value).to.equal('Pupils express themselves in many ways besides clothes.');
    expect(ours.getCell('B2').alignment).to.include({ wrapText: true });
    expect(ours.views[0]).to.include({ state: 'frozen', ySplit: 1 });
  });

  it('"Print flow" prints the flow alone, each side\'s page starting a landscape sheet', async () => {
    const { view, flow } = await flowOf('against');
    const print = window.print;
    let printed: string | null = '';
    window.print = () => {
      printed = view.getAttribute('printing');
      window.dispatchEvent(new Event('afterprint'));
    };
    try {
      await emulateMedia({ media: 'print' });
      flow.shadowRoot!.querySelector<HTMLButtonElement>('.controls button')!.click();
      await waitUntil(() => printed !== '', 'not printed');
      expect(printed).to.equal('flow');
      await view.updateComplete;
      expect(view.hasAttribute('printing')).to.equal(false);
      view.printing = 'flow';
      await view.updateComplete;
      const shown = (selector: string) => getComputedStyle(view.shadowRoot!.querySelector(selector)!).display !== 'none';
      expect(shown('[data-section=ours]')).to.equal(false);
      expect(shown('header')).to.equal(false);
      expect(shown('[data-section=flow]')).to.equal(true);
      const pages = [...flow.shadowRoot!.querySelectorAll<HTMLElement>('.page')].map((p) => getComputedStyle(p));
      expect(pages.map((p) => [p.breakBefore, p.page])).to.deep.equal([['page', 'flow'], ['page', 'flow']]);
      expect(getComputedStyle(flow.shadowRoot!.querySelector('.controls')!).display).to.equal('none');
      // Browsers ignore @page in shadow roots: the landscape rule of the named page is the document's.
      const pageRules = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]).filter((r): r is CSSPageRule => r instanceof CSSPageRule);
      expect(pageRules.map((r) => [r.selectorText, r.style.getPropertyValue('size')])).to.deep.equal([['flow', 'landscape']]);
    } finally {
      window.print = print;
      await emulateMedia({ media: 'screen' });
    }
  });
});
