import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { highlightSegments, type HighlightSegment } from '../../coverage/highlight-segments.js';
import { splitParagraphs } from '../../coverage/paragraphs.js';
import { quotedPassages, type SourceQuotes } from '../../coverage/quoted-passages.js';
import { sourceCoverage, type SourceCoverage } from '../../coverage/source-coverage.js';
import type { TextSpan } from '../../coverage/text-span.js';
import type { Source } from '../../model/types.js';
import type { LoadedMap } from '../../state/map-state.js';
import { ClaimNavigateEvent } from '../shared/claim-navigate-event.js';
import { sourceViewStyles } from './source-view.styles.js';
import { viewBaseStyles } from '../shared/view-base.styles.js';

/** What the view shows of one source, worked out once per change of map, source or text. */
interface SourceReading {
  source: Source;
  quotes: SourceQuotes;
  coverage: SourceCoverage;
  paragraphs: { span: TextSpan; quoted: boolean; segments: HighlightSegment[] }[];
}

/**
 * One source's text with every passage the map quotes highlighted and linked to the claims that
 * quote it, and how much of the text the map covers, so an author sees what is still unmapped.
 * The text is untrusted: it is only ever set as text.
 *
 * ```html
 * <source-view source-id="moa-on-deepseek"></source-view>
 * <script type="module">
 *   const view = document.querySelector('source-view');
 *   view.loaded = prepareMap(map);
 *   view.text = await fetchSourceText(source, 'sources/');
 * </script>
 * ```
 *
 * @summary A source's text with the quoted passages highlighted and linked to their claims.
 * @event claim-navigate - The user picked a quoted passage; `detail.id` names a claim that quotes it.
 * @csspart base - The view's box.
 * @csspart coverage - The line with the coverage numbers.
 * @csspart text - The source's text.
 * @cssproperty --source-view-quoted-color - The background of quoted passages.
 * @cssproperty --source-view-unquoted-color - The rule beside paragraphs no quote touches.
 */
export class SourceView extends LitElement {
  static override styles = [viewBaseStyles, sourceViewStyles];

  @property({ attribute: false }) accessor loaded: LoadedMap | null = null;
  @property({ attribute: 'source-id' }) accessor sourceId: string | null = null;
  /** The source's plain text; null while it is not loaded. */
  @property({ attribute: false }) accessor text: string | null = null;

  private reading: SourceReading | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('loaded') || changed.has('sourceId') || changed.has('text')) this.reading = this.read();
  }

  private read(): SourceReading | null {
    const source = this.loaded?.map.sources.find((s) => s.id === this.sourceId);
    if (!this.loaded || !source || this.text === null) return null;
    const text = this.text;
    const quotes = quotedPassages(this.loaded.map, source.id, text);
    const coverage = sourceCoverage(text, quotes.passages);
    const paragraphs = splitParagraphs(text).map((span) => {
      const segments = highlightSegments(span, quotes.passages);
      return { span, segments, quoted: segments.some((s) => s.claims.length > 0) };
    });
    return { source, quotes, coverage, paragraphs };
  }

  override render() {
    const source = this.loaded?.map.sources.find((s) => s.id === this.sourceId);
    if (!this.loaded || !this.sourceId) return nothing;
    if (!source) return html`<div class="base" part="base"><p class="none" role="alert">No source "${this.sourceId}" in the map.</p></div>`;
    const reading = this.reading;
    return html`
      <article class="base" part="base" aria-labelledby="source-title">
        <header>
          <h2 id="source-title">${source.title || source.id}</h2>
          <p class="meta">${[source.author, source.outlet, source.date, source.kind].filter((f) => f && f !== 'unknown').join(' · ')}</p>
          ${reading ? this.renderCoverage(reading) : nothing}
        </header>
        ${reading
          ? html`<div class="text" part="text">${reading.paragraphs.map((p) => html`
              <p class=${p.quoted ? 'quoted' : 'unquoted'} title=${p.quoted ? '' : 'Not quoted in the map'}>${p.segments.map((s) => this.renderSegment(s))}</p>`)}</div>`
          : html`<p class="none">${source.file ? `The text of ${source.file} is not loaded.` : 'This source names no file, so its text cannot be shown.'}</p>`}
      </article>
    `;
  }

  private renderCoverage({ coverage: c, quotes }: SourceReading) {
    const percent = c.sentences === 0 ? 0 : Math.round((100 * c.quotedSentences) / c.sentences);
    const claims = new Set(quotes.passages.map((p) => p.claim)).size;
    return html`<p class="coverage" part="coverage">
      <strong>${c.quotedSentences} of ${c.sentences} sentences quoted (${percent}%)</strong>
      · ${quotes.passages.length} quote${quotes.passages.length === 1 ? '' : 's'} by ${claims} claim${claims === 1 ? '' : 's'}
      · ${c.unquotedParagraphs.length} paragraph${c.unquotedParagraphs.length === 1 ? '' : 's'} not quoted
      ${quotes.notFound.length
        ? html`<span class="not-found"> · ${quotes.notFound.length} quote${quotes.notFound.length === 1 ? '' : 's'} not found in this text</span>`
        : nothing}
    </p>`;
  }

  private renderSegment(segment: HighlightSegment) {
    const words = this.text!.slice(segment.start, segment.end);
    if (segment.claims.length === 0) return words;
    const [first, ...others] = segment.claims;
    const titleOf = (id: string) => this.loaded!.index.claim(id)?.text ?? id;
    return html`<mark data-claims=${segment.claims.join(' ')}><a href=${`#claim=${encodeURIComponent(first)}`} data-claim=${first}
        title=${`Quoted by: ${segment.claims.map(titleOf).join(' | ')}`} @click=${(e: Event) => this.navigate(e, first)}>${words}</a></mark>${others.map((id, i) =>
      html`<sup><a class="also" href=${`#claim=${encodeURIComponent(id)}`} data-claim=${id} title=${titleOf(id)}
        aria-label=${`Also quoted by: ${titleOf(id)}`} @click=${(e: Event) => this.navigate(e, id)}>${i + 2}</a></sup>`)}`;
  }

  private navigate(event: Event, id: string): void {
    event.preventDefault();
    this.dispatchEvent(new ClaimNavigateEvent({ id }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'source-view': SourceView;
  }
}
