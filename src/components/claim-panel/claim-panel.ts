import { html, nothing } from 'lit';
import { PortableElement } from '../shared/portable-element.js';
import { property } from 'lit/decorators.js';
import { ClaimNavigateEvent } from '../shared/claim-navigate-event.js';
import type { Claim, Quote, Relation } from '../../model/types.js';
import { speakerCite } from '../../model/speech.js';
import { renderMarkdown } from '../../sanitize/markdown.js';
import { sourceLinkUrl } from '../shared/source-link.js';
import type { ClaimAssumptions, LoadedMap } from '../../state/map-state.js';
import type { Label } from '../../model/semantics/labelling.js';
import type { Assumption } from '../../state/assume.js';
import { ClaimAssumeEvent, PanelCloseEvent, PanelLeaveEvent } from './claim-panel-events.js';
import { claimPanelStyles } from './claim-panel.styles.js';
import { claimStrengthLine } from './claim-strength.js';

/**
 * What grounded semantics says of a claim, in words that do not sound like the tool's verdict:
 * it only follows the attacks drawn in the map (supports do not count) and what the reader grants.
 */
const LABEL_TEXT: Record<Label, string> = { in: 'Stands', out: 'Answered', undec: 'Open' };
const LABEL_EXPLAINED: Record<Label, string> = {
  in: 'stands if nothing else is assumed: no attack in the map holds against it',
  out: 'by',
  undec: 'its attacks and their answers go round in a circle: the map alone does not settle it',
};

const SIDE_LABELS = { thesis: 'Thesis', pro: 'For the thesis', con: 'Against the thesis' };

/**
 * Everything about one claim: its text, its evidence with each source's kind and stance, and
 * the claims around it.
 *
 * Its events bubble but are not composed: inside `<argument-map>` they stop at the element's
 * shadow root.
 *
 * @fires claim-navigate - The user picked a related claim. `detail: { id }` (`ClaimNavigateEvent`).
 * @fires panel-close - The user closed the panel (`PanelCloseEvent`).
 * @fires panel-leave - The user pressed Escape in the panel, to go back to the map (`PanelLeaveEvent`).
 * @fires claim-assume - The user assumed the claim true, false or open. `detail: { id, as }` (`ClaimAssumeEvent`).
 * @csspart base - The panel's box.
 */
export class ClaimPanel extends PortableElement {
  static override styles = claimPanelStyles;

  @property({ attribute: false }) accessor loaded: LoadedMap | null = null;
  @property({ attribute: false }) accessor claimId: string | null = null;
  /** The claim's label under grounded semantics, if known. */
  @property({ attribute: false }) accessor label: Label | undefined = undefined;
  /** What the user assumes of this claim. */
  @property({ attribute: false }) accessor assumption: Assumption = 'open';
  /** What the user assumes of every claim, for the claim's weighed strength. */
  @property({ attribute: false }) accessor assumptions: ClaimAssumptions | undefined = undefined;
  /** Every claim's label, to name the attack that answers this one. */
  @property({ attribute: false }) accessor labelling: ReadonlyMap<string, Label> | undefined = undefined;

  /** Moves focus to the panel's first button. */
  focusControls(): void {
    this.renderRoot.querySelector<HTMLElement>('button')?.focus();
  }

  /**
   * Moves focus to the claim's heading (Enter on the map's selected claim): the reader starts at
   * the claim and its evidence, and a key still held down cannot press a button.
   */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('#claim-text')?.focus();
  }

  override render() {
    const claim = this.claimId ? this.loaded?.index.claim(this.claimId) : undefined;
    if (!this.loaded || !claim) return nothing;
    const { index, sides, map } = this.loaded;
    const thread = map.threads.find((t) => t.id === claim.thread);
    const side = sides.get(claim.id) ?? 'thesis';
    return html`
      <section class="base" part="base" aria-labelledby="claim-text" @keydown=${this.onKey}>
        <header>
          <h2 id="claim-text" tabindex="-1">${claim.text}</h2>
          <button class="close" aria-label="Close" title="Close" @click=${this.close}>×</button>
        </header>
        <p class="meta">
          <span class="side ${side}">${SIDE_LABELS[side]}</span>
          · ${thread?.title ?? claim.thread}
          ${claim.tags.length ? html`· ${claim.tags.map((t) => `#${t}`).join(' ')}` : nothing}
        </p>
        ${this.renderStanding()}
        <p class="strength" title="DF-QuAD: weighs supporters against attackers, each claim from a base score of 0.5">${claimStrengthLine(this.loaded, claim.id, this.assumptions)}</p>
        ${claim.note ? html`<div class="note">${renderMarkdown(claim.note)}</div>` : nothing}
        <h3>Evidence</h3>
        ${claim.quotes.length
          ? groupBySource(claim.quotes).map(([source, quotes]) => this.renderEvidence(source, quotes, claim))
          : html`<p class="none">No quotes back this claim in the map.</p>`}
        ${this.renderRelated('Supported by', index.relationsInto(claim.id).filter((r) => r.kind === 'supports'), 'from')}
        ${this.renderRelated('Attacked by', index.relationsInto(claim.id).filter((r) => r.kind === 'attacks'), 'from')}
        ${this.renderRelated('Argues about', index.relationsFrom(claim.id), 'to')}
      </section>
    `;
  }

  /** Whether the claim stands, given the attacks in the map and what the user assumes. */
  private renderStanding() {
    if (!this.label) return nothing;
    const choice = (as: Assumption, text: string, title: string) => html`<button class="assume" aria-pressed=${this.assumption === as ? 'true' : 'false'}
      title=${title} @click=${() => this.dispatchEvent(new ClaimAssumeEvent({ id: this.claimId!, as }))}>${text}</button>`;
    const answer = this.label === 'out'
      ? this.loaded!.index.relationsInto(this.claimId!).filter((r) => r.kind === 'attacks').map((r) => this.loaded!.index.claim(r.from)).find((c) => c && this.labelling?.get(c.id) === 'in')
      : undefined;
    return html`<div class="standing">
      <p><span class="label ${this.label}">${LABEL_TEXT[this.label]}</span>
        ${this.label === 'out' && answer
          ? html`${LABEL_EXPLAINED.out} <button class="answer" data-claim=${answer.id} @click=${() => this.navigate(answer.id)}>${answer.text}</button>`
          : LABEL_EXPLAINED[this.label]}</p>
      <p class="assume-line"><span id="assume-label">For the sake of argument, take it as</span>
        <span class="assume-group" role="group" aria-labelledby="assume-label">
          ${choice('open', 'Open', 'As the map has it: let its attacks decide')}
          ${choice('conceded', 'Concede', 'Grant it: treat this claim as true, whatever attacks it')}
          ${choice('rejected', 'Reject', 'Deny it: treat this claim as false, so it answers nothing')}
        </span>
      </p>
    </div>`;
  }

  /** One source's quotes, then its citation once: who said it, where, what kind of source, its stance. */
  private renderEvidence(sourceId: string, quotes: Quote[], claim: Claim) {
    const source = this.loaded!.index.sources.get(sourceId);
    const stance = source?.stances.find((s) => s.thread === claim.thread);
    const title = source?.title || sourceId;
    const details = [source?.outlet, source?.author, source?.date].filter((d) => d && d !== 'unknown');
    const link = sourceLinkUrl(source?.url);
    return html`
      <figure data-source=${sourceId}>
        ${quotes.map((q) => html`
          <blockquote>${renderMarkdown(q.text)}</blockquote>
          ${q.speaker ? html`<p class="speaker" data-speech=${q.speech ?? 'direct'}>— ${speakerCite(q, title)}</p>` : nothing}`)}
        <figcaption>
          Source:
          ${link
            ? html`<a href=${link} target="_blank" rel="noopener noreferrer">${title}</a>`
            : html`<cite>${title}</cite>`}${details.length ? `, ${details.join(', ')}` : ''}
          ${source?.kind ? html`· <span class="kind">${source.kind}</span>` : nothing}
          ${stance
            ? html`<span class="stance">Its stance on this thread: <strong>${stance.position}</strong>${stance.summary ? ` — ${stance.summary}` : ''}</span>`
            : nothing}
        </figcaption>
      </figure>
    `;
  }

  private renderRelated(title: string, relations: readonly Relation[], end: 'from' | 'to') {
    if (relations.length === 0) return nothing;
    return html`
      <h3>${title}</h3>
      <ul>
        ${relations.map((r) => {
          const other = this.loaded!.index.claim(r[end]);
          if (!other) return nothing;
          const label = end === 'to' ? `${r.kind === 'supports' ? 'Supports' : 'Attacks'}: ${other.text}` : other.text;
          return html`<li><button class=${r.kind} data-claim=${other.id} @click=${() => this.navigate(other.id)}>${label}</button></li>`;
        })}
      </ul>
    `;
  }

  private navigate(id: string) {
    this.dispatchEvent(new ClaimNavigateEvent({ id }));
  }

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.dispatchEvent(new PanelLeaveEvent());
  };

  private close() {
    this.dispatchEvent(new PanelCloseEvent());
  }
}

function groupBySource(quotes: readonly Quote[]): [string, Quote[]][] {
  const groups = new Map<string, Quote[]>();
  for (const quote of quotes) groups.set(quote.source, [...(groups.get(quote.source) ?? []), quote]);
  return [...groups];
}

declare global {
  interface HTMLElementTagNameMap {
    'claim-panel': ClaimPanel;
  }
}
