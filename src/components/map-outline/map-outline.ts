import { css, html, nothing, type PropertyValues } from 'lit';
import { PortableElement } from '../shared/portable-element.js';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { ClaimNavigateEvent } from '../shared/claim-navigate-event.js';
import type { Thread } from '../../model/types.js';
import type { LoadedMap } from '../../state/map-state.js';
import { type OutlineEntry, outlineForest } from './outline-forest.js';

/** Lists nested deeper than this continue at the top of their thread: a chain of claims can be 100,000 deep. */
const MAX_NESTING = 24;
/** Claims listed at first, and how many more "Show more" lists: a map can have 100,000. */
const CLAIMS_PER_PAGE = 2000;

/** What one render has left to list, and the deep subtrees it leaves for the top of the thread. */
interface RenderBudget {
  left: number;
  continued: OutlineEntry[];
}

/**
 * The map as nested lists, thread by thread: each claim with its supporters and attackers
 * below it. Reads well with a screen reader and prints well. Each claim is listed once (see
 * `outlineForest`); its other relations are links ("also supports …").
 *
 * @event claim-navigate - The user picked a claim; `detail.id` names it.
 */
export class MapOutline extends PortableElement {
  static override styles = css`
    :host { display: block; overflow: auto; }
    .base { padding: 0.5rem 1rem 2rem; font: 14px/1.45 var(--argument-map-font, system-ui, sans-serif); color: var(--_text); }
    h2 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
    ul { list-style: none; margin: 0; padding-left: 1.2rem; }
    .base > section > ul { padding-left: 0; }
    li { margin: 0.15rem 0; }
    button { all: unset; cursor: pointer; padding: 0.1rem 0.35rem; border-radius: 3px; }
    button:hover { background: var(--_hover); }
    button:focus-visible { outline: 2px solid var(--_accent); }
    button[aria-current='true'] { background: var(--_hover); font-weight: 600; }
    .kind { font-size: 0.75rem; font-weight: 700; margin-right: 0.3rem; padding: 0 0.3rem; border-radius: 3px; }
    .kind.supports { color: var(--_supports); border: 1px solid var(--_supports); }
    .kind.attacks { color: var(--_attacks); border: 1px dashed var(--_attacks); }
    .match { background: color-mix(in srgb, var(--_match) 40%, transparent); }
    .also { color: var(--_muted); font-style: italic; }
    .also button { text-decoration: underline; }
    .more button { text-decoration: underline; }
    .strength { color: var(--_muted); font-size: 0.8rem; white-space: nowrap; margin-left: 0.2rem; }
    .strength i { display: inline-block; width: 2.4em; height: 0.6em; margin-right: 0.25rem; border: 1px solid var(--_muted); border-radius: 2px; vertical-align: middle; }
  `;

  @property({ attribute: false }) accessor loaded: LoadedMap | null = null;
  @property({ attribute: false }) accessor visible: ReadonlySet<string> = new Set();
  @property({ attribute: false }) accessor highlighted: ReadonlySet<string> = new Set();
  @property({ attribute: false }) accessor selected: string | null = null;
  /** Each claim's weighed strength, said after it when the map is coloured by strength (empty otherwise). */
  @property({ attribute: false }) accessor strengths: ReadonlyMap<string, number> = new Map();
  @state() private accessor shownClaims = CLAIMS_PER_PAGE;
  private forests: { thread: Thread; tops: OutlineEntry[] }[] = [];

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('loaded') || changed.has('visible')) {
      const loaded = this.loaded;
      this.forests = loaded ? loaded.map.threads.map((thread) => ({ thread, tops: outlineForest(loaded.index, thread.id, this.visible) })) : [];
    }
  }

  override render() {
    if (!this.loaded) return nothing;
    const budget: RenderBudget = { left: this.shownClaims, continued: [] };
    const total = this.loaded.map.claims.filter((c) => this.visible.has(c.id)).length;
    return html`<nav class="base" aria-label="Outline of the argument map">
      ${this.forests.map(({ thread, tops }) => {
        if (tops.length === 0 || budget.left <= 0) return nothing;
        const items = tops.map((top) => this.renderEntry(top, 0, budget));
        // Subtrees nested too deep, listed at the top of the thread; they may leave deeper ones in turn.
        for (let i = 0; i < budget.continued.length && budget.left > 0; i++) {
          const parent = budget.continued[i];
          items.push(html`<li><span class="also">Continued from “${parent.claim.text}”:</span>
            <ul>${parent.children.map((child) => this.renderEntry(child, 1, budget))}</ul></li>`);
        }
        budget.continued = [];
        return html`<section>
          <h2>${thread.title}</h2>
          <ul>${items}</ul>
        </section>`;
      })}
      ${total > this.shownClaims
        ? html`<p class="more">The outline lists the first ${this.shownClaims} of ${total} claims.
            <button @click=${() => (this.shownClaims += CLAIMS_PER_PAGE)}>List ${Math.min(CLAIMS_PER_PAGE, total - this.shownClaims)} more</button></p>`
        : nothing}
    </nav>`;
  }

  /** One claim and what is listed under it; recursion stops at `MAX_NESTING`, however deep the map. */
  private renderEntry(entry: OutlineEntry, depth: number, budget: RenderBudget): unknown {
    if (budget.left <= 0) return nothing;
    budget.left--;
    const { claim, kind, children, also } = entry;
    const index = this.loaded!.index;
    let below: unknown = nothing;
    if (children.length > 0 && depth + 1 >= MAX_NESTING) {
      budget.continued.push(entry);
      below = html` <span class="also">(its ${children.length === 1 ? 'argument continues' : 'arguments continue'} below, unindented)</span>`;
    } else if (children.length > 0) {
      below = html`<ul>${children.map((child) => this.renderEntry(child, depth + 1, budget))}</ul>`;
    }
    return html`<li>
      ${kind ? html`<span class="kind ${kind}">${kind}</span>` : nothing}
      <button data-claim=${claim.id} class=${this.highlighted.has(claim.id) ? 'match' : ''}
        aria-current=${this.selected === claim.id ? 'true' : 'false'}
        @click=${() => this.navigate(claim.id)}
      >${claim.text}</button>${this.renderStrength(claim.id)}${also.map((r) => html` <span class="also">${kind ? 'also ' : ''}${r.kind}
        <button class="also-link" data-claim=${r.to} @click=${() => this.navigate(r.to)}>${index.claim(r.to)?.text ?? r.to}</button></span>`)}
      ${below}
    </li>`;
  }

  /** "strength 0.62" with a small bar, filled as far, the way the graph draws it. */
  private renderStrength(id: string): unknown {
    const strength = this.strengths.get(id);
    if (strength === undefined) return nothing;
    const percent = Math.round(strength * 100);
    // styleMap sets the property through CSSOM, which a strict Content-Security-Policy allows.
    const bar = styleMap({ background: `linear-gradient(to right, var(--_muted) ${percent}%, transparent ${percent}%)` });
    return html` <span class="strength"><i aria-hidden="true" style=${bar}></i>strength ${strength.toFixed(2)}</span>`;
  }

  private navigate(id: string): void {
    this.dispatchEvent(new ClaimNavigateEvent({ id }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'map-outline': MapOutline;
  }
}
