import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ClaimNavigateEvent } from '../shared/claim-navigate-event.js';
import type { Claim, RelationKind } from '../../model/types.js';
import type { LoadedMap } from '../../state/map-state.js';

/**
 * The map as nested lists, thread by thread: each claim with its supporters and attackers
 * below it. Reads well with a screen reader and prints well.
 *
 * @event claim-navigate - The user picked a claim; `detail.id` names it.
 */
export class MapOutline extends LitElement {
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
  `;

  @property({ attribute: false }) accessor loaded: LoadedMap | null = null;
  @property({ attribute: false }) accessor visible: ReadonlySet<string> = new Set();
  @property({ attribute: false }) accessor highlighted: ReadonlySet<string> = new Set();
  @property({ attribute: false }) accessor selected: string | null = null;

  override render() {
    if (!this.loaded) return nothing;
    const { map, index } = this.loaded;
    return html`<nav class="base" aria-label="Outline of the argument map">
      ${map.threads.map((thread) => {
        const roots = index.rootsOf(thread.id).filter((c) => this.visible.has(c.id));
        if (roots.length === 0) return nothing;
        return html`<section>
          <h2>${thread.title}</h2>
          <ul>${roots.map((root) => this.renderClaim(root, undefined, new Set()))}</ul>
        </section>`;
      })}
    </nav>`;
  }

  private renderClaim(claim: Claim, kind: RelationKind | undefined, ancestors: ReadonlySet<string>): unknown {
    const index = this.loaded!.index;
    const seenAbove = ancestors.has(claim.id);
    const children = seenAbove ? [] : index.relationsInto(claim.id).filter((r) => this.visible.has(r.from));
    const path = new Set(ancestors).add(claim.id);
    return html`<li>
      ${kind ? html`<span class="kind ${kind}">${kind}</span>` : nothing}
      <button data-claim=${claim.id} class=${this.highlighted.has(claim.id) ? 'match' : ''}
        aria-current=${this.selected === claim.id ? 'true' : 'false'}
        @click=${() => this.dispatchEvent(new ClaimNavigateEvent({ id: claim.id }))}
      >${claim.text}</button>${seenAbove ? html` <span class="also">(see above)</span>` : nothing}
      ${children.length
        ? html`<ul>${children.map((r) => this.renderClaim(index.claim(r.from)!, r.kind, path))}</ul>`
        : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'map-outline': MapOutline;
  }
}
