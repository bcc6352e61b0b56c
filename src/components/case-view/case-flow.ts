import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { DebateCase } from '../../model/case/build-case.js';
import { DEBATE_FORMATS, type DebateFormatId, debateFormat } from '../../model/flow/debate-formats.js';
import { type FlowCell, type FlowPage, type FlowSheet, flowSheet } from '../../model/flow/flow-sheet.js';
import { omittedNote } from '../../model/flow/flow-cell-text.js';
import { ClaimNavigateEvent } from '../shared/claim-navigate-event.js';
import { download } from '../shared/download.js';
import { viewBaseStyles } from '../shared/view-base.styles.js';
import { caseFlowStyles } from './case-flow.styles.js';
import { adoptFlowPageRule } from './flow-page-rule.js';
import { FlowFormatChangeEvent } from './flow-format-change-event.js';
import { FlowPrintEvent } from './flow-print-event.js';

/** Beyond this many rows, a printed page leaves out its empty rows so that it stays one sheet. */
const ROWS_WITH_ROOM_TO_SPARE = 16;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A debater's flow sheet for a case, in a chosen format: a page per side's case, the format's
 * speeches as columns, our case, their expected attacks and our answers filled in where they
 * would be said, the other cells left blank for the round. It prints one landscape page per side
 * and downloads as an Excel workbook.
 *
 * ```html
 * <case-flow format="policy"></case-flow>
 * <script type="module">
 *   document.querySelector('case-flow').debate = buildCase(index, 'sanctions-thesis', 'against').case;
 * </script>
 * ```
 *
 * @summary The flow sheet of a case, as a table, for print and as .xlsx.
 * @event claim-navigate - The user picked a claim on the flow; `detail.id` names it.
 * @event flow-format-change - The user picked another format; `detail.format` names it.
 * @event flow-print - The user asked to print the flow alone (the Case view prints it).
 * @csspart export - The "Print flow" and "Excel (.xlsx)" buttons (hidden in print).
 */
export class CaseFlow extends LitElement {
  static override styles = [viewBaseStyles, caseFlowStyles];

  @property({ attribute: false }) accessor debate: DebateCase | null = null;
  /** The format flowed: `pf`, `policy`, `ld`, `bp` or `wsdc`. */
  @property({ reflect: true }) accessor format: DebateFormatId = 'pf';

  private sheet: FlowSheet | null = null;
  private xlsxBusy = false;
  private xlsxError = '';

  override connectedCallback(): void {
    super.connectedCallback();
    adoptFlowPageRule(this.ownerDocument);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('debate') || changed.has('format')) {
      const format = debateFormat(this.format) ?? DEBATE_FORMATS[0];
      this.sheet = this.debate ? flowSheet(this.debate, format) : null;
    }
  }

  /** The flow as an .xlsx file's bytes; null when there is no case. exceljs loads on first use. */
  async spreadsheet(): Promise<Uint8Array<ArrayBuffer> | null> {
    if (!this.sheet) return null;
    const { flowXlsx } = await import('../../model/flow/flow-xlsx.js');
    return flowXlsx(this.sheet);
  }

  override render() {
    const sheet = this.sheet;
    if (!sheet) return nothing;
    return html`
      <div class="controls">
        <label>Format
          <select @change=${this.pickFormat}>
            ${DEBATE_FORMATS.map((f) => html`<option value=${f.id} ?selected=${f.id === sheet.format.id}>${f.name}</option>`)}
          </select>
        </label>
        <button class="export" part="export" @click=${this.print}>Print flow</button>
        <button class="export" part="export" data-format="xlsx" ?disabled=${this.xlsxBusy} @click=${this.exportXlsx}>Excel (.xlsx)</button>
      </div>
      ${this.xlsxError ? html`<p class="none" role="alert">Excel file not written: ${this.xlsxError}</p>` : nothing}
      ${sheet.pages.map((page, i) => this.renderPage(sheet, page, i))}
    `;
  }

  private renderPage(sheet: FlowSheet, page: FlowPage, index: number) {
    const id = `flow-page-${index}`;
    // The scrolling box is the page's one landmark, named by its heading.
    return html`
      <section class="page ${page.ours ? 'ours' : 'theirs'} ${page.rows.length > ROWS_WITH_ROOM_TO_SPARE ? 'long' : ''}" data-page=${page.ours ? 'ours' : 'theirs'}>
        <h4 id=${id}>${page.title}</h4>
        <p class="print-only motion">${sheet.format.name} · ${sheet.motion.text}</p>
        <div class="scroll" tabindex="0" role="region" aria-labelledby=${id}>
          <table>
            <caption class="visually-hidden">${page.title}: ${sheet.format.name} flow, one column a speech</caption>
            <thead>
              <tr>${page.columns.map((speech) => html`
                <th scope="col" class=${speech.side === sheet.side ? 'ours' : 'theirs'}>
                  <span aria-hidden=${speech.name === speech.label ? 'false' : 'true'}>${speech.label}</span>
                  ${speech.name === speech.label ? nothing : html`<span class="visually-hidden">${speech.name}</span>`}
                </th>`)}
              </tr>
            </thead>
            <tbody>
              ${page.rows.map((row) => html`<tr class=${row.every((cell) => cell === null) ? 'blank' : ''}>${row.map((cell) => this.renderCell(cell))}</tr>`)}
            </tbody>
          </table>
        </div>
        ${page.omitted > 0 ? html`<p class="none">${omittedNote(page.omitted)}</p>` : nothing}
      </section>
    `;
  }

  private renderCell(cell: FlowCell | null) {
    if (!cell) return html`<td></td>`;
    const { claim, role, backs, cards } = cell;
    return html`<td class="filled ${role} ${cell.side === this.sheet?.side ? 'ours' : 'theirs'}" data-claim=${claim.id} data-role=${role}>
      <button class="tag" @click=${() => this.dispatchEvent(new ClaimNavigateEvent({ id: claim.id }))}
        >${backs ? html`<span aria-hidden="true">↳ </span><span class="visually-hidden">backing the claim above: </span>` : nothing}${claim.text}</button>
      ${cards ? html`<span class="cards" title="evidence cards"><span aria-hidden="true">❝${cards}</span><span class="visually-hidden">(${cards} ${cards === 1 ? 'card' : 'cards'})</span></span>` : nothing}
    </td>`;
  }

  private pickFormat(event: Event): void {
    const format = debateFormat((event.target as HTMLSelectElement).value)?.id;
    if (!format) return;
    this.format = format;
    this.dispatchEvent(new FlowFormatChangeEvent({ format }));
  }

  private print(): void {
    this.dispatchEvent(new FlowPrintEvent());
  }

  /** Saves the flow as .xlsx; the exceljs library loads on the first click. */
  private async exportXlsx(): Promise<void> {
    const sheet = this.sheet;
    if (!sheet || this.xlsxBusy) return;
    this.xlsxBusy = true;
    this.xlsxError = '';
    this.requestUpdate();
    try {
      const bytes = await this.spreadsheet();
      if (bytes) download(new Blob([bytes], { type: XLSX_TYPE }), `flow-${sheet.format.id}-${sheet.side}-${sheet.motion.id}.xlsx`);
    } catch (error) {
      this.xlsxError = error instanceof Error ? error.message : String(error);
    } finally {
      this.xlsxBusy = false;
      this.requestUpdate();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'case-flow': CaseFlow;
  }
}
