import { expect, fixture, html } from '@open-wc/testing';
import '../../src/explorer/explorer-app.js';
import type { ArgumentExplorer } from '../../src/explorer/explorer-app.js';
import type { ArgumentMapElement } from '../../src/components/argument-map/argument-map.js';
import { codeEditorOf, cursorLine, replaceText, textOf } from '../helpers/code-editor.js';
import { until } from '../helpers/until.js';

const small = new URL('../fixtures/small.md', import.meta.url).href;


async function openExplorer(hash: string, src = small, state: 'loaded' | 'error' = 'loaded') {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  const explorer = await fixture<ArgumentExplorer>(html`<argument-explorer default-src=${src} style="display:grid;height:700px"></argument-explorer>`);
  const map = explorer.shadowRoot!.querySelector('argument-map') as ArgumentMapElement;
  await until(() => map.state.$status.get().state === state, `the map ${state}`);
  await explorer.updateComplete;
  return { explorer, map };
}

describe('the explorer', () => {
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));

  it('restores the selection, search, focus and view from the URL hash', async () => {
    const { map } = await openExplorer('#claim=homework-helps&q=tests&focus=1&depth=2&color=side&view=outline');
    expect(map.selected).to.equal('homework-helps');
    expect(map.search).to.equal('tests');
    expect(map.focusClaim).to.equal('homework-helps');
    expect(map.focusDepth).to.equal(2);
    expect(map.colorBy).to.equal('side');
    expect(map.view).to.equal('outline');
    expect(map.state.$matches.get().has('homework-helps')).to.equal(true);
  });

  it('writes what the user does into the hash, so a reload brings it back', async () => {
    const { explorer, map } = await openExplorer('');
    const search = explorer.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'sleep';
    search.dispatchEvent(new Event('input'));
    await until(() => map.cy!.$id('trial-self-selected').nonempty(), 'the claim in the graph');
    map.cy!.$id('trial-self-selected').emit('tap');
    await explorer.updateComplete;
    expect(location.hash).to.contain('q=sleep').and.contain('claim=trial-self-selected');
    const again = await openExplorer(location.hash);
    expect(again.map.selected).to.equal('trial-self-selected');
    expect(again.map.state.$matches.get()).to.deep.equal(new Set(['homework-steals-time']));
  });

  it('opens on the first thread, with "All threads" one choice away', async () => {
    const { explorer, map } = await openExplorer('');
    expect(map.thread).to.equal('school');
    const select = explorer.shadowRoot!.querySelector<HTMLSelectElement>('select[aria-label=Thread]')!;
    select.value = 'all';
    select.dispatchEvent(new Event('change'));
    await explorer.updateComplete;
    expect(map.thread).to.equal('');
    expect(location.hash).to.contain('thread=all');
  });

  it('keeps the flow sheet\'s format in the hash', async () => {
    const { explorer } = await openExplorer('#tool=case&side=against&flow=bp');
    const caseView = await until(() => explorer.shadowRoot!.querySelector('case-view'), 'the case view');
    await caseView.updateComplete;
    const flow = caseView.shadowRoot!.querySelector('case-flow')!;
    await flow.updateComplete;
    expect(flow.format).to.equal('bp');
    expect(flow.shadowRoot!.querySelector('[data-page=ours] th')!.textContent!.trim()).to.match(/^LO/);
    const select = flow.shadowRoot!.querySelector('select')!;
    select.value = 'wsdc';
    select.dispatchEvent(new Event('change'));
    await explorer.updateComplete;
    expect(location.hash).to.contain('flow=wsdc');
  });

  it('the flow sheet scrolls inside the case, never the page sideways', async () => {
    const { explorer } = await openExplorer('#tool=case&side=against&flow=policy');
    const caseView = await until(() => explorer.shadowRoot!.querySelector('case-view'), 'the case view');
    await caseView.updateComplete;
    const flow = await until(() => caseView.shadowRoot!.querySelector('case-flow'), 'the flow');
    await until(() => flow.shadowRoot?.querySelector('td .visually-hidden'), 'the flow cells');
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
  });

  it('colours by strength from the Colour menu, and the panel says why a claim is as strong as it is', async () => {
    const { explorer, map } = await openExplorer('#claim=school-thesis');
    const select = explorer.shadowRoot!.querySelector<HTMLSelectElement>('select[aria-label="Colour by"]')!;
    select.value = 'strength';
    select.dispatchEvent(new Event('change'));
    await explorer.updateComplete;
    expect(map.colorBy).to.equal('strength');
    expect(location.hash).to.contain('color=strength');
    await until(() => map.shadowRoot!.querySelector('[part=legend]')?.textContent?.includes('strong (0.75)'), 'the strength key');
    const panel = await until(() => map.shadowRoot!.querySelector('claim-panel')?.shadowRoot?.textContent?.replace(/\s+/g, ' '), 'the panel');
    expect(panel).to.contain('strength 0.63');
  });

  it('builds a case for the thesis beside the map, coloured by side, and follows a claim picked in it', async () => {
    const { explorer, map } = await openExplorer('#tool=case&side=against');
    const caseView = await until(() => explorer.shadowRoot!.querySelector('case-view'), 'the case view');
    expect(caseView.claimId).to.equal('school-thesis');
    expect(caseView.side).to.equal('against');
    expect(map.colorBy).to.equal('side');
    await caseView.updateComplete;
    caseView.dispatchEvent(new CustomEvent('claim-navigate', { detail: { id: 'homework-helps' }, bubbles: true, composed: true }));
    await explorer.updateComplete;
    expect(map.selected).to.equal('homework-helps');
    expect(caseView.claimId).to.equal('homework-helps');
  });

  it("shows the sources' stances beside the map", async () => {
    const { explorer } = await openExplorer('#tool=sources');
    const matrix = await until(() => explorer.shadowRoot!.querySelector('stance-matrix'), 'the stance matrix');
    await matrix.updateComplete;
    expect(matrix.shadowRoot!.textContent).to.contain('A study of homework').and.contain('reports both sides');
  });

  it('shows an article with the passages the map quotes marked, and follows a quoted passage to its claim', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'argmap-sources', content: new URL('../fixtures/', import.meta.url).href });
    document.head.append(meta);
    try {
      const { explorer, map } = await openExplorer('#tool=articles');
      const view = await until(() => explorer.shadowRoot!.querySelector('source-view'), 'the source view');
      await view.updateComplete;
      const marked = await until(() => view.shadowRoot!.querySelector<HTMLElement>('mark a[data-claim]'), 'a quoted passage');
      expect(view.shadowRoot!.textContent).to.contain('Pupils with homework scored higher on the national tests.');
      marked.click();
      await explorer.updateComplete;
      expect(map.selected).to.be.a('string');
    } finally {
      meta.remove();
    }
  });

  it("edits the map's text in the page: the map follows, a mistake is marked and listed with its line and leaves the last good map", async () => {
    const { explorer, map } = await openExplorer('#tool=edit&claim=homework-helps');
    const editor = await until(() => explorer.shadowRoot!.querySelector('map-editor'), 'the editor');
    const text = await codeEditorOf(editor);
    expect(textOf(text)).to.contain('## homework-helps: Homework raises test scores.');
    // The cursor starts where the selected claim is written.
    await until(() => cursorLine(text) === 17, 'the cursor on the selected claim');

    replaceText(text, 'Homework raises test scores.', 'Homework raises reading scores.');
    await until(() => map.state.$map.get()?.index.claim('homework-helps')?.text === 'Homework raises reading scores.', 'the edited claim in the map');
    expect(map.selected).to.equal('homework-helps');
    await editor.updateComplete;
    expect(editor.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('No problems.');

    // Closing the tool and opening it again keeps the edit.
    const editButton = [...explorer.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Edit')!;
    editButton.click();
    await until(() => !explorer.shadowRoot!.querySelector('map-editor'), 'the editor closed');
    editButton.click();
    const editorAgain = await until(() => explorer.shadowRoot!.querySelector('map-editor'), 'the editor again');
    const reopened = await codeEditorOf(editorAgain);
    expect(textOf(reopened)).to.contain('Homework raises reading scores.');

    replaceText(reopened, '- attacks: school-thesis', '- attacks: school-thesys');
    const problem = await until(() => editorAgain.shadowRoot!.querySelector<HTMLButtonElement>('.diagnostics .error .where'), 'the mistake listed');
    expect(problem.textContent).to.equal('small.md:19');
    expect(editorAgain.shadowRoot!.querySelector('.diagnostics')!.textContent).to.contain('did you mean "school-thesis"');
    expect(editorAgain.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('1 error.');
    const mark = await until(() => editorAgain.shadowRoot!.querySelector('.cm-lintRange-error'), 'the mistake marked in the text');
    expect(mark.textContent).to.contain('school-thesys');
    expect(map.state.$map.get()?.index.claim('homework-helps')?.text).to.equal('Homework raises reading scores.');
    expect(map.state.$status.get().state).to.equal('loaded');

    problem.click();
    await until(() => reopened.hasFocus && cursorLine(reopened) === 19, 'the cursor in the text, on the line');

    const undo = [...editorAgain.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Undo'))!;
    undo.click();
    await until(() => map.state.$map.get()?.index.claim('homework-helps')?.text === 'Homework raises test scores.', 'the original map back');
    await until(() => textOf(reopened).includes('Homework raises test scores.'), 'the original text back');
  });

  it('edits a built map (JSON, as a static site serves it) as Markdown', async () => {
    const { explorer, map } = await openExplorer('#tool=edit', new URL('../fixtures/small.json', import.meta.url).href);
    const editor = await until(() => explorer.shadowRoot!.querySelector('map-editor'), 'the editor');
    const text = await codeEditorOf(editor);
    expect(text.contentDOM.getAttribute('aria-label')).to.equal('Text of small.md');
    expect(textOf(text)).to.contain('## homework-helps: Homework raises test scores.');
    replaceText(text, 'Homework raises test scores.', 'Homework raises maths scores.');
    await until(() => map.state.$map.get()?.index.claim('homework-helps')?.text === 'Homework raises maths scores.', 'the edited claim in the map');
  });

  it('opens a map with errors in the editor with its problems listed, and shows it once they are fixed', async () => {
    const { explorer, map } = await openExplorer('#tool=edit', new URL('../fixtures/broken.md', import.meta.url).href, 'error');
    expect(map.state.$status.get().state).to.equal('error');
    const editor = await until(() => explorer.shadowRoot!.querySelector('map-editor'), 'the editor');
    const problem = await until(() => editor.shadowRoot!.querySelector('.diagnostics .error'), 'the problem listed');
    expect(problem.textContent).to.contain('broken.md:11').and.contain('did you mean "school-thesis"');
    const text = await codeEditorOf(editor);
    await until(() => editor.shadowRoot!.querySelector('.cm-lintRange-error'), 'the problem marked in the text');
    replaceText(text, 'school-thesys', 'school-thesis');
    await until(() => map.state.$status.get().state === 'loaded', 'the fixed map shown');
    expect(map.state.$map.get()!.index.claim('homework-helps')).to.be.ok;
  });

  it("keeps listing the reader's warnings once the edited map is shown", async () => {
    const { explorer, map } = await openExplorer('#tool=edit');
    const editor = await until(() => explorer.shadowRoot!.querySelector('map-editor'), 'the editor');
    const text = await codeEditorOf(editor);
    replaceText(text, '## homework-helps: Homework raises test scores.', '## homework-helps: Homework raises scores.');
    replaceText(text, '## trial-self-selected:', '### Notes\n\n## trial-self-selected:');
    await until(() => map.state.$map.get()?.index.claim('homework-helps')?.text === 'Homework raises scores.', 'the edited map shown');
    await explorer.updateComplete;
    await editor.updateComplete;
    expect(editor.shadowRoot!.querySelector('.diagnostics')!.textContent).to.contain('level-3 headings are ignored');
  });
});
