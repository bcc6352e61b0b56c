import type { Core } from 'cytoscape';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { CytoscapeView } from '../../graph/cytoscape-view.js';
import { exportImage, ImageExportError, type ImageFormat } from '../../graph/export-image.js';
import { type Direction, nearestInDirection } from '../../graph/nearest-in-direction.js';
import { paletteColour } from '../../graph/palette.js';
import { CLAIM_FONT_SIZE, type ColorBy, type GraphColours, READABLE_FONT_PIXELS, SIDE_BORDER_STYLE, SIDE_BORDERS, SIDE_FILLS, STATUS_FILLS } from '../../graph/style.js';
import type { MapFormat } from '../../interop/formats.js';
import { fetchMap, loadErrorDiagnostic, MapLoadError } from '../../load/fetch-map.js';
import { MapUrlPolicy } from '../../load/map-url-policy.js';
import { formatDiagnostic, hasErrors, withExcerpts, type Diagnostic } from '../../model/diagnostic.js';
import { partOfMap } from '../../model/part-of-map.js';
import type { ArgumentMap } from '../../model/types.js';
import { validateMap } from '../../model/validate.js';
import { parseMapAsync } from '../../parse/parse-map-async.js';
import { assume, assumptionOf } from '../../state/assume.js';
import { createMapState, type LoadedMap, prepareMap } from '../../state/map-state.js';
import type { ClaimAssumeEvent } from '../claim-panel/claim-panel-events.js';
import type { ClaimNavigateEvent } from '../shared/claim-navigate-event.js';
import { argumentMapStyles } from './argument-map.styles.js';
import { ClaimSelectEvent, MapErrorEvent, MapLoadEvent } from './events.js';

export type MapLayout = 'tree-down' | 'tree-right';
export type MapTheme = 'auto' | 'light' | 'dark';
export type MapView = 'graph' | 'outline';

/**
 * Up to this size the outline is kept in the page (hidden on screen in graph view) so that
 * printing shows the map as text: a canvas prints as a blurry picture.
 */
const PRINTABLE_CLAIMS = 2000;

/** Below this zoom claim labels are smaller than 12px on screen. */
const READABLE_ZOOM = READABLE_FONT_PIXELS / CLAIM_FONT_SIZE;

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

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
 * Only these three events leave the element (they bubble and are composed); the events of the
 * panel and outline inside it stop at its shadow root.
 *
 * @fires claim-select - The user selected a claim or cleared the selection. `detail: { id, claim }` (`ClaimSelectEvent`).
 * @fires map-load - A map was loaded and is shown. `detail: { map, diagnostics }` (`MapLoadEvent`).
 * @fires map-error - The map could not be loaded or has errors. `detail: { message, diagnostics }` (`MapErrorEvent`).
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
 * @cssproperty --argument-map-font - Font of the panel and outline.
 * @cssproperty --argument-map-panel-width - Width of the panel (default 380px).
 */
export class ArgumentMapElement extends LitElement {
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
   * quote, or by status: whether they stand under grounded semantics and the user's assumptions.
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
   * The origins, other than the page's own, that the shown map (or the error in its place) came
   * from: `src`, the files an index lists, where redirects ended. Empty for a map from the page's
   * own site, the `map` property or inline Markdown. The element names them in its `origin` part.
   */
  get mapOrigins(): readonly string[] {
    return this.origins;
  }

  /** The nanostores behind the element, for components that share its selection and filters. */
  readonly state = createMapState();

  @query('.graph') private accessor graphContainer!: HTMLElement;
  @state() private accessor origins: readonly string[] = [];
  private view_: CytoscapeView | null = null;
  private loadGeneration = 0;
  private loadAbort: AbortController | null = null;
  private unsubscribers: (() => void)[] = [];
  private renderQueued = false;
  private keptViewport: { zoom: number; pan: { x: number; y: number } } | null = null;
  /** Whether the user panned or zoomed since the map was last fitted to the view. */
  private userMovedView = false;
  private fitPending = true;
  private readonly resizeObserver = new ResizeObserver(() => this.onResize());
  private readonly darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
  private readonly onSchemeChange = () => this.applyAppearance();


  /** The Cytoscape instance, for power users; node ids are claim ids (`el.cy.$id(claimId)`). */
  get cy(): Core | undefined {
    return this.view_?.cy;
  }

  /** Zooms so that every shown claim fits. */
  fit(): void {
    this.view_?.fit();
  }

  /**
   * The graph as an image: PNG (Cytoscape's own `png()`) or SVG (cytoscape-svg, loaded on first
   * use). Maps of up to 300 claims come whole; on bigger ones, the claims near the view. Rejects
   * with an `ImageExportError` whose message says why, for the page to show.
   */
  async exportImage(format: ImageFormat = 'png'): Promise<Blob> {
    if (!this.view_ || !this.state.$map.get()) throw new ImageExportError('there is no map to export');
    await this.view_.settled();
    return exportImage(this.view_.cy, format, this.readColours().background);
  }

  /** The map as shown now: the chosen thread's claims, the relations between them, and their sources. */
  shownMap(): ArgumentMap | null {
    const loaded = this.state.$map.get();
    return loaded ? partOfMap(loaded.map, this.state.$visible.get()) : null;
  }

  zoomIn(): void {
    this.view_?.zoomBy(1.25);
  }

  zoomOut(): void {
    this.view_?.zoomBy(0.8);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.darkQuery.addEventListener('change', this.onSchemeChange);
    const s = this.state;
    const queue = () => this.queueGraphRender();
    this.unsubscribers = [
      s.$map.listen(() => { this.fitPending = true; queue(); this.requestUpdate(); }),
      s.$visible.listen(() => { this.fitPending = true; queue(); }),
      s.$inFocus.listen(() => { this.fitPending = true; queue(); }),
      s.$matches.listen(queue),
      s.$selected.listen(queue),
      s.$status.listen(() => this.requestUpdate()),
      s.$colorBy.listen(() => this.applyAppearance()),
      s.$labels.listen((labels) => { this.view_?.setStatuses(labels); this.requestUpdate(); }),
    ];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.darkQuery.removeEventListener('change', this.onSchemeChange);
    this.unsubscribers.forEach((u) => u());
    this.resizeObserver.disconnect();
    this.loadAbort?.abort();
    this.view_?.destroy();
    this.view_ = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const s = this.state;
    if (changed.has('thread')) s.$thread.set(this.thread);
    if (changed.has('search')) s.$search.set(this.search);
    if (changed.has('focusClaim') || changed.has('focusDepth')) {
      s.$focus.set(this.focusClaim ? { claim: this.focusClaim, depth: Math.max(0, this.focusDepth) } : null);
    }
    if (changed.has('selected')) s.$selected.set(this.selected || null);
    if (changed.has('colorBy')) s.$colorBy.set(this.colorBy);
    if (changed.has('layout')) {
      this.view_?.setDirection(this.layout === 'tree-right' ? 'right' : 'down');
      this.fitPending = true;
      this.queueGraphRender();
    }
    if (changed.has('theme')) this.applyAppearance();
    if (changed.has('map') && this.map) this.showMap(this.map, validateMap(this.map));
    else if ((changed.has('src') || changed.has('format') || changed.has('allowDataUrls')) && this.src) void this.load(this.src);
  }

  protected override firstUpdated(): void {
    this.view_ = new CytoscapeView(this.graphContainer, this.readColours(), (id) => this.selectByUser(id));
    this.view_.setDirection(this.layout === 'tree-right' ? 'right' : 'down');
    this.view_.setStatuses(this.state.$labels.get());
    this.view_.cy.on('dragpan scrollzoom pinchzoom', () => {
      this.userMovedView = true;
    });
    this.resizeObserver.observe(this.graphContainer);
    this.applyAppearance();
    if (this.state.$map.get()) this.view_.setMap(this.state.$map.get()!.map, this.state.$map.get()!.index, this.state.$map.get()!.sides);
    if (!this.src && !this.map) void this.loadInline();
    this.queueGraphRender();
  }

  override render() {
    const status = this.state.$status.get();
    const loaded = this.state.$map.get();
    const selected = this.state.$selected.get();
    const showPanel = !!selected && !!loaded?.index.claims.has(selected) && status.state === 'loaded';
    return html`
      <div part="base" class="base ${showPanel ? 'with-panel' : ''}">
        <div class="graph-area">
          <div part="graph" class="graph" tabindex="0" role="application" ?hidden=${this.view === 'outline'}
            aria-label="Argument map. Arrow keys move between claims, Escape clears the selection, plus and minus zoom, 0 fits."
            aria-describedby="announcement"
            @keydown=${this.onGraphKey}></div>
          ${this.view === 'outline' || (loaded && loaded.map.claims.length <= PRINTABLE_CLAIMS)
            ? html`<map-outline part="outline" class=${this.view === 'outline' ? '' : 'print-only'} .loaded=${loaded} .visible=${this.state.$visible.get()}
                .highlighted=${this.state.$matches.get()} .selected=${selected}
                @claim-navigate=${this.onNavigate}></map-outline>`
            : nothing}
          ${status.state === 'loaded' && this.view === 'graph' ? this.renderLegend() : nothing}
          ${this.renderStatus()}
          ${this.renderOrigin()}
          <div id="announcement" class="visually-hidden" aria-live="polite">
            ${showPanel ? `Selected: ${loaded!.index.claim(selected!)!.text}` : ''}
          </div>
        </div>
        ${showPanel
          ? html`<claim-panel part="panel" .loaded=${loaded} .claimId=${selected}
              .label=${this.state.$labels.get().get(selected!)} .labelling=${this.state.$labels.get()} .assumption=${assumptionOf(this.state.$assumptions.get(), selected!)}
              @claim-assume=${(e: ClaimAssumeEvent) => this.state.$assumptions.set(assume(this.state.$assumptions.get(), e.detail.id, e.detail.as))}
              @claim-navigate=${this.onNavigate} @panel-close=${() => this.selectByUser(null, true)}></claim-panel>`
          : nothing}
      </div>
      <slot hidden @slotchange=${this.onSlotChange}></slot>
    `;
  }

  private renderLegend() {
    const loaded = this.state.$map.get();
    if (!loaded) return nothing;
    const dark = this.isDark();
    const swatches =
      this.colorBy === 'status'
        ? (([['stands', 'in'], ['answered', 'out'], ['open', 'undec']] as const).map(([label, status]) => [label, STATUS_FILLS[dark ? 'dark' : 'light'][status]]))
        : this.colorBy === 'side'
        ? []
        : this.colorBy === 'source'
          ? loaded.map.sources.map((s, i) => [s.title || s.id, paletteColour(i, dark)])
          : []; // Colour by thread: each thread's frame carries its title.
    return html`<div part="legend" class="legend" aria-hidden="true">
      <span><svg width="28" height="10"><line x1="0" y1="5" x2="20" y2="5" stroke="var(--_supports)" stroke-width="2"/><path d="M20 1 L28 5 L20 9 z" fill="var(--_supports)"/></svg>supports</span>
      <span><svg width="28" height="10"><line x1="0" y1="5" x2="24" y2="5" stroke="var(--_attacks)" stroke-width="2" stroke-dasharray="5 3"/><line x1="25" y1="0" x2="25" y2="10" stroke="var(--_attacks)" stroke-width="3"/></svg>attacks</span>
      ${(['pro', 'con'] as const).map((side) => html`<span><i class="swatch side" style=${styleMap({
        background: this.colorBy === 'side' ? SIDE_FILLS[dark ? 'dark' : 'light'][side] : 'transparent',
        border: `2px ${SIDE_BORDER_STYLE[side]} ${SIDE_BORDERS[dark ? 'dark' : 'light'][side]}`,
      })}></i>${side === 'pro' ? 'for: says yes' : 'against: says no'}</span>`)}
      <span>❝3: backed by 3 quotes</span>
      ${this.colorBy === 'thread' ? nothing : swatches.map(([label, colour]) => html`<span><i class="swatch" style=${styleMap({ background: colour })}></i>${label}</span>`)}
    </div>`;
  }

  private renderStatus() {
    const status = this.state.$status.get();
    if (status.state === 'loading') return html`<div part="status" class="status" role="status">Loading map…</div>`;
    if (status.state === 'empty' && !this.src && !this.map) {
      return html`<div part="status" class="status" role="status">No map: set <code>src</code>, <code>map</code>, or put Markdown inside the element.</div>`;
    }
    const loaded = this.state.$map.get();
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
  private renderOrigin() {
    if (this.origins.length === 0 || this.state.$status.get().state === 'loading') return nothing;
    return html`<p part="origin" class="origin" role="note">
      This map comes from <strong>${this.origins.join(', ')}</strong> — not from this site.
    </p>`;
  }

  /**
   * Loads `src` again and shows the new version in place: the selection, filters and viewport
   * stay, and no loading screen flashes. For live preview while a map is being written.
   */
  async reload(): Promise<void> {
    if (!this.src) return;
    const cy = this.view_?.cy;
    this.keptViewport = cy && this.state.$map.get() ? { zoom: cy.zoom(), pan: { ...cy.pan() } } : null;
    await this.load(this.src, { quietly: true });
  }

  private async load(src: string, { quietly = false } = {}): Promise<void> {
    const generation = ++this.loadGeneration;
    this.loadAbort?.abort();
    const abort = new AbortController();
    this.loadAbort = abort;
    if (!quietly) this.state.$status.set({ state: 'loading', src });
    const policy = new MapUrlPolicy({ allowDataUrls: this.allowDataUrls });
    try {
      const { map, diagnostics } = await fetchMap(src, abort.signal, (this.format || undefined) as MapFormat | undefined, policy);
      // Reading ended with checking the whole map; indexing it, and handing it to the views,
      // are tasks of their own, so that a big map never blocks the page for long.
      await nextTask();
      if (generation !== this.loadGeneration) return;
      const prepared = hasErrors(diagnostics) ? undefined : prepareMap(map, diagnostics);
      await nextTask();
      if (generation !== this.loadGeneration) return;
      this.showMap(map, diagnostics, [...policy.foreignOrigins], prepared);
    } catch (error) {
      if (generation !== this.loadGeneration || abort.signal.aborted) return;
      const message = error instanceof MapLoadError ? error.message : `could not load ${src}: ${String(error)}`;
      this.fail(message, [loadErrorDiagnostic(message, src)], [...policy.foreignOrigins]);
    }
  }

  private async loadInline(): Promise<void> {
    const script = this.querySelector('script[type="text/markdown"]');
    const text = dedent(script?.textContent ?? this.textContent ?? '');
    if (!text.trim()) return;
    const generation = ++this.loadGeneration;
    const { map, diagnostics } = await parseMapAsync([{ name: 'inline', text }]);
    if (generation === this.loadGeneration) this.showMap(map, withExcerpts(diagnostics, [{ name: 'inline', text }]));
  }

  private onSlotChange(): void {
    if (!this.src && !this.map && this.view_) void this.loadInline();
  }

  /** `origins`: where the map came from when not from the page's own site (see `mapOrigins`). */
  private showMap(map: ArgumentMap, diagnostics: Diagnostic[], origins: readonly string[] = [], prepared?: LoadedMap): void {
    this.loadGeneration++;
    this.loadAbort?.abort();
    if (hasErrors(diagnostics)) {
      const count = diagnostics.filter((d) => d.severity === 'error').length;
      this.fail(`The map has ${count} error${count === 1 ? '' : 's'}:`, diagnostics, origins);
      return;
    }
    this.origins = origins;
    const loaded = prepared ?? prepareMap(map, diagnostics);
    this.view_?.setMap(loaded.map, loaded.index, loaded.sides);
    this.state.$map.set(loaded);
    this.state.$status.set({ state: 'loaded' });
    this.dispatchEvent(new MapLoadEvent({ map, diagnostics }));
  }

  private fail(message: string, diagnostics: Diagnostic[], origins: readonly string[] = []): void {
    this.origins = origins;
    this.state.$map.set(null);
    this.view_?.clear();
    this.state.$status.set({ state: 'error', message, diagnostics });
    this.dispatchEvent(new MapErrorEvent({ message, diagnostics }));
  }

  private queueGraphRender(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    const draw = () => requestAnimationFrame(() => {
      this.renderQueued = false;
      this.renderGraph();
    });
    // A new map's labels are measured in tasks of their own (see CytoscapeView.setMap): draw
    // after them, so that measuring and laying out a big map are short tasks, not one long one.
    if (this.view_?.sceneReady === false) void this.view_.whenSceneReady().then(draw);
    else draw();
  }

  private renderGraph(): void {
    const view = this.view_;
    const s = this.state;
    if (!view || !s.$map.get()) return;
    view.render({ visible: s.$visible.get(), faded: s.$inFocus.get(), matches: s.$matches.get(), selected: s.$selected.get() });
    if (this.keptViewport) {
      view.cy.viewport(this.keptViewport);
      this.keptViewport = null;
      this.fitPending = false;
    } else if (this.fitPending) {
      this.fitPending = false;
      this.fitView();
    }
    this.requestUpdate();
  }

  /** A resize (the panel opening, a window change) fits the map again unless the user has moved it. */
  private onResize(): void {
    this.view_?.resize();
    const selected = this.state.$selected.get();
    if (!this.userMovedView) this.fitView();
    else if (selected && this.state.$visible.get().has(selected)) this.view_?.centreOn(selected);
  }

  /**
   * Fits the shown claims to the view. When that makes labels too small to read, shows the
   * selected claim, or the thread's thesis, at a readable zoom instead; all threads at once stay
   * an overview, with each thread's title on its frame.
   */
  private fitView(): void {
    const view = this.view_;
    if (!view) return;
    view.fit(this.state.$inFocus.get() ?? undefined);
    this.userMovedView = false;
    if (view.cy.zoom() >= READABLE_ZOOM) return;
    const visible = this.state.$visible.get();
    const selected = this.state.$selected.get();
    if (selected && visible.has(selected)) view.showReadable(selected, READABLE_ZOOM);
    // One thread too wide to read whole: start at its thesis, readable; the rest is a pan away.
    else if (this.thread) {
      const thesis = this.firstClaim(visible);
      if (thesis) view.showReadable(thesis, READABLE_ZOOM, 'top');
    }
  }

  private selectByUser(id: string | null, refocusGraph = false): void {
    if (id === (this.selected ?? null)) return;
    this.selected = id;
    const claim = id ? this.state.$map.get()?.index.claim(id) ?? null : null;
    this.dispatchEvent(new ClaimSelectEvent({ id, claim }));
    if (refocusGraph) this.graphContainer?.focus();
  }

  private onNavigate(event: ClaimNavigateEvent): void {
    this.selectByUser(event.detail.id);
    if (this.view === 'graph') this.view_?.centreOn(event.detail.id);
  }

  private onGraphKey(event: KeyboardEvent): void {
    const s = this.state;
    const visible = s.$visible.get();
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      const current = this.selected && visible.has(this.selected) ? this.selected : undefined;
      const next = current
        ? nearestInDirection(current, direction, this.view_!.positionsOf(visible))
        : this.firstClaim(visible);
      if (next) {
        this.selectByUser(next);
        this.view_?.centreOn(next);
      }
    } else if (event.key === 'Home') {
      event.preventDefault();
      const first = this.firstClaim(visible);
      if (first) this.selectByUser(first);
    } else if (event.key === 'Escape') {
      this.selectByUser(null);
    } else if (event.key === 'Enter' && this.selected) {
      this.renderRoot.querySelector('claim-panel')?.shadowRoot?.querySelector<HTMLElement>('button')?.focus();
    } else if (event.key === '+' || event.key === '=') {
      this.zoomIn();
    } else if (event.key === '-') {
      this.zoomOut();
    } else if (event.key === '0') {
      this.fit();
    }
  }

  private firstClaim(visible: ReadonlySet<string>): string | undefined {
    const loaded = this.state.$map.get();
    if (!loaded) return undefined;
    for (const thread of loaded.map.threads) {
      const root = loaded.index.rootsOf(thread.id).find((c) => visible.has(c.id));
      if (root) return root.id;
    }
    return undefined;
  }

  private isDark(): boolean {
    return this.theme === 'dark' || (this.theme !== 'light' && this.darkQuery.matches);
  }

  private readColours(): GraphColours {
    const style = getComputedStyle(this);
    const read = (name: string) => style.getPropertyValue(name).trim();
    return {
      text: read('--_text') || '#1d2329',
      background: read('--_background') || '#fff',
      border: read('--_border') || '#7b8794',
      supports: read('--_supports') || '#1b7a32',
      attacks: read('--_attacks') || '#c0262d',
      accent: read('--_accent') || '#1a5fd0',
      match: read('--_match') || '#f2b600',
      dark: this.isDark(),
    };
  }

  private applyAppearance(): void {
    if (!this.view_) return;
    // The theme attribute changes the custom properties only once styles recompute.
    requestAnimationFrame(() => {
      this.view_?.setAppearance(this.readColours(), this.state.$colorBy.get());
      this.requestUpdate();
    });
  }
}

/**
 * `text` cut to `max` characters: an error can quote a line of the map, and a hostile line can be
 * megabytes long, which the page would take seconds to lay out.
 */
function shortened(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Removes the indentation that HTML source gives inline Markdown. */
function dedent(text: string): string {
  const lines = text.replace(/^\n+/, '').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

declare global {
  interface HTMLElementTagNameMap {
    'argument-map': ArgumentMapElement;
  }
}
