import { expect, fixture, html } from '@open-wc/testing';
import { currentCompletions, startCompletion } from '@codemirror/autocomplete';
import { forEachDiagnostic } from '@codemirror/lint';
import '../../src/components/map-editor/map-editor.js';
import type { MapEditor } from '../../src/components/map-editor/map-editor.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { codeEditorOf, cursorLine, textOf, typeAfter } from '../helpers/code-editor.js';
import { until } from '../helpers/until.js';

const MAP = `# school: Should primary schools stop setting homework?

## school-thesis: Primary schools should stop setting homework.

## homework-helps: Homework raises test scores.

- attacks: school-thesis

> Pupils with homework scored higher.
>
> — study

# Sources

## study: A study of homework
`;

async function openEditor(diagnostics: Diagnostic[] = []) {
  const editor = await fixture<MapEditor>(html`<map-editor .files=${[{ name: 'small.md', text: MAP }]} .diagnostics=${diagnostics}></map-editor>`);
  const view = await codeEditorOf(editor);
  return { editor, view };
}

describe('<map-editor>', () => {
  it('tells a keyboard user that Tab indents in the text, and how to leave it', async () => {
    const { editor, view } = await openEditor();
    const ids = view.contentDOM.getAttribute('aria-describedby') ?? '';
    const described = ids.split(' ').map((id) => editor.shadowRoot!.getElementById(id)?.textContent ?? '').join(' ');
    expect(described).to.contain('Tab indents');
    expect(described).to.contain('Escape, then Tab');
  });

  it('shows the Markdown with its headings highlighted', async () => {
    const { editor, view } = await openEditor();
    expect(textOf(view)).to.equal(MAP);
    await until(() => editor.shadowRoot!.querySelector('.tok-heading'), 'a highlighted heading');
    const headings = [...editor.shadowRoot!.querySelectorAll('.tok-heading')].map((e) => e.textContent).join('');
    expect(headings).to.contain('school-thesis: Primary schools should stop setting homework.');
    expect(editor.shadowRoot!.querySelector('.tok-quote')).to.be.ok;
    expect(editor.shadowRoot!.querySelector('.cm-content')!.getAttribute('aria-label')).to.equal('Text of small.md');
  });

  it("marks the map's diagnostics on their line, and lists them", async () => {
    const mistake: Diagnostic = { file: 'small.md', line: 7, column: 3, severity: 'error', code: 'unknown-target', message: 'no claim "school-thesys"' };
    const { editor, view } = await openEditor([mistake]);
    const marks: { from: number; message: string }[] = [];
    await until(() => {
      marks.length = 0;
      forEachDiagnostic(view.state, (d) => marks.push({ from: d.from, message: d.message }));
      return marks.length > 0;
    }, 'a lint mark');
    expect(view.state.doc.lineAt(marks[0].from).number).to.equal(7);
    expect(marks[0].message).to.equal('no claim "school-thesys"');
    await until(() => editor.shadowRoot!.querySelector('.cm-lintRange-error'), 'the mark drawn in the text');
    expect(editor.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('1 error.');

    editor.shadowRoot!.querySelector<HTMLButtonElement>('.diagnostics .where')!.click();
    await until(() => cursorLine(view) === 7 && view.hasFocus, 'the cursor on the line');
  });

  it('offers the claim ids after "supports:" and the source ids in a quote\'s attribution', async () => {
    const { view } = await openEditor();
    typeAfter(view, '- attacks: school-thesis', '\n- supports: ');
    startCompletion(view);
    const claims = await until(() => currentCompletions(view.state).length > 0 && currentCompletions(view.state), 'claim ids offered');
    expect(claims.map((c) => c.label)).to.have.members(['school-thesis', 'homework-helps']);

    typeAfter(view, '> — study', ', st');
    startCompletion(view);
    const sources = await until(() => currentCompletions(view.state).length > 0 && currentCompletions(view.state), 'source ids offered');
    expect(sources.map((c) => c.label)).to.deep.equal(['study']);
  });

  it('hands each edit on once typing pauses', async () => {
    const { editor, view } = await openEditor();
    const edited = new Promise<string>((resolve) => editor.addEventListener('map-edit', (e) => resolve(e.detail.files[0].text), { once: true }));
    typeAfter(view, '## homework-helps: Homework raises test scores.', ' Sometimes.');
    expect(await edited).to.contain('Homework raises test scores. Sometimes.');
  });

  it('keeps working, with the edits, when it is moved in the page', async () => {
    const { editor, view } = await openEditor();
    typeAfter(view, '## homework-helps: Homework raises test scores.', ' Moved.');
    const parent = editor.parentElement!;
    editor.remove();
    parent.append(editor);
    await until(() => editor.shadowRoot!.querySelector('.cm-editor'), 'the text editor back');
    const again = await codeEditorOf(editor);
    expect(again).to.not.equal(view);
    expect(textOf(again)).to.contain('Homework raises test scores. Moved.');
  });
});
