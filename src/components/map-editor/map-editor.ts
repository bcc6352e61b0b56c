import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { MapFile } from '../../parse/parse-markdown.js';
import { download } from '../shared/download.js';
import { mapEditorStyles } from './map-editor.styles.js';

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
 * The text of a map's files, to edit in the page: one file at a time, the map's diagnostics
 * listed below (a click puts the cursor on the line), the edited file downloadable. It only
 * edits text: whoever listens to `map-edit` reads the map and passes the diagnostics back.
 *
 * @fires map-edit - the texts changed (`detail.files`, `detail.edits`)
 * @csspart text - the text area
 */
@customElement('map-editor')
export class MapEditor extends LitElement {
  static override styles = mapEditorStyles;

  /** The files as loaded. Setting them again starts again from `edits`. */
  @property({ attribute: false }) accessor files: readonly MapFile[] = [];
  /** Edits made before, by file name, to start from: a page keeps them while the editor is closed. */
  @property({ attribute: false }) accessor edits: ReadonlyMap<string, string> = new Map();
  /** What reading the edited map found: shown below the text. */
  @property({ attribute: false }) accessor diagnostics: readonly Diagnostic[] = [];
  /**
   * Something to show, such as the selected claim: the cursor goes to where it is written, without
   * taking the focus, when `id` changes (not when its line moves as the text is edited).
   */
  @property({ attribute: false }) accessor reveal: { id: string; file: string; line: number } | null = null;

  @state() private accessor current = '';
  @state() private accessor edited = new Map<string, string>();
  @query('textarea[part=text]') private accessor textarea!: HTMLTextAreaElement;
  @query('textarea.measure') private accessor measure!: HTMLTextAreaElement;
  private pause: ReturnType<typeof setTimeout> | undefined;
  /** The `reveal` id last shown (or passed over while the user was typing). */
  private revealed: string | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Closing the editor right after typing still hands the last keystrokes on.
    if (this.pause !== undefined) this.announceEdit();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('files')) {
      this.edited = new Map(this.edits);
      if (!this.files.some((f) => f.name === this.current)) this.current = this.files[0]?.name ?? '';
    }
  }

  protected override updated(): void {
    const id = this.reveal?.id;
    if (id === this.revealed) return;
    this.revealed = id;
    // Never while the user types: the selected claim comes and goes as its heading is edited.
    const typing = this.shadowRoot?.activeElement === this.textarea;
    if (this.reveal && !typing && this.files.some((f) => f.name === this.reveal!.file)) {
      void this.goTo(this.reveal.file, this.reveal.line, { focus: false });
    }
  }

  private textOf(name: string): string {
    return this.edited.get(name) ?? this.files.find((f) => f.name === name)?.text ?? '';
  }

  private editedFiles(): MapFile[] {
    return this.files.map((f) => ({ name: f.name, text: this.textOf(f.name) }));
  }

  private onInput(): void {
    this.edited = new Map(this.edited).set(this.current, this.textarea.value);
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
    this.announceEdit();
  }

  private download(): void {
    download(this.textOf(this.current), this.current, 'text/markdown');
  }

  /** Shows `line` of `file` with the cursor at its start. */
  private async goTo(file: string, line: number, { focus = true } = {}): Promise<void> {
    if (file !== this.current) {
      this.current = file;
      await this.updateComplete;
    }
    const text = this.textarea.value;
    let offset = 0;
    for (let n = 1; n < line && offset >= 0; n++) offset = text.indexOf('\n', offset) + 1 || -1;
    if (offset < 0) offset = text.length;
    if (focus) this.textarea.focus();
    this.textarea.setSelectionRange(offset, offset);
    this.textarea.scrollTop = Math.max(0, this.heightOf(text.slice(0, offset)) - this.textarea.clientHeight / 3);
  }

  /** How tall `text` stands in the text area, long lines wrapped: measured in a hidden twin of it. */
  private heightOf(text: string): number {
    this.measure.style.width = `${this.textarea.clientWidth}px`;
    this.measure.value = text;
    return this.measure.scrollHeight;
  }

  override render() {
    const names = new Set(this.files.map((f) => f.name));
    const shown = this.diagnostics.filter((d) => names.has(d.file));
    return html`
      <div class="base">
        ${this.files.length > 1
          ? html`<label class="file">File
              <select aria-label="File" @change=${(e: Event) => { this.current = (e.target as HTMLSelectElement).value; }}>
                ${this.files.map((f) => html`<option value=${f.name} ?selected=${f.name === this.current}>${f.name}${this.edited.has(f.name) ? ' (edited)' : ''}</option>`)}
              </select>
            </label>`
          : nothing}
        <textarea part="text" aria-label="Text of ${this.current}" spellcheck="false" .value=${this.textOf(this.current)}
          @input=${this.onInput}></textarea>
        <textarea class="measure" aria-hidden="true" tabindex="-1" rows="1"></textarea>
        <div class="actions">
          <button @click=${this.download} ?disabled=${!this.current}>Download ${this.current}</button>
          <button @click=${this.revert} ?disabled=${this.edited.size === 0}>Undo all edits</button>
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
        <p class="note">Edits stay in this page: download a file to keep it. The map shows each edit that reads without errors.</p>
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
