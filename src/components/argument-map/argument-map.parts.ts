import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { paletteColour } from '../../graph/palette.js';
import { SIDE_BORDER_STYLE, SIDE_BORDERS, SIDE_FILLS, STATUS_FILLS, STRENGTH_FILLS, strengthFill } from '../../graph/style.js';
import { formatDiagnostic } from '../../model/diagnostic.js';
import type { LoadedMap, LoadStatus } from '../../state/map-state.js';
import type { ColorBy } from '../../state/view-options.js';

/** The legend over the graph: the two kinds of arrow, and what the fill colours mean. */
export function renderLegend(loaded: LoadedMap | null, colorBy: ColorBy, dark: boolean) {
  if (!loaded) return nothing;
  const swatches =
    colorBy === 'status'
      ? (([['stands', 'in'], ['answered', 'out'], ['open', 'undec']] as const).map(([label, status]) => [label, STATUS_FILLS[dark ? 'dark' : 'light'][status]]))
      : colorBy === 'side'
      ? []
      : colorBy === 'source'
        ? loaded.map.sources.map((s, i) => [s.title || s.id, paletteColour(i, dark)])
        : []; // Colour by thread: each thread's frame carries its title.
  return html`<div part="legend" class="legend" aria-hidden="true">
    <span><svg width="28" height="10"><line x1="0" y1="5" x2="20" y2="5" stroke="var(--_supports)" stroke-width="2"/><path d="M20 1 L28 5 L20 9 z" fill="var(--_supports)"/></svg>supports</span>
    <span><svg width="28" height="10"><line x1="0" y1="5" x2="24" y2="5" stroke="var(--_attacks)" stroke-width="2" stroke-dasharray="5 3"/><line x1="25" y1="0" x2="25" y2="10" stroke="var(--_attacks)" stroke-width="3"/></svg>attacks</span>
    ${(['pro', 'con'] as const).map((side) => html`<span><i class="swatch side" style=${styleMap({
      background: colorBy === 'side' ? SIDE_FILLS[dark ? 'dark' : 'light'][side] : 'transparent',
      border: `2px ${SIDE_BORDER_STYLE[side]} ${SIDE_BORDERS[dark ? 'dark' : 'light'][side]}`,
    })}></i>${side === 'pro' ? 'for: says yes' : 'against: says no'}</span>`)}
    <span>❝3: backed by 3 quotes</span>
    ${colorBy === 'thread' ? nothing : swatches.map(([label, colour]) => html`<span><i class="swatch" style=${styleMap({ background: colour })}></i>${label}</span>`)}
    ${colorBy === 'strength' ? renderStrengthKey(dark) : nothing}
  </div>`;
}

/** How strength is drawn: the filled part of each box, from the left, and the deeper fill of a stronger claim. */
function renderStrengthKey(dark: boolean) {
  const bar = (strength: number) => styleMap({
    background: `linear-gradient(to right, ${strengthFill(strength, dark)} ${strength * 100}%, ${STRENGTH_FILLS[dark ? 'dark' : 'light'].empty} ${strength * 100}%)`,
  });
  return html`<span class="strength-key"><i class="swatch side" style=${bar(0.25)}></i>weak (0.25)</span>
    <span class="strength-key"><i class="swatch side" style=${bar(0.75)}></i>strong (0.75): strength fills the box from the left</span>`;
}

/** "Loading", "no map", "no claims", or why the map could not be shown; nothing once it is. */
export function renderStatus(status: LoadStatus, loaded: LoadedMap | null, hasSource: boolean) {
  if (status.state === 'loading') return html`<div part="status" class="status" role="status">Loading map…</div>`;
  if (status.state === 'empty' && !hasSource) {
    return html`<div part="status" class="status" role="status">No map: set <code>src</code>, <code>map</code>, or put Markdown inside the element.</div>`;
  }
  if (status.state === 'loaded' && loaded && loaded.map.claims.length === 0) {
    // Read without errors, yet nothing to draw (a text with no headings, say): an empty canvas would say nothing.
    const warnings = loaded.diagnostics.filter((d) => d.severity === 'warning');
    return html`<div part="status" class="status error empty" role="status">
      <div>
        <h2>This map has no claims</h2>
        <p>A claim is a heading such as <code>## claim-id: One sentence.</code> under a thread heading such as <code># thread-id: A question?</code></p>
        ${warnings.length ? html`<ul>${warnings.slice(0, 50).map((d) => html`<li>${formatDiagnostic(d)}</li>`)}</ul>` : nothing}
      </div>
    </div>`;
  }
  if (status.state !== 'error') return nothing;
  // A load failure's one diagnostic says what the message says already.
  const errors = status.diagnostics.filter((d) => d.severity === 'error' && d.message !== status.message);
  return html`<div part="status" class="status error" role="alert">
    <div>
      <h2>This map could not be shown</h2>
      <p>${shortened(status.message, 2000)}</p>
      ${errors.length
        ? html`<ul>${errors.slice(0, 50).map((d) => html`<li>${shortened(formatDiagnostic(d), 2000)}${d.excerpt ? html`<pre class="excerpt">${d.line} | ${shortened(d.excerpt, 300)}</pre>` : nothing}</li>`)}</ul>`
        : nothing}
      ${errors.length > 50 ? html`<p>… and ${errors.length - 50} more.</p>` : nothing}
    </div>
  </div>`;
}

/** Says where a map from another site came from, so that it is not taken for this site's own. */
export function renderOrigin(origins: readonly string[], status: LoadStatus) {
  if (origins.length === 0 || status.state === 'loading') return nothing;
  return html`<p part="origin" class="origin" role="note">
    This map comes from <strong>${origins.join(', ')}</strong> — not from this site.
  </p>`;
}

/**
 * `text` cut to `max` characters: an error can quote a line of the map, and a hostile line can be
 * megabytes long, which the page would take seconds to lay out.
 */
function shortened(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}
