import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { MapFile } from '../../parse/parse-markdown.js';
import { download } from '../shared/download.js';
import type { CollabSession } from './collab-binding.js';
import { namedCollaborator } from './collaborator.js';
import { collabNotice } from './collab-notice.js';
import { idsIn } from './map-ids.js';
import { mapEditorStyles } from './map-editor.styles.js';

type CodeEditor = typeof import('./code-editor.js');
type EditorView = import('./code-editor.js').EditorView;
type EditorState = import('./code-editor.js').EditorState;

export interface MapEditDetail {
  /** Every file of the map, the edited ones with their new text. */
  files: MapFile[];
  /** The new texts of the edited files, by name: give them back as `edits` to a new editor. */
  edits: ReadonlyMap<string, string>;
}

/** The user changed the text of a map file; fired once typing pauses. */
export class MapEditEvent extends CustomEvent<MapEditDetail> {
  constructor(detail: MapEditDetail) {
    super('map-edit', { detail, bubbles: true, composed: true });
  }
}

/** Typing pauses this long before the map is read again. */
const PAUSE_MS = 300;

/**
 * The text of a map's files, to edit in the page (CodeMirror, loaded when the editor first shows):
 * one file at a time, Markdown highlighted, the map's diagnostics marked in the text and listed
 * below (a click puts the cursor on the line), claim and source ids completed, the file
 * downloadable. Given a `collab` session, a file is the shared document, with the others' cursors.
 * It only edits text: whoever listens to `map-edit` (or to the session) reads the map and passes
 * the diagnostics back.
 *
 * @fires map-edit - the texts changed in the page alone (`detail.files`, `detail.edits`)
 * @csspart text - the text editor
 */
@customElement('map-editor')
export class MapEditor extends LitElement {
  static override styles = mapEditorStyles;

  /** The files as loaded. Setting them again starts again from `edits`. */
  @property({ attribute: false }) accessor files: readonly MapFile[] = [];
  /** Edits made before, by file name, to start from: a page keeps them while the editor is closed. */
  @property({ attribute: false }) accessor edits: ReadonlyMap<string, string> = new Map();
  /** What reading the edited map found: marked in the text and listed below it. */
  @property({ attribute: false }) accessor diagnostics: readonly Diagnostic[] = [];
  /**
   * Something to show, such as the selected claim: the cursor goes to where it is written, without
   * taking the focus, when `id` changes (not when its line moves as the text is edited).
   */
  @property({ attribute: false }) accessor reveal: { id: string; file: string; line: number } | null = null;
  /** The file to open first, when the map has it. */
  @property() accessor file = '';
  /** The map's files shared live (`argmap collab`): the files it has synced are edited there. */
  @property({ attribute: false }) accessor collab: CollabSession | null = null;
  /** Changes whenever the session does (status, access, texts), so that the editor follows it. */
  @property({ attribute: false }) accessor collabRevision = 0;

  @state() private accessor current = '';
  @state() private accessor edited = new Map<string, string>();
  @state() private accessor codeEditor: CodeEditor | undefined;
  @query('.text') private accessor textBox!: HTMLElement;
  private view: EditorView | undefined;
  /** The editor states of the files edited in the page, so that switching files keeps undo and cursor. */
  private localStates = new Map<string, EditorState>();
  /** What the editor shows: the file, whether shared, whether read-only. */
  private shown: { name: string; shared: boolean; readOnly: boolean } | null = null;
  private pause: ReturnType<typeof setTimeout> | undefined;
  /** The `reveal` id last shown (or passed over while the user was typing). */
  private revealed: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // CodeMirror loads with the editor, not with the page.
    if (!this.codeEditor) void import('./code-editor.js').then((module) => { this.codeEditor = module; });
    // Put back in the page (moved, or the tool reopened): the text editor is made again.
    else if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Closing the editor right after typing still hands the last keystrokes on.
    if (this.pause !== undefined) this.announceEdit();
    if (this.view && this.shown && !this.shown.shared) this.localStates.set(this.shown.name, this.view.state);
    this.view?.destroy();
    this.view = undefined;
    this.shown = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('files')) {
      this.edited = new Map(this.edits);
      this.localStates.clear();
      this.shown = null;
      if (!this.files.some((f) => f.name === this.current)) {
        this.current = this.files.find((f) => f.name === this.file || this.file.endsWith(`/${f.name}`))?.name ?? this.files[0]?.name ?? '';
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.codeEditor || !this.current) return;
    const before = this.shown?.name;
    const swapped = this.showCurrent(this.codeEditor);
    if (swapped || changed.has('diagnostics')) this.codeEditor.showDiagnostics(this.view!, this.diagnostics, this.current);
    // The same file made again (its shared text has come): the cursor goes back to the selected claim.
    if (swapped && before === this.current) this.revealed = undefined;
    const id = this.reveal?.id;
    if (id === this.revealed) return;
    this.revealed = id;
    // Never while the user types: the selected claim comes and goes as its heading is edited.
    if (this.reveal && !this.view!.hasFocus && this.files.some((f) => f.name === this.reveal!.file)) {
      void this.goTo(this.reveal.file, this.reveal.line, { focus: false });
    }
  }

  /** The file is shared when the session has its text and it was not edited in the page meanwhile. */
  private isShared(name: string): boolean {
    return !!this.collab?.synced(name) && !this.edited.has(name);
  }

  private isReadOnly(name: string): boolean {
    const collab = this.collab;
    if (!collab) return false;
    // Until the server answers, the text may be behind; a view link stays read-only even offline.
    return collab.readOnly || (collab.status === 'connecting' && !collab.synced(name));
  }

  /** Puts the current file in the editor when it is not there yet; true when it changed. */
  private showCurrent(code: CodeEditor): boolean {
    const next = { name: this.current, shared: this.isShared(this.current), readOnly: this.isReadOnly(this.current) };
    const shown = this.shown;
    if (this.view && shown && shown.name === next.name && shown.shared === next.shared && shown.readOnly === next.readOnly) return false;
    // A file edited in the page keeps its undo history and cursor while another is shown.
    if (this.view && shown && !shown.shared) this.localStates.set(shown.name, this.view.state);
    const stored = next.shared ? undefined : this.localStates.get(next.name);
    const editorState = stored && stored.facet(code.EditorState.readOnly) === next.readOnly ? stored : code.fileEditorState({
      text: next.shared ? this.collab!.text(next.name)! : this.textOf(next.name),
      label: `Text of ${next.name}`,
      describedBy: 'text-keys',
      readOnly: next.readOnly,
      shared: next.shared ? this.collab!.binding(next.name) : undefined,
      ids: () => idsIn(this.files.map((f) => this.collab?.text(f.name) ?? this.textOf(f.name))),
      onEdit: next.shared ? () => undefined : (text) => this.onLocalEdit(next.name, text),
    });
    if (!this.view) this.view = new code.EditorView({ state: editorState, parent: this.textBox, root: this.shadowRoot! });
    else this.view.setState(editorState);
    this.shown = next;
    return true;
  }

  private textOf(name: string): string {
    return this.edited.get(name) ?? this.files.find((f) => f.name === name)?.text ?? '';
  }

  private editedFiles(): MapFile[] {
    return this.files.map((f) => ({ name: f.name, text: this.textOf(f.name) }));
  }

  private onLocalEdit(name: string, text: string): void {
    this.edited = new Map(this.edited).set(name, text);
    clearTimeout(this.pause);
    this.pause = setTimeout(() => this.announceEdit(), PAUSE_MS);
  }

  private announceEdit(): void {
    clearTimeout(this.pause);
    this.pause = undefined;
    this.dispatchEvent(new MapEditEvent({ files: this.editedFiles(), edits: this.edited }));
  }

  private revert(): void {
    this.edited = new Map();
    this.localStates.clear();
    this.shown = null;
    this.announceEdit();
  }

  private download(): void {
    download(this.view?.state.doc.toString() ?? this.textOf(this.current), this.current, 'text/markdown');
  }

  /** Shows `line` of `file` with the cursor at its start. */
  private async goTo(file: string, line: number, { focus = true } = {}): Promise<void> {
    if (file !== this.current) this.current = file;
    await this.updateComplete;
    if (this.view && this.codeEditor) this.codeEditor.goToLine(this.view, line, focus);
  }

  override render() {
    const names = new Set(this.files.map((f) => f.name));
    const shown = this.diagnostics.filter((d) => names.has(d.file));
    const collab = this.collab;
    const shared = this.isShared(this.current);
    const local = [...this.edited.keys()].filter((name) => !this.isShared(name) || name === this.current);
    return html`
      <div class="base">
        ${collab ? collabNotice(collab, { shared, copy: this.edited.has(this.current) }, (name) => collab.setUser(namedCollaborator(name))) : nothing}
        ${this.files.length > 1
          ? html`<label class="file">File
              <select aria-label="File" @change=${(e: Event) => { this.current = (e.target as HTMLSelectElement).value; }}>
                ${this.files.map((f) => html`<option value=${f.name} ?selected=${f.name === this.current}>${f.name}${this.edited.has(f.name) ? ' (edited)' : ''}</option>`)}
              </select>
            </label>`
          : nothing}
        <div class="text" part="text"></div>
        ${collab?.readOnly ? nothing : html`<p class="note" id="text-keys">In the text, Tab indents: press Escape, then Tab, to move on.</p>`}
        ${this.codeEditor ? nothing : html`<p class="note">Loading the editor…</p>`}
        <div class="actions">
          <button @click=${this.download} ?disabled=${!this.current}>Download ${this.current}</button>
          ${shared ? nothing : html`<button @click=${this.revert} ?disabled=${local.length === 0}>Undo all edits</button>`}
        </div>
        <p class="summary" role="status">${summary(shown)}</p>
        ${shown.length
          ? html`<ul class="diagnostics" aria-label="Problems" role="list">
              ${shown.map((d) => html`<li class=${d.severity}>
                <button class="where" @click=${() => this.goTo(d.file, d.line)}>${d.file}:${d.line}</button>
                <span>${d.severity}: ${d.message}</span>
              </li>`)}
            </ul>`
          : nothing}
        ${shared ? nothing : html`<p class="note">Edits stay in this page: download a file to keep it. The map shows each edit that reads without errors.</p>`}
      </div>
    `;
  }
}

/** "No problems.", or how many errors and warnings: said to screen readers after each edit. */
function summary(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length === 0) return 'No problems.';
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  return [errors && count(errors, 'error'), warnings && count(warnings, 'warning')].filter(Boolean).join(', ') + '.';
}

declare global {
  interface HTMLElementTagNameMap {
    'map-editor': MapEditor;
  }
  interface HTMLElementEventMap {
    'map-edit': MapEditEvent;
  }
}
