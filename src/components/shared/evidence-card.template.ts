import { html, nothing } from 'lit';
import { citeText, type EvidenceCard } from '../../model/case/evidence-card.js';
import { renderMarkdown } from '../../sanitize/markdown.js';
import { sourceLinkUrl } from './source-link.js';

/**
 * An evidence card in the debate convention: the cite first (with the source's kind, its stance
 * and any caution), then the verbatim words. Styled by `evidenceCardStyles` or the view's own.
 */
export function evidenceCardTemplate(card: EvidenceCard) {
  const url = sourceLinkUrl(card.cite.url);
  return html`
    <figure class="card" data-source=${card.cite.source}>
      <figcaption class="cite">
        ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${citeText(card.cite)}</a>` : citeText(card.cite)}
        ${card.kind ? html` · <span class="kind">${card.kind}</span>` : nothing}
        ${card.stance
          ? html`<span class="stance">Source's stance on this thread: ${card.stance.position}${card.stance.summary ? ` — ${card.stance.summary}` : ''}</span>`
          : nothing}
        ${card.cautions.map((c) => html`<span class="caution" data-caution=${c.code}>Caution: ${c.message}</span>`)}
      </figcaption>
      <blockquote>${renderMarkdown(card.quote)}</blockquote>
    </figure>
  `;
}
