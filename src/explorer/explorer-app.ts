import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { atom } from 'nanostores';
import '../define-map.js';
import { foreignOrigin } from '../load/map-url-policy.js';
import type { ArgumentMapElement } from '../components/argument-map/argument-map.js';
import type { ClaimSelectEvent, MapErrorEvent, MapLoadEvent } from '../components/argument-map/events.js';
import type { LoadedMap } from '../state/map-state.js';
import { ALL_THREADS, type ExplorerSettings, type ExplorerTool, formatHash, parseHash } from './url-state.js';
import { ArticleController } from './article-controller.js';
import { explorerStyles } from './explorer-app.styles.js';
import { startLiveReload } from './live-reload.js';
import { MapEditingController } from './map-editing-controller.js';
import { MapExportController } from './map-export-controller.js';
import { renderMoreTools } from './more-tools-menu.js';
import { threadSummary } from './thread-summary.js';
import { renderTool } from './tool-panels.js';

/**
 * The explorer page: `<argument-map>` full-screen with a toolbar. Every setting lives in the
 * URL hash, so a link or a reload brings back the same view.
 */
@customElement('argument-explorer')
export class ArgumentExplorer extends LitElement {
  static override styles = explorerStyles;

  /** The map shown when the page URL has no `?src=`. */
  @property({ attribute: 'default-src' }) accessor defaultSrc = 'arguments/index.json';

  readonly $settings = atom<ExplorerSettings>(parseHash(location.hash));

  @state() private accessor loaded: LoadedMap | null = null;
  @state() private accessor failed = false;
  /** Whether the views beside the map (case, sources, article) are defined: they load with their first tool. */
  @state() private accessor viewsLoaded = false;
  /** Origins other than this site's that the last map (or its error) came from, as the element found them. */
  @state() private accessor loadedOrigins: readonly string[] = [];
  private readonly articles = new ArticleController(this, {
    settings: () => this.$settings.get(),
    loaded: () => this.loaded,
  });
  private readonly editor = new MapEditingController(this, {
    src: () => this.src,
    settings: () => this.$settings.get(),
    loaded: () => this.loaded,
    settled: () => this.loaded !== null || this.failed,
    show: (map) => { this.element.map = map; },
  });
  private readonly exports = new MapExportController(this, () => this.element);
  /** Whether the user picked graph or outline: until then a phone shows the outline. */
  private viewChosen = false;
  /** The hash the page opened with, before defaults are dropped from it. */
  private readonly openingHash = location.hash;
  @query('argument-map') private accessor element!: ArgumentMapElement;

  private readonly onHashChange = () => this.$settings.set(parseHash(location.hash));
  private unsubscribe: (() => void) | null = null;

  private get src(): string {
    return new URLSearchParams(location.search).get('src') || this.defaultSrc;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A shared map follows the live documents instead of the files saved on disk.
    if (!this.$settings.get().collab) startLiveReload(this);
    window.addEventListener('hashchange', this.onHashChange);
    this.unsubscribe = this.$settings.subscribe((settings) => {
      const hash = formatHash(settings);
      if (hash !== location.hash && !(hash === '' && location.hash === '')) {
        history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
      }
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.unsubscribe?.();
  }

  private update_(change: Partial<ExplorerSettings>): void {
    this.$settings.set({ ...this.$settings.get(), ...change });
  }

  /** A button, not a link: its target is in this shadow root, where a fragment link cannot reach. */
  private readonly skipToMap = (): void => {
    this.element?.shadowRoot?.querySelector<HTMLElement>('.graph:not([hidden]), map-outline')?.focus();
  };

  private toggleTool(tool: ExplorerTool): void {
    this.update_({ tool: this.$settings.get().tool === tool ? '' : tool });
  }

  /** Loads the code the open tool needs; from here, never from `render()`. The controllers load their data likewise. */
  protected override willUpdate(): void {
    const s = this.$settings.get();
    // The editor (and CodeMirror with it) loads when it is first opened, not with the page.
    if (s.tool === 'edit') void import('../components/map-editor/map-editor.js');
    if (s.tool === 'practice') void import('../components/practice-drill/practice-drill.js');
    // The views beside the map load with the first of their tools to open.
    if (!this.viewsLoaded && (s.tool === 'case' || s.tool === 'sources' || s.tool === 'articles')) {
      void import('../define-views.js').then(() => (this.viewsLoaded = true));
    }
  }

  /**
   * Where the map comes from, when that is not this site: `?src=` can name any site, and the
   * map's text and links are then that site's words, shown on this page.
   */
  private renderOrigin() {
    let origins = this.loadedOrigins;
    try {
      const own = foreignOrigin(new URL(this.src, document.baseURI));
      if (own && !origins.includes(own)) origins = [own, ...origins];
    } catch {
      // Not a URL: the element says so.
    }
    if (origins.length === 0) return nothing;
    return html`<p class="origin-banner" role="status">
      <strong>This map comes from ${origins.join(', ')}</strong> — not from this site. Its claims, quotes and links are
      whatever that site wrote. <a href=${location.pathname}>Open this site's map</a>
    </p>`;
  }

  private switchLabel(others: number): string {
    return others === 0 ? 'Threads' : `${others} other question${others === 1 ? '' : 's'}`;
  }

  /** The last summary, kept: each keystroke in the search renders the page again, and counting 20,000 claims shows. */
  private summarised: { loaded: LoadedMap; thread: string; text: string } | null = null;

  private summary(thread: string): string {
    const loaded = this.loaded;
    if (!loaded) return '';
    if (this.summarised?.loaded !== loaded || this.summarised.thread !== thread) this.summarised = { loaded, thread, text: threadSummary(loaded, thread) };
    return this.summarised.text;
  }

  override render() {
    const s = this.$settings.get();
    const map = this.loaded?.map;
    const threads = map?.threads ?? [];
    // Landing on one thread keeps the first view readable; "All threads" is one click away.
    const thread = s.thread === ALL_THREADS ? '' : s.thread || threads[0]?.id || '';
    const question = thread ? threads.find((t) => t.id === thread)?.title ?? thread : map ? 'All threads' : 'argument-map';
    // One thread in one colour says nothing: there, colour shows the sides; the case is always by side.
    const colorBy = s.tool === 'case' || s.tool === 'practice' || (thread && s.colorBy === 'thread') ? 'side' : s.colorBy;
    const noMap = !map;
    // A phone opens on the outline, where every claim can be read; the graph is one tap away.
    const view = s.view === 'graph' && !this.viewChosen && !/(^|[#&])view=/.test(this.openingHash) && matchMedia('(max-width: 600px)').matches ? 'outline' : s.view;
    const exported = this.exports.outcome;
    return html`
      <header>
        <button class="skip" @click=${this.skipToMap}>Skip to the map</button>
        <div class="heading">
          <h1>${question}</h1>
          ${threads.length > 0
            ? html`<span class="switch">
                <span aria-hidden="true">${this.switchLabel(threads.length - (thread ? 1 : 0))} ▾</span>
                <select aria-label="Thread" .value=${thread || ALL_THREADS}
                  @change=${(e: Event) => this.update_({ thread: (e.target as HTMLSelectElement).value })}>
                  ${threads.map((t) => html`<option value=${t.id} ?selected=${t.id === thread}>${t.title}</option>`)}
                  <option value=${ALL_THREADS} ?selected=${!thread}>All threads</option>
                </select>
              </span>`
            : nothing}
        </div>
        <p class="summary" aria-live="polite">${this.summary(thread)}</p>
        <div class="tools" role="group" aria-label="Map tools">
          <input type="search" aria-label="Search claims and quotes" placeholder="Search claims and quotes" .value=${s.search} ?disabled=${noMap}
            @input=${(e: Event) => this.update_({ search: (e.target as HTMLInputElement).value })} />
          <span class="group" role="group" aria-label="View">
            <button aria-pressed=${view === 'graph' ? 'true' : 'false'} ?disabled=${noMap} @click=${() => { this.viewChosen = true; this.update_({ view: 'graph' }); }}>Graph</button>
            <button aria-pressed=${view === 'outline' ? 'true' : 'false'} ?disabled=${noMap} @click=${() => { this.viewChosen = true; this.update_({ view: 'outline' }); }}>Outline</button>
          </span>
          <button class="primary" aria-pressed=${s.tool === 'case' ? 'true' : 'false'} ?disabled=${noMap}
            title="The case for one side of the selected claim (or the thesis), and what answers it"
            @click=${() => this.toggleTool('case')}>See both sides</button>
          ${renderMoreTools({
            settings: s, thread, colorBy, noMap, element: () => this.element,
            update: (change) => this.update_(change), toggleTool: (tool) => this.toggleTool(tool), onExport: this.exports.onExport,
          })}
          <span class="export-status" role="status">${exported && !exported.failed ? exported.message : ''}</span>
          ${exported?.failed ? html`<span class="export-error" role="alert">${exported.message}</span>` : nothing}
          ${this.failed && this.src !== this.defaultSrc
            ? html`<a class="back" href=${location.pathname}>Open the default map instead</a>`
            : nothing}
        </div>
        ${this.renderOrigin()}
      </header>
      <main id="map" tabindex="-1" class="workspace ${s.tool ? 'with-tool' : ''} ${s.tool === 'practice' ? 'practice' : ''}">
        <argument-map
          src=${this.src}
          .selected=${s.claim || null}
          thread=${thread}
          search=${s.search}
          focus-claim=${s.focus ? s.claim : ''}
          focus-depth=${s.depth}
          color-by=${colorBy}
          layout=${s.layout}
          view=${view}
          @claim-select=${(e: ClaimSelectEvent) => this.update_({ claim: e.detail.id ?? '' })}
          @map-load=${(e: MapLoadEvent) => {
            this.loaded = this.element.state.$map.get();
            this.loadedOrigins = this.element.mapOrigins;
            this.failed = false;
            this.editor.mapLoaded(e.detail.map, e.detail.diagnostics);
          }}
          @map-error=${(e: MapErrorEvent) => {
            this.loaded = null;
            this.failed = true;
            this.loadedOrigins = this.element.mapOrigins;
            this.editor.mapFailed(e.detail.diagnostics);
          }}
        ></argument-map>
        ${renderTool({
          settings: s, thread, loaded: this.loaded, viewsLoaded: this.viewsLoaded, src: this.src,
          articles: this.articles, editor: this.editor, update: (change) => this.update_(change),
        })}
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'argument-explorer': ArgumentExplorer;
  }
}

