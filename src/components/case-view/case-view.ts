import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { buildCase, type CaseClaim, type CaseResult, type CaseSide, type DebateCase } from '../../model/case/build-case.js';
import { caseMarkdown } from '../../model/case/case-markdown.js';
import { renderMarkdown } from '../../sanitize/markdown.js';
import { evidenceCardTemplate } from '../shared/evidence-card.template.js';
import type { LoadedMap } from '../../state/map-state.js';
import { caseViewStyles } from './case-view.styles.js';
import { viewBaseStyles } from '../shared/view-base.styles.js';
import { ClaimNavigateEvent } from '../shared/claim-navigate-event.js';
import type { CaseDocx } from '../../model/case/case-docx.js';
import { wordBrief } from './word-brief.js';
import { download } from '../shared/download.js';
import type { DebateFormatId } from '../../model/flow/debate-formats.js';
import { FlowFormatChangeEvent } from './flow-format-change-event.js';

/**
 * The case for or against one claim, ready to read, print or export: our case, their case,
 * our answers and the open flanks, each claim with its evidence cards.
 *
 * ```html
 * <case-view side="against"></case-view>
 * <script type="module">
 *   const view = document.querySelector('case-view');
 *   view.loaded = prepareMap(map);
 *   view.claimId = 'sanctions-thesis';
 * </script>
 * ```
 *
 * Its Flow section (`<case-flow>`) lays the case out as a flow sheet for a debate format; "Print flow"
 * prints that alone, one landscape page per side.
 *
 * @summary A debate brief built from the map, with a print layout, Markdown and Word export, and a flow sheet.
 * @event claim-navigate - The user picked a claim in the case; `detail.id` names it.
 * @event flow-format-change - The user picked another format for the flow; `detail.format` names it.
 * @csspart base - The brief's box.
 * @csspart export - The "Export Markdown" and "Word (.docx)" buttons (hidden in print).
 * @cssproperty --case-view-ours-color - The colour that marks our side.
 * @cssproperty --case-view-theirs-color - The colour that marks their side.
 */
export class CaseView extends LitElement {
  static override styles = [viewBaseStyles, caseViewStyles];

  @property({ attribute: false }) accessor loaded: LoadedMap | null = null;
  @property({ attribute: 'claim-id' }) accessor claimId: string | null = null;
  @property({ reflect: true }) accessor side: CaseSide = 'for';
  /** The folder the source texts are fetched from, for the paragraph around each quote in the Word file. */
  @property({ attribute: 'sources-base' }) accessor sourcesBase: string | null = null;
  /** The debate format of the flow sheet: `pf`, `pf-con-first`, `policy`, `ld`, `bp` or `wsdc`. */
  @property({ attribute: 'flow-format' }) accessor flowFormat: DebateFormatId = 'pf';
  /** Set while the flow alone is printed: the brief hides in print. */
  @property({ reflect: true }) accessor printing: 'flow' | null = null;

  private result: CaseResult | null = null;
  private wordBusy = false;
  private wordError = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('loaded') || changed.has('claimId') || changed.has('side')) {
      this.result = this.loaded && this.claimId ? buildCase(this.loaded.index, this.claimId, this.side === 'against' ? 'against' : 'for') : null;
    }
  }

  /** The case as Markdown, the same that `argmap brief` writes; empty when there is no case. */
  get markdown(): string {
    return this.result?.ok ? caseMarkdown(this.result.case) : '';
  }

  /**
   * The case as a Word file in the shape of a Verbatim file (see `caseDocx`), with source
   * context from `sourcesBase`; null when there is no case.
   */
  async wordDocument(): Promise<CaseDocx | null> {
    return this.result?.ok && this.loaded ? wordBrief(this.result.case, this.loaded.map.sources, this.sourcesBase) : null;
  }

  override render() {
    if (!this.result) return nothing;
    if (!this.result.ok) return html`<div class="base" part="base"><p class="none" role="alert">${this.result.message}</p></div>`;
    const debate = this.result.case;
    return html`
      <article class="base" part="base" aria-labelledby="case-title">
        <header>
          <h2 id="case-title">Brief ${debate.side}: ${debate.motion.text}</h2>
          <span class="exports">
            <button class="export" part="export" @click=${this.exportMarkdown}>Export Markdown</button>
            <button class="export" part="export" data-format="docx" ?disabled=${this.wordBusy} @click=${this.exportWord}
              title="Cards in the Verbatim shape: Pocket, Hat, Block, Tag, Cite">Word (.docx)</button>
          </span>
        </header>
        ${this.wordError ? html`<p class="none" role="alert">Word file not written: ${this.wordError}</p>` : nothing}
        <p class="meta">
          ${debate.thread ? html`${debate.thread.title} · ` : nothing}${debate.ours.length} claims ours, ${debate.theirs.length} theirs,
          ${debate.answers.length} answered, ${debate.openFlanks.length} open flanks
        </p>
        ${this.renderSection('ours', 'Our case', debate.ours, 'ours')}
        ${this.renderSection('theirs', 'Their case', debate.theirs, 'theirs')}
        ${this.renderAnswers(debate)}
        ${this.renderFlanks(debate)}
        <section class="flow" data-section="flow" aria-labelledby="flow-title">
          <h3 id="flow-title">Flow</h3>
          <case-flow .debate=${debate} .format=${this.flowFormat} @flow-print=${this.printFlow} @flow-format-change=${this.flowFormatPicked}
            @claim-navigate=${(e: ClaimNavigateEvent) => { e.stopPropagation(); this.navigate(e.detail.id); }}></case-flow>
        </section>
      </article>
    `;
  }

  private renderSection(id: string, title: string, claims: readonly CaseClaim[], side: 'ours' | 'theirs') {
    return html`
      <section class=${side} data-section=${id} aria-labelledby="${id}-title">
        <h3 id="${id}-title">${title}</h3>
        ${claims.length ? claims.map((c) => this.renderClaim(c, side, 'h4')) : html`<p class="none">None in the map.</p>`}
      </section>
    `;
  }

  private renderClaim({ claim, argues, cards }: CaseClaim, side: 'ours' | 'theirs', level: 'h4' | 'h5') {
    const tag = html`<button class="tag" data-claim=${claim.id} @click=${() => this.navigate(claim.id)}>${claim.text}</button>`;
    return html`
      <article class="claim ${side}" data-claim=${claim.id}>
        ${level === 'h4' ? html`<h4>${tag}</h4>` : html`<h5>${tag}</h5>`}
        ${argues.length
          ? html`<p class="argues">${argues.map((r, i) => html`${i ? ' · ' : ''}${r.kind} ${this.textOf(r.to)}`)}</p>`
          : nothing}
        ${claim.note ? html`<div class="note">${renderMarkdown(claim.note)}</div>` : nothing}
        ${cards.length ? cards.map((card) => evidenceCardTemplate(card)) : html`<p class="none">No evidence in the map for this claim.</p>`}
      </article>
    `;
  }

  private renderAnswers(debate: DebateCase) {
    return html`
      <section class="answers" data-section="answers" aria-labelledby="answers-title">
        <h3 id="answers-title">Our answers</h3>
        ${debate.answers.length
          ? debate.answers.map((answer) => html`
              <div class="answer" data-answers=${answer.theirs.claim.id}>
                <h4>Answering: <button class="tag" data-claim=${answer.theirs.claim.id} @click=${() => this.navigate(answer.theirs.claim.id)}
                  >${answer.theirs.claim.text}</button></h4>
                ${answer.ours.map((c) => this.renderClaim(c, 'ours', 'h5'))}
              </div>`)
          : html`<p class="none">None: no claim of ours attacks a claim of theirs.</p>`}
      </section>
    `;
  }

  private renderFlanks(debate: DebateCase) {
    return html`
      <section class="flanks" data-section="flanks" aria-labelledby="flanks-title">
        <h3 id="flanks-title">Open flanks</h3>
        ${debate.openFlanks.length
          ? html`<ul>${debate.openFlanks.map(({ attack, target }) => html`
              <li data-attack=${attack.claim.id} data-target=${target.claim.id}>
                <button class="tag" data-claim=${attack.claim.id} @click=${() => this.navigate(attack.claim.id)}>${attack.claim.text}</button>
                attacks our claim
                <button class="tag" data-claim=${target.claim.id} @click=${() => this.navigate(target.claim.id)}>${target.claim.text}</button>;
                nothing in the map answers it.
              </li>`)}</ul>`
          : html`<p class="none">None: the map answers every attack of theirs on our claims.</p>`}
      </section>
    `;
  }

  private textOf(id: string): string {
    return this.loaded?.index.claim(id)?.text ?? id;
  }

  private navigate(id: string): void {
    this.dispatchEvent(new ClaimNavigateEvent({ id }));
  }

  /** Saves the Markdown brief through the browser's download. */
  private exportMarkdown(): void {
    if (!this.result?.ok) return;
    const { motion, side } = this.result.case;
    download(new Blob([this.markdown], { type: 'text/markdown' }), `brief-${side}-${motion.id}.md`);
  }

  /** The flow's own event stops at this shadow root: the view keeps the format and says so itself. */
  private flowFormatPicked(event: FlowFormatChangeEvent): void {
    event.stopPropagation();
    this.flowFormat = event.detail.format;
    this.dispatchEvent(new FlowFormatChangeEvent({ format: event.detail.format }));
  }

  /**
   * Prints the flow without the brief. The brief comes back after printing: some browsers return
   * from print() while their dialog is still open, and all of them fire afterprint once it closes.
   */
  private async printFlow(): Promise<void> {
    const view = this.ownerDocument.defaultView;
    if (!view) return;
    this.printing = 'flow';
    await this.updateComplete;
    view.addEventListener('afterprint', () => { this.printing = null; }, { once: true });
    view.print();
  }

  /** Saves the Word brief; the docx library loads on the first click. */
  private async exportWord(): Promise<void> {
    if (!this.result?.ok || this.wordBusy) return;
    const { motion, side } = this.result.case;
    this.wordBusy = true;
    this.wordError = '';
    this.requestUpdate();
    try {
      const word = await this.wordDocument();
      if (word) download(new Blob([word.bytes], { type: DOCX_TYPE }), `brief-${side}-${motion.id}.docx`);
    } catch (error) {
      this.wordError = error instanceof Error ? error.message : String(error);
    } finally {
      this.wordBusy = false;
      this.requestUpdate();
    }
  }
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';


declare global {
  interface HTMLElementTagNameMap {
    'case-view': CaseView;
  }
}
