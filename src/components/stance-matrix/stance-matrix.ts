import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { quoteSourcesBySide, type SourceShare } from '../../model/quote-sources.js';
import type { Side } from '../../model/sides.js';
import type { LoadedMap } from '../../state/map-state.js';
import { stanceMatrixStyles } from './stance-matrix.styles.js';
import { ThreadSelectEvent } from './thread-select-event.js';

const SIDE_TITLES: Record<Side, string> = { pro: 'For the thesis', con: 'Against the thesis', thesis: 'The thesis itself' };

/**
 * Sources × threads: each source's stance on each thread, and, for the selected thread, which
 * sources the quotes on each side come from, so a debater sees at a glance whether a side
 * rests on one outlet.
 *
 * ```html
 * <stance-matrix thread="sanctions"></stance-matrix>
 * ```
 *
 * @summary Where the map's sources stand, thread by thread.
 * @event thread-select - The user picked a thread's column (it becomes `thread`); `detail.id` names it.
 * @csspart base - The matrix and the breakdown below it.
 * @csspart matrix - The sources × threads table.
 * @cssproperty --stance-matrix-pro-color - The colour of the side for the thesis.
 * @cssproperty --stance-matrix-con-color - The colour of the side against it.
 */
export class StanceMatrix extends LitElement {
  static override styles = stanceMatrixStyles;

  @property({ attribute: false }) accessor loaded: LoadedMap | null = null;
  /** The thread whose sides are broken down by source; none when empty. */
  @property({ reflect: true }) accessor thread: string | null = null;

  override render() {
    if (!this.loaded) return nothing;
    const { map } = this.loaded;
    return html`
      <div class="base" part="base">
        <table part="matrix">
          <caption>Stances of the sources on each thread</caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              ${map.threads.map((t) => html`
                <th scope="col" data-thread=${t.id} class=${t.id === this.thread ? 'selected' : ''}>
                  <button aria-pressed=${t.id === this.thread ? 'true' : 'false'} title=${t.title} @click=${() => this.select(t.id)}>${shortQuestion(t.title || t.id)}</button>
                </th>`)}
            </tr>
          </thead>
          <tbody>
            ${map.sources.map((source) => html`
              <tr data-source=${source.id}>
                <th scope="row">${source.title || source.id}${source.kind ? html`<span class="kind">${source.kind}</span>` : nothing}</th>
                ${map.threads.map((t) => {
                  const stance = source.stances.find((s) => s.thread === t.id);
                  const selected = t.id === this.thread ? 'selected' : '';
                  return stance
                    ? html`<td data-thread=${t.id} class=${selected} title=${stance.summary}>${stance.position}</td>`
                    : html`<td data-thread=${t.id} class="none ${selected}">—</td>`;
                })}
              </tr>`)}
          </tbody>
        </table>
        ${this.renderSides()}
      </div>
    `;
  }

  private renderSides() {
    const thread = this.loaded!.map.threads.find((t) => t.id === this.thread);
    if (!thread) return nothing;
    const bySide = quoteSourcesBySide(this.loaded!.map, this.loaded!.sides, thread.id);
    return html`
      <h2>Where the quotes come from: ${thread.title}</h2>
      <div class="sides">${(['pro', 'con', 'thesis'] as const).map((side) => this.renderSide(side, bySide[side]))}</div>
    `;
  }

  private renderSide(side: Side, shares: readonly SourceShare[]) {
    const total = shares.reduce((n, s) => n + s.quotes, 0);
    return html`
      <section class="side ${side}" data-side=${side}>
        <h3>${SIDE_TITLES[side]}</h3>
        ${side === 'thesis' ? nothing : this.renderReliance(shares, total)}
        ${shares.length
          ? html`<ul>${shares.map((share) => html`
              <li data-source=${share.source}>
                ${this.loaded!.index.sources.get(share.source)?.title || share.source}
                <span class="count">${share.quotes} of ${total} quotes, ${share.claims} ${share.claims === 1 ? 'claim' : 'claims'}</span>
                <span class="bar" style=${styleMap({ width: `${Math.round((share.quotes / total) * 100)}%` })}></span>
              </li>`)}</ul>`
          : html`<p class="none-quoted">No quotes on this side.</p>`}
      </section>
    `;
  }

  /** A side whose quotes mostly come from one source is only as strong as that source. */
  private renderReliance(shares: readonly SourceShare[], total: number) {
    if (shares.length === 1) return html`<p class="warning">Rests on one source.</p>`;
    const top = shares[0] ? shares[0].quotes / total : 0;
    return top >= 0.75 ? html`<p class="warning">Rests mostly on one source: ${Math.round(top * 100)}% of its quotes.</p>` : nothing;
  }

  private select(id: string): void {
    this.thread = id;
    this.dispatchEvent(new ThreadSelectEvent({ id }));
  }
}

/** A thread's question cut to a column head's width, at a word; the whole question is its tooltip. */
function shortQuestion(title: string, max = 36): string {
  if (title.length <= max) return title;
  const cut = title.lastIndexOf(' ', max - 1);
  return `${title.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

declare global {
  interface HTMLElementTagNameMap {
    'stance-matrix': StanceMatrix;
  }
}
