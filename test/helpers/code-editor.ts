import { EditorView } from '@codemirror/view';
import type { MapEditor } from '../../src/components/map-editor/map-editor.js';
import { until } from './until.js';

/** The CodeMirror view inside a `<map-editor>`, once it has loaded. */
export function codeEditorOf(editor: MapEditor): Promise<EditorView> {
  return until(() => {
    const dom = editor.shadowRoot?.querySelector<HTMLElement>('.cm-editor');
    return dom ? EditorView.findFromDOM(dom) : null;
  }, 'the text editor');
}

/** The text the editor shows. */
export function textOf(view: EditorView): string {
  return view.state.doc.toString();
}

/** Replaces the first `search` with `replacement`, as typing would (a user input event). */
export function replaceText(view: EditorView, search: string, replacement: string): void {
  const from = textOf(view).indexOf(search);
  if (from < 0) throw new Error(`"${search}" is not in the text`);
  view.dispatch({ changes: { from, to: from + search.length, insert: replacement }, userEvent: 'input.type' });
}

/** Types `text` at the end of the line that holds `search`, through the browser's input handling. */
export function typeAfter(view: EditorView, search: string, text: string): void {
  const at = textOf(view).indexOf(search);
  if (at < 0) throw new Error(`"${search}" is not in the text`);
  const end = view.state.doc.lineAt(at).to;
  view.focus();
  view.dispatch({ selection: { anchor: end } });
  for (const char of text) {
    const { from, to } = view.state.selection.main;
    // What CodeMirror does with a typed character: input handlers (completion, brackets) see it too.
    const handled = view.state.facet(EditorView.inputHandler).some((handler) => handler(view, from, to, char, () => view.state.update({ changes: { from, to, insert: char } })));
    if (!handled) view.dispatch({ changes: { from, to, insert: char }, selection: { anchor: from + char.length }, userEvent: 'input.type' });
  }
}

/** The line the cursor is on, counted from 1. */
export function cursorLine(view: EditorView): number {
  return view.state.doc.lineAt(view.state.selection.main.head).number;
}
