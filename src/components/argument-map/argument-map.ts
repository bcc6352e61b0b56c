import type { Core } from 'cytoscape';
import { PortableElement } from '../shared/portable-element.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { exportImage, ImageExportError, type ImageFormat } from '../../graph/export-image.js';
import { hasErrors, type Diagnostic } from '../../model/diagnostic.js';
import { partOfMap } from '../../model/part-of-map.js';
import type { ArgumentMap } from '../../model/types.js';
import { assume, assumptionOf } from '../../state/assume.js';
import { type ClaimAssumptions, createMapState, type LoadedMap, prepareMap, type ReadonlyMapState } from '../../state/map-state.js';
import type { ColorBy, MapLayout, MapTheme, MapView } from '../../state/view-options.js';
import type { ClaimPanel } from '../claim-panel/claim-panel.js';
import type { ClaimAssumeEvent } from '../claim-panel/claim-panel-events.js';
import type { ClaimNavigateEvent } from '../shared/claim-navigate-event.js';
import { renderLegend, renderOrigin, renderStatus } from './argument-map.parts.js';
import { argumentMapStyles } from './argument-map.styles.js';
import { GraphViewController } from './controllers/graph-view.js';
import { KeyboardController } from './controllers/keyboard.js';
import { MapLoader, type ShownOutcome } from './controllers/map-loader.js';
import { StoreUpdates } from './controllers/store-updates.js';
import { ThemeController } from './controllers/theme.js';
import { firstClaim, ViewportController } from './controllers/viewport.js';
import { ClaimSelectEvent, MapErrorEvent, MapLoadEvent } from './events.js';

export type { MapLayout, MapTheme, MapView } from '../../state/view-options.js';

/**
 * Up to this size the outline is kept in the page (hidden on screen in graph view) so that
 * printing shows the map as text: a canvas prints as a blurry picture.
 */
const PRINTABLE_CLAIMS = 2000;

/**
 * An argument map: claims and the supports and attacks between them, drawn as a graph, with a
 * panel that shows the selected claim's evidence and neighbours.
 *
 * ```html
 * <script type="module" src="argument-map.js"></script>
 * <argument-map src="debate.md" thread="sanctions"></argument-map>
 * ```
 *
 * @summary Renders an argument map from Markdown or JSON, with evidence for every claim.
 *
 * **Size.** A block as wide as its container and 320px tall (its `min-height`); the graph and
 * the panel fill it. Give it a height to make it taller: `argument-map { height: 80vh; }`. The
 * page's inherited text styles (`text-align`, `line-height`, `letter-spacing`, `white-space`,
 * `font-size`…) stop at the element: set `--argument-map-font` to change its font.
 *
 * **State.** The properties own the view: `selected`, `thread`, `search`, `focusClaim`,
 * `focusDepth`, `colorBy`, `layout`, `view`, `theme`, `assumptions`. The user's actions change
 * them (and fire `claim-select` for the selection); set them to change the view. `state` holds
 * the same, with the loaded map and what follows from it, as read-only nanostores to subscribe to.
 *
 * **Lifecycle.** The element can be moved: removed and put back, re-parented, or adopted into
 * another document. It lets go of its graph, observers and listeners when it leaves a page and
 * makes them again, with the same map, selection and viewport, when it is put in one.
 *
 * Only these three events leave the element (they bubble and are composed); the events of the
 * panel and outline inside it stop at its shadow root.
 *
 * @fires {ClaimSelectEvent} claim-select - The user selected a claim or cleared the selection. `detail: { id, claim }`.
 * @fires {MapLoadEvent} map-load - A map was loaded and is shown. `detail: { map, diagnostics }`.
 * @fires {MapErrorEvent} map-error - The map could not be loaded or has errors. `detail: { message, diagnostics }`.
 *
 * @slot - Inline Markdown map, best inside `<script type="text/markdown">`, used when there is no `src` or `map`.
 *
 * @csspart base - The element's frame.
 * @csspart graph - The graph canvas's container.
 * @csspart legend - The legend over the graph.
 * @csspart panel - The selected claim's panel.
 * @csspart outline - The outline view.
 * @csspart status - The loading and error messages.
 * @csspart origin - The note naming the site a map loaded from `src` came from, when it is not the page's own.
 *
 * @cssproperty --argument-map-text - Text colour.
 * @cssproperty --argument-map-muted - Secondary text colour.
 * @cssproperty --argument-map-background - Background colour.
 * @cssproperty --argument-map-border - Border colour of claims and panels.
 * @cssproperty --argument-map-support-color - Colour of support arrows.
 * @cssproperty --argument-map-attack-color - Colour of attack arrows.
 * @cssproperty --argument-map-accent - Selection and focus colour.
 * @cssproperty --argument-map-match - Search match highlight.
 * @cssproperty --argument-map-link - Link colour in the panel.
 * @cssproperty --argument-map-hover - Background of hovered buttons and rows.
 * @cssproperty --argument-map-panel-background - Background of the panel (default: the background colour).
 * @cssproperty --argument-map-font - Font of the panel and outline.
 * @cssproperty --argument-map-panel-width - Width of the panel (default 380px).
 */
export class ArgumentMapElement extends PortableElement {
  static override styles = argumentMapStyles;

  /** URL of a Markdown map, of the JSON `argmap build` writes, or of an index `{ "files": [...] }`. */
  @property() accessor src = '';
  /** The reader for `src` when its extension does not say: `markdown`, `json`, `argdown`, `kialo` or `aif`. */
  @property() accessor format = '';
  /** The map itself, as the model object (`argmap build` JSON). Takes precedence over inline Markdown. */
  @property({ attribute: false }) accessor map: ArgumentMap | null = null;
  /** Id of the selected claim. */
  @property({ reflect: true }) accessor selected: string | null = null;
  /** Show only this thread's claims; empty shows every thread. */
  @property() accessor thread = '';
  /** Highlight claims whose text, tags or quotes contain every word. */
  @property() accessor search = '';
  /** Focus on this claim's neighbourhood: everything farther than `focusDepth` relations is faded. */
  @property({ attribute: 'focus-claim' }) accessor focusClaim = '';
  /** How many relations away from `focusClaim` stay in focus. */
  @property({ attribute: 'focus-depth', type: Number }) accessor focusDepth = 1;
  /**
   * Colour claims by thread, by side (for or against their thesis), by the source of their first
   * quote, by status: whether they stand under grounded semantics and the user's assumptions, or
   * by strength: each claim's weighed DF-QuAD strength (base 0.5), drawn as a bar that fills its
   * box from the left as far as the strength, the fill deeper the stronger the claim.
   *
   * ```html
   * <argument-map src="map.md" color-by="strength"></argument-map>
   * ```
   */
  @property({ attribute: 'color-by' }) accessor colorBy: ColorBy = 'thread';
  /** `tree-down`: theses on top; `tree-right`: theses on the left. */
  @property() accessor layout: MapLayout = 'tree-down';
  /** `auto` follows the page's `prefers-color-scheme`. */
  @property({ reflect: true }) accessor theme: MapTheme = 'auto';
  /** `graph`, or `outline`: the map as nested lists. */
  @property() accessor view: MapView = 'graph';
  /**
   * Whether `src` may be a `data:` or `blob:` URL. Off by default: such a URL carries its map in
   * the link itself, so a link could show anyone's map as this page's.
   */
  @property({ attribute: 'allow-data-urls', type: Boolean }) accessor allowDataUrls = false;

  /**
   * Claims the user takes as settled (rejected, or conceded), from the panel's buttons; with
   * `color-by="status"` the graph shows what stands under them, with `color-by="strength"` how strong each claim is.
   */
  @property({ attribute: false }) accessor assumptions: ClaimAssumptions = { rejected: [], conceded: [] };

  /**
   * The origins, other than the page's own, that the shown map (or the error in its place) came
   * from: `src`, the files an index lists, where redirects ended. Empty for a map from the page's
   * own site, the `map` property or inline Markdown. The element names them in its `origin` part.
   */
  get mapOrigins(): readonly string[] {
    return this.origins;
  }

  private readonly store = createMapState();

  /**
   * What the element shows, as read-only nanostores, for components that share its selection
   * and filters: `$map` (the loaded map), `$status`, `$selected`, `$thread`, `$search`, `$focus`,
   * `$colorBy`, `$assumptions`, and what follows from them (`$visible`, `$inFocus`, `$matches`,
   * `$labels`). They follow the element's properties; set the properties to change them.
   */
  readonly state: ReadonlyMapState = this.store;

  @state() private accessor origins: readonly string[] = [];

  private readonly theme_ = new ThemeController(this, () => this.graph.applyAppearance());
  private readonly viewport = new ViewportController(this, () => this.store, () => this.thread);
  private readonly graph = new GraphViewController(this, this.store, this.viewport, this.theme_, (id) => {
    this.selectByUser(id);
    // A claim half off the edge comes into view; one in view stays exactly where it was clicked.
    if (id) this.graph.view?.panIntoView(id);
  });
  private readonly loader = new MapLoader(
    this,
    (src) => this.store.$status.set({ state: 'loading', src }),
    (outcome) => this.show(outcome),
  );
  private readonly keyboard = new KeyboardController(this, {
    selected: () => this.selected,
    visible: () => this.store.$visible.get(),
    positionsOf: (ids) => this.graph.view?.positionsOf(ids) ?? new Map(),
    direction: () => (this.layout === 'tree-right' ? 'right' : 'down'),
    targetsOf: (id) => this.store.$map.get()?.index.relationsFrom(id).map((r) => r.to) ?? [],
    childrenOf: (id) => this.store.$map.get()?.index.relationsInto(id).map((r) => r.from) ?? [],
    firstClaim: (visible) => firstClaim(this.store, visible),
    select: (id) => this.selectByUser(id),
    bringIntoView: (id) => this.graph.view?.panIntoView(id),
    focusPanel: () => this.renderRoot.querySelector<ClaimPanel>('claim-panel')?.focusHeading(),
    zoomIn: () => this.zoomIn(),
    zoomOut: () => this.zoomOut(),
    fit: () => this.fit(),
  });

  constructor() {
    super();
    new StoreUpdates(this, [this.store.$map, this.store.$status, this.store.$labels]);
  }

  /** The Cytoscape instance, for power users; node ids are claim ids (`el.cy.$id(claimId)`). */
  get cy(): Core | undefined {
    return this.graph.view?.cy;
  }

  /** Zooms so that every shown claim fits. */
  fit(): void {
    this.graph.view?.fit();
  }

  /**
   * The graph as an image: PNG (Cytoscape's own `png()`) or SVG (cytoscape-svg, loaded on first
   * use). Maps of up to 300 claims come whole; on bigger ones, the claims near the view. Rejects
   * with an `ImageExportError` whose message says why, for the page to show.
   */
  async exportImage(format: ImageFormat = 'png'): Promise<Blob> {
    const view = this.graph.view;
    if (!view || !this.store.$map.get()) throw new ImageExportError('there is no map to export');
    await view.settled();
    return exportImage(view.cy, format, this.theme_.colours().background);
  }

  /** The map as shown now: the chosen thread's claims, the relations between them, and their sources. */
  shownMap(): ArgumentMap | null {
    const loaded = this.store.$map.get();
    return loaded ? partOfMap(loaded.map, this.store.$visible.get()) : null;
  }

  zoomIn(): void {
    this.graph.view?.zoomBy(1.25);
  }

  zoomOut(): void {
    this.graph.view?.zoomBy(0.8);
  }

  /**
   * Loads `src` again and shows the new version in place: the selection, filters and viewport
   * stay, and no loading screen flashes. For live preview while a map is being written.
   */
  async reload(): Promise<void> {
    if (!this.src) return;
    const view = this.graph.view;
    this.viewport.keep(view && this.store.$map.get() ? view.viewport() : null);
    await this.loader.reload();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const s = this.store;
    if (changed.has('thread')) s.$thread.set(this.thread);
    if (changed.has('search')) s.$search.set(this.search);
    if (changed.has('focusClaim') || changed.has('focusDepth')) {
      s.$focus.set(this.focusClaim ? { claim: this.focusClaim, depth: Math.max(0, this.focusDepth) } : null);
    }
    if (changed.has('selected')) {
      if (changed.get('selected') && !this.selected) this.viewport.panelClosing();
      s.$selected.set(this.selected || null);
    }
    if (changed.has('colorBy')) s.$colorBy.set(this.colorBy);
    if (changed.has('assumptions')) s.$assumptions.set(this.assumptions);
    if (changed.has('layout')) this.graph.setDirection(this.layout === 'tree-right' ? 'right' : 'down');
    if (changed.has('theme')) this.graph.applyAppearance();
  }

  override render() {
    const s = this.store;
    const status = s.$status.get();
    const loaded = s.$map.get();
    const selected = s.$selected.get();
    const showPanel = !!selected && !!loaded?.index.claims.has(selected) && status.state === 'loaded';
    return html`
      <div part="base" class="base ${showPanel ? 'with-panel' : ''}">
        <div class="graph-area">
          <div part="graph" class="graph" tabindex="0" role="application" ?hidden=${this.view === 'outline'}
            aria-label="Argument map. Arrow keys follow the arguments: towards the thesis, to the claims answering this one, and across to the previous or next; Enter opens the evidence, Escape clears the selection, plus and minus zoom, 0 fits."
            aria-describedby="announcement"
            @keydown=${this.keyboard.onKey}></div>
          ${this.view === 'outline' || (loaded && loaded.map.claims.length <= PRINTABLE_CLAIMS)
            ? html`<map-outline part="outline" class=${this.view === 'outline' ? '' : 'print-only'} .loaded=${loaded} .visible=${s.$visible.get()}
                .highlighted=${s.$matches.get()} .selected=${selected} .strengths=${s.$strengths.get()}
                @claim-navigate=${this.onNavigate}></map-outline>`
            : nothing}
          ${status.state === 'loaded' && this.view === 'graph' ? renderLegend(loaded, this.colorBy, this.theme_.isDark()) : nothing}
          ${renderStatus(status, loaded, !!this.src || !!this.map)}
          ${renderOrigin(this.origins, status)}
          <div id="announcement" class="visually-hidden" aria-live="polite">
            ${showPanel ? `Selected: ${loaded!.index.claim(selected!)!.text}` : ''}
          </div>
          <div class="visually-hidden" role="status">${this.search.trim() && loaded ? matchCount(s.$matches.get(), s.$visible.get()) : ''}</div>
        </div>
        ${showPanel
          ? html`<claim-panel part="panel" .loaded=${loaded} .claimId=${selected}
              .label=${s.$labels.get().get(selected!)} .labelling=${s.$labels.get()} .assumption=${assumptionOf(this.assumptions, selected!)} .assumptions=${this.assumptions}
              @claim-assume=${(e: ClaimAssumeEvent) => { this.assumptions = assume(this.assumptions, e.detail.id, e.detail.as); }}
              @claim-navigate=${this.onNavigate} @panel-close=${() => this.selectByUser(null, true)}
              @panel-leave=${() => this.renderRoot.querySelector<HTMLElement>('.graph')?.focus()}></claim-panel>`
          : nothing}
      </div>
      <slot hidden @slotchange=${() => this.loader.inlineChanged()}></slot>
    `;
  }

  /** Shows what a load ended with: the map, or why there is none. */
  private show(outcome: ShownOutcome): void {
    if (outcome.kind === 'error') this.fail(outcome.message, outcome.diagnostics, outcome.origins);
    else this.showMap(outcome.map, outcome.diagnostics, outcome.origins, outcome.prepared);
  }

  /** `origins`: where the map came from when not from the page's own site (see `mapOrigins`). */
  private showMap(map: ArgumentMap, diagnostics: Diagnostic[], origins: readonly string[], prepared?: LoadedMap): void {
    if (hasErrors(diagnostics)) {
      const count = diagnostics.filter((d) => d.severity === 'error').length;
      this.fail(`The map has ${count} error${count === 1 ? '' : 's'}:`, diagnostics, origins);
      return;
    }
    this.origins = origins;
    this.store.$map.set(prepared ?? prepareMap(map, diagnostics));
    this.store.$status.set({ state: 'loaded' });
    this.emit(new MapLoadEvent({ map, diagnostics }));
  }

  private fail(message: string, diagnostics: Diagnostic[], origins: readonly string[]): void {
    this.origins = origins;
    this.store.$map.set(null);
    this.store.$status.set({ state: 'error', message, diagnostics });
    this.emit(new MapErrorEvent({ message, diagnostics }));
  }

  /** The three public events go out through here (they are declared with `@fires` above). */
  private emit(event: ClaimSelectEvent | MapLoadEvent | MapErrorEvent): void {
    this.dispatchEvent(event);
  }

  private selectByUser(id: string | null, refocusGraph = false): void {
    if (id === (this.selected ?? null)) return;
    this.selected = id;
    const claim = id ? this.store.$map.get()?.index.claim(id) ?? null : null;
    this.emit(new ClaimSelectEvent({ id, claim }));
    if (refocusGraph) this.renderRoot.querySelector<HTMLElement>('.graph')?.focus();
  }

  private onNavigate(event: ClaimNavigateEvent): void {
    this.selectByUser(event.detail.id);
    if (this.view === 'graph') this.graph.view?.panIntoView(event.detail.id);
  }
}

/** "3 claims match", counting the shown claims only. */
function matchCount(matches: ReadonlySet<string>, visible: ReadonlySet<string>): string {
  const count = [...matches].filter((id) => visible.has(id)).length;
  return count === 0 ? 'No claims match' : count === 1 ? '1 claim matches' : `${count} claims match`;
}

declare global {
  interface HTMLElementTagNameMap {
    'argument-map': ArgumentMapElement;
  }
}
