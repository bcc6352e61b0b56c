import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorState, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { tagHighlighter, tags } from '@lezer/highlight';
import type { Diagnostic } from '../../model/diagnostic.js';
import { mapIdCompletion } from './claim-completion.js';
import type { MapIds } from './map-ids.js';
import { lintMarks } from './map-lint.js';

export { EditorState, EditorView };

/** Markdown's parts as `tok-*` classes, coloured by the editor's stylesheet for light and dark pages. */
const markdownClasses = tagHighlighter([
  { tag: tags.heading, class: 'tok-heading' },
  { tag: tags.quote, class: 'tok-quote' },
  { tag: tags.emphasis, class: 'tok-emphasis' },
  { tag: tags.strong, class: 'tok-strong' },
  { tag: [tags.link, tags.url], class: 'tok-link' },
  { tag: tags.monospace, class: 'tok-code' },
  { tag: [tags.processingInstruction, tags.list, tags.contentSeparator], class: 'tok-mark' },
]);

/** The page's colours (the `--_*` properties of the views beside a map), light or dark alike. */
const pageTheme = EditorView.theme({
  '&': { flex: '1', minWidth: '0', color: 'var(--_ink)', backgroundColor: 'var(--_paper)' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { font: '13px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' },
  '.cm-gutters': { backgroundColor: 'var(--_paper)', color: 'var(--_faint)', borderRight: '1px solid color-mix(in srgb, var(--_faint) 40%, transparent)' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'color-mix(in srgb, var(--_focus) 8%, transparent)' },
  '.cm-content': { caretColor: 'var(--_ink)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--_ink)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground': { backgroundColor: 'var(--_selection)' },
  '.cm-tooltip': { backgroundColor: 'var(--_paper)', color: 'var(--_ink)', border: '1px solid var(--_faint)' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { backgroundColor: 'var(--_focus)', color: '#fff' },
  '.cm-completionDetail': { color: 'inherit', opacity: '0.75' },
  '.cm-diagnostic': { color: 'var(--_ink)' },
  // Names beside the others' cursors always show, not only on hover: who is where is the point.
  '.cm-ySelectionInfo': { opacity: '1', top: '-1.2em', font: '600 11px/1.3 system-ui, sans-serif', padding: '0 0.25em', borderRadius: '3px 3px 3px 0' },
});

export interface FileEditorOptions {
  text: string;
  /** Read from the text's label by screen readers: which file this is. */
  label: string;
  /** The id of what describes the text to screen readers (how the keyboard works in it), in the same root. */
  describedBy?: string;
  readOnly: boolean;
  /** Binds the text to a shared document (`CollabSession.binding`); without it, a local undo history. */
  shared?: Extension;
  /** The ids completion offers, read when it starts. */
  ids(): MapIds;
  /** The text changed (a shared text changes with others' edits too). */
  onEdit(text: string): void;
}

/** A CodeMirror state for one map file: Markdown highlighted, the map's ids completed, diagnostics marked. */
export function fileEditorState(options: FileEditorOptions): EditorState {
  const extensions: Extension[] = [
    lineNumbers(),
    highlightActiveLine(),
    drawSelection(),
    EditorView.lineWrapping,
    pageTheme,
    options.shared ?? history(),
    closeBrackets(),
    markdown(),
    syntaxHighlighting(markdownClasses),
    highlightSelectionMatches(),
    autocompletion({ override: [mapIdCompletion(options.ids)] }),
    lintGutter(),
    keymap.of([...closeBracketsKeymap, ...completionKeymap, ...defaultKeymap, ...(options.shared ? [] : historyKeymap), ...searchKeymap, ...lintKeymap, indentWithTab]),
    EditorState.readOnly.of(options.readOnly),
    EditorView.editable.of(!options.readOnly),
    // Focusable read-only too, so that a keyboard can scroll and select the text of a view link.
    EditorView.contentAttributes.of({
      'aria-label': options.label, spellcheck: 'false', tabindex: '0', ...(options.describedBy ? { 'aria-describedby': options.describedBy } : {}),
    }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onEdit(update.state.doc.toString());
    }),
  ];
  return EditorState.create({ doc: options.text, extensions });
}

/** Marks the map's diagnostics for `file` in the editor. */
export function showDiagnostics(view: EditorView, diagnostics: readonly Diagnostic[], file: string): void {
  view.dispatch(setDiagnostics(view.state, lintMarks(diagnostics, file, view.state.doc)));
}

/** Puts the cursor at the start of `line` and scrolls it into the upper third of the editor. */
export function goToLine(view: EditorView, line: number, focus: boolean): void {
  const { from } = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines));
  view.dispatch({ selection: { anchor: from }, effects: EditorView.scrollIntoView(from, { y: 'start', yMargin: view.dom.clientHeight / 3 }) });
  if (focus) view.focus();
}
