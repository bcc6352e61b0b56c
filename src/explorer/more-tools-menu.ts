import { html, nothing } from 'lit';
import type { ArgumentMapElement } from '../components/argument-map/argument-map.js';
import type { ExplorerSettings, ExplorerTool } from './url-state.js';

/** What the "More tools" menu needs from the page. */
export interface MoreToolsContext {
  settings: ExplorerSettings;
  /** The thread shown, or empty for all threads. */
  thread: string;
  /** The colouring in force, which the case and the drill fix to `side`. */
  colorBy: ExplorerSettings['colorBy'];
  noMap: boolean;
  element(): ArgumentMapElement;
  update(change: Partial<ExplorerSettings>): void;
  toggleTool(tool: ExplorerTool): void;
  onExport(event: Event): void;
}

/** The toolbar's "More tools" menu: the other tools, colouring, focus, layout, zoom and export. */
export function renderMoreTools(c: MoreToolsContext) {
  const { settings: s, thread, colorBy, noMap, update, toggleTool } = c;
  return html`<details class="more">
    <summary>More tools</summary>
    <div class="menu">
      <label>Case for
        <select aria-label="Side of the case" .value=${s.side} ?disabled=${noMap}
          @change=${(e: Event) => update({ side: (e.target as HTMLSelectElement).value as ExplorerSettings['side'], tool: 'case' })}>
          <option value="for" ?selected=${s.side === 'for'}>yes (for)</option>
          <option value="against" ?selected=${s.side === 'against'}>no (against)</option>
        </select>
      </label>
      <button aria-pressed=${s.tool === 'sources' ? 'true' : 'false'} ?disabled=${noMap} title="Which sources take which stance"
        @click=${() => toggleTool('sources')}>Sources</button>
      <button aria-pressed=${s.tool === 'articles' ? 'true' : 'false'} ?disabled=${noMap} title="Read an article with the quoted passages marked"
        @click=${() => toggleTool('articles')}>Articles</button>
      <button aria-pressed=${s.tool === 'edit' ? 'true' : 'false'} title="Edit the map's text and see the map change"
        @click=${() => toggleTool('edit')}>Edit</button>
      <button aria-pressed=${s.tool === 'practice' ? 'true' : 'false'} ?disabled=${noMap}
        title="A drill: answer the other side's attacks on our case against the clock"
        @click=${() => toggleTool('practice')}>Practice</button>
      <label>Colour
        <select aria-label="Colour by" .value=${colorBy} ?disabled=${noMap || s.tool === 'case' || s.tool === 'practice'}
          @change=${(e: Event) => update({ colorBy: (e.target as HTMLSelectElement).value as ExplorerSettings['colorBy'] })}>
          ${thread ? nothing : html`<option value="thread" ?selected=${colorBy === 'thread'}>by thread</option>`}
          <option value="side" ?selected=${colorBy === 'side'}>by side</option>
          <option value="source" ?selected=${colorBy === 'source'}>by source</option>
          <option value="strength" ?selected=${colorBy === 'strength'}>by strength</option>
          <option value="status" ?selected=${colorBy === 'status'}>by what stands</option>
        </select>
      </label>
      <span class="group">
        <button aria-pressed=${s.focus ? 'true' : 'false'} ?disabled=${!s.claim || noMap}
          title="Fade everything but the selected claim's neighbourhood"
          @click=${() => update({ focus: !s.focus })}>Focus</button>
        <select aria-label="Focus depth" .value=${String(s.depth)} ?disabled=${noMap} @change=${(e: Event) => update({ depth: Number((e.target as HTMLSelectElement).value) })}>
          ${[1, 2, 3].map((d) => html`<option value=${d} ?selected=${d === s.depth}>${d} step${d > 1 ? 's' : ''}</option>`)}
        </select>
      </span>
      <button title="Theses on top instead of on the left" aria-pressed=${s.layout === 'tree-down' ? 'true' : 'false'} ?disabled=${noMap}
        @click=${() => update({ layout: s.layout === 'tree-right' ? 'tree-down' : 'tree-right' })}>Top-down</button>
      <span class="group" role="group" aria-label="Zoom">
        <button aria-label="Zoom out" ?disabled=${noMap} @click=${() => c.element().zoomOut()}>−</button>
        <button ?disabled=${noMap} @click=${() => c.element().fit()}>Fit</button>
        <button aria-label="Zoom in" ?disabled=${noMap} @click=${() => c.element().zoomIn()}>+</button>
      </span>
      <select aria-label="Export" title="Save the map or this view" ?disabled=${noMap} @change=${c.onExport}>
        <option value="" selected>Export…</option>
        <option value="png">Image (PNG)</option>
        <option value="svg">Image (SVG)</option>
        <option value="view-json">This view (JSON)</option>
        <option value="markdown">Map (Markdown)</option>
        <option value="argdown">Map (Argdown)</option>
        <option value="aif">Map (AIF JSON)</option>
      </select>
    </div>
  </details>`;
}
