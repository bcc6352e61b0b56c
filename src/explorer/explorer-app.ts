import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { atom } from 'nanostores';
import type { DrillChooseEvent } from '../components/practice-drill/drill-choose-event.js';
import '../define-map.js';
import { exportMap } from '../interop/export-map.js';
import { readMapTexts } from '../interop/read-any.js';
import { fetchMapFiles } from '../load/fetch-map.js';
import { fetchSourceText } from '../load/fetch-source-text.js';
import { foreignOrigin } from '../load/map-url-policy.js';
import { hasErrors, withExcerpts, type Diagnostic } from '../model/diagnostic.js';
import type { MapFile } from '../parse/parse-markdown.js';
import { download } from '../components/shared/download.js';
import type { ArgumentMapElement } from '../components/argument-map/argument-map.js';
import type { ClaimSelectEvent, MapErrorEvent, MapLoadEvent } from '../components/argument-map/events.js';
import type { MapEditEvent } from '../components/map-editor/map-editor.js';
import type { ArgumentMap } from '../model/types.js';
import type { LoadedMap } from '../state/map-state.js';
import { ALL_THREADS, type ExplorerSettings, type ExplorerTool, formatHash, parseHash } from './url-state.js';
import { explorerStyles } from './explorer-app.styles.js';
import { startLiveReload } from './live-reload.js';
import { SharedMapController } from './shared-map-controller.js';
import type { FlowFormatChangeEvent } from '../components/case-view/flow-format-change-event.js';

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
  /** The text the articles tool shows, or why it could not be loaded. */
  @state() private accessor article: { source: string; text?: string; error?: string } | null = null;
  @state() private accessor failed = false;
  /** Whether the views beside the map (case, sources, article) are defined: they load with their first tool. */
  @state() private accessor viewsLoaded = false;
  /** Origins other than this site's that the last map (or its error) came from, as the element found them. */
  @state() private accessor loadedOrigins: readonly string[] = [];
  /** The map's files for the edit tool, loaded when it first opens, or why they could not be. */
  @state() private accessor editing: { files?: MapFile[]; edits?: ReadonlyMap<string, string>; error?: string } | null = null;
  @state() private accessor editDiagnostics: Diagnostic[] = [];
  /** What the last export did: a file saved, or why it failed. */
  @state() private accessor exported: { message: string; failed: boolean } | null = null;
  /** The map last read from the editor: its diagnostics came with it, fuller than the element's. */
  private editedMap: ArgumentMap | null = null;
  /** Counts edits, so that a slow read of an older edit does not replace a newer one. */
  private editGeneration = 0;
  /** The map shared live (`argmap collab`, a `collab=` token in the URL): everyone's edits re-read the map, the editor open or not. */
  private readonly shared = new SharedMapController(this, {
    src: () => this.src,
    onFiles: (result) => { this.editing = result; },
    onTexts: () => void this.readEdited(this.shared.files(this.editing?.files ?? [], this.editing?.edits ?? new Map())),
  });
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

  private async onExport(event: Event): Promise<void> {
    const select = event.target as HTMLSelectElement;
    const choice = select.value;
    select.value = '';
    const map = this.element.state.$map.get()?.map;
    if (!choice || !map) return;
    // Any failure is said on the page: an export is a user's action, not something to lose silently.
    try {
      let name: string;
      if (choice === 'png' || choice === 'svg') {
        this.exported = { message: `Making the ${choice.toUpperCase()} image…`, failed: false };
        name = `argument-map.${choice}`;
        download(await this.element.exportImage(choice), name);
      } else {
        const format = choice === 'view-json' ? 'json' : choice as 'markdown' | 'argdown' | 'aif';
        const result = exportMap(choice === 'view-json' ? this.element.shownMap()! : map, format);
        name = choice === 'view-json' ? 'argument-map-view.json' : `argument-map.${{ json: 'json', markdown: 'md', argdown: 'argdown', aif: 'aif.json' }[format]}`;
        // A map the format cannot hold is not saved half-right: the reasons are shown instead.
        if (!result.ok) {
          this.exported = { message: `This map cannot be saved as ${format} as it is: ${result.problems.map((p) => p.message).join('; ')}`, failed: true };
          return;
        }
        download(result.text, name, format === 'json' ? 'application/json' : undefined);
      }
      this.exported = { message: `Saved ${name}.`, failed: false };
    } catch (error) {
      this.exported = { message: `Export failed: ${error instanceof Error ? error.message : String(error)}`, failed: true };
    }
  }

  /** A button, not a link: its target is in this shadow root, where a fragment link cannot reach. */
  private readonly skipToMap = (): void => {
    this.element?.shadowRoot?.querySelector<HTMLElement>('.graph:not([hidden]), map-outline')?.focus();
  };

  private toggleTool(tool: ExplorerTool): void {
    this.update_({ tool: this.$settings.get().tool === tool ? '' : tool });
  }

  /** The tool beside the map: the case builder, the stance matrix, an article, the editor or the practice drill. */
  private renderTool(s: ExplorerSettings, thread: string) {
    if (!s.tool) return nothing;
    // Editing stays open on a map with errors: it is how they get fixed.
    if (s.tool === 'edit') return this.renderEditor(s.claim);
    if (!this.loaded) return nothing;
    if (!this.viewsLoaded && (s.tool === 'case' || s.tool === 'sources' || s.tool === 'articles')) {
      return html`<aside class="tool" aria-busy="true"><p class="notice">Loading…</p></aside>`;
    }
    if (s.tool === 'articles') return this.renderArticle(s);
    if (s.tool === 'practice') {
      return html`<aside class="tool" aria-label="Practice drill">
        <practice-drill .loaded=${this.loaded} thread=${thread || this.loaded.map.threads[0]?.id || ''} side=${s.side} map-key=${this.src}
          @drill-choose=${(e: DrillChooseEvent) => this.update_({ thread: e.detail.thread, side: e.detail.side })}
          @claim-navigate=${(e: CustomEvent<{ id: string }>) => this.update_({ claim: e.detail.id })}></practice-drill>
      </aside>`;
    }
    if (s.tool === 'sources') {
      return html`<aside class="tool" aria-label="Sources and their stances">
        <stance-matrix .loaded=${this.loaded} .thread=${thread || null}
          @thread-select=${(e: CustomEvent<{ id: string }>) => this.update_({ thread: e.detail.id })}></stance-matrix>
      </aside>`;
    }
    const claim = (s.claim && this.loaded.index.claim(s.claim)) ? s.claim : this.thesisOf(thread);
    return html`<aside class="tool" aria-label="Case">
      <case-view .loaded=${this.loaded} .claimId=${claim} .side=${s.side} .sourcesBase=${this.sourcesBase} .flowFormat=${s.flow}
        @claim-navigate=${(e: CustomEvent<{ id: string }>) => this.update_({ claim: e.detail.id })}
        @flow-format-change=${(e: FlowFormatChangeEvent) => this.update_({ flow: e.detail.format })}></case-view>
    </aside>`;
  }

  /** Where the source texts are: set by `argmap site` and `argmap serve`, or `sources/`. */
  private get sourcesBase(): string {
    return document.querySelector('meta[name="argmap-sources"]')?.getAttribute('content') || 'sources/';
  }

  private renderArticle(s: ExplorerSettings) {
    const sources = this.loaded!.map.sources;
    const sourceId = this.articleSource(s);
    const article = this.article?.source === sourceId ? this.article : null;
    return html`<aside class="tool" aria-label="Article">
      <label class="article-pick">Article
        <select aria-label="Article" @change=${(e: Event) => this.update_({ source: (e.target as HTMLSelectElement).value })}>
          ${sources.map((x) => html`<option value=${x.id} ?selected=${x.id === sourceId}>${x.title || x.id}</option>`)}
        </select>
      </label>
      ${article?.error ? html`<p class="notice" role="alert">${article.error}</p>` : nothing}
      ${article?.text !== undefined
        ? html`<source-view .loaded=${this.loaded} source-id=${sourceId} .text=${article.text}
            @claim-navigate=${(e: CustomEvent<{ id: string }>) => this.update_({ claim: e.detail.id })}></source-view>`
        : article?.error ? nothing : html`<p class="notice">Loading the article…</p>`}
    </aside>`;
  }

  /** The source the articles tool shows: the one in the settings, or the map's first. */
  private articleSource(s: ExplorerSettings): string {
    const sources = this.loaded?.map.sources ?? [];
    return sources.some((x) => x.id === s.source) ? s.source : sources[0]?.id ?? '';
  }

  /** Starts the loads the open tool needs; from here, never from `render()`. */
  protected override willUpdate(): void {
    const s = this.$settings.get();
    if (s.tool === 'articles' && this.loaded) {
      const sourceId = this.articleSource(s);
      if (sourceId && this.article?.source !== sourceId) void this.loadArticle(sourceId);
    }
    // The editor (and CodeMirror with it) loads when it is first opened, not with the page.
    if (s.tool === 'edit') void import('../components/map-editor/map-editor.js');
    if (s.tool === 'practice') void import('../components/practice-drill/practice-drill.js');
    // The views beside the map load with the first of their tools to open.
    if (!this.viewsLoaded && (s.tool === 'case' || s.tool === 'sources' || s.tool === 'articles')) {
      void import('../define-views.js').then(() => (this.viewsLoaded = true));
    }
    if (s.collab && !this.shared.started && (this.loaded || this.failed)) {
      this.editing = {};
      void this.shared.join(s.collab);
    }
    // After the map has loaded (or failed), so that a built map can be offered as Markdown.
    else if (s.tool === 'edit' && !this.editing && !s.collab && (this.loaded || this.failed)) void this.loadEditor();
  }

  private renderEditor(claimId: string) {
    const location = claimId ? this.loaded?.index.claim(claimId)?.location : undefined;
    return html`<aside class="tool" aria-label="Edit the map">
      ${this.editing?.error ? html`<p class="notice" role="alert">${this.editing.error}</p>` : nothing}
      ${this.editing?.files
        ? html`<map-editor .files=${this.editing.files} .edits=${this.editing.edits ?? new Map()} .diagnostics=${this.editDiagnostics}
            .reveal=${location ? { id: claimId, file: location.file, line: location.line } : null} @map-edit=${this.onMapEdit}
            file=${this.$settings.get().file} .collab=${this.shared.session} .collabRevision=${this.shared.revision}></map-editor>`
        : this.editing?.error ? nothing : html`<p class="notice">Loading the map's text…</p>`}
    </aside>`;
  }

  private async loadEditor(): Promise<void> {
    this.editing = {};
    try {
      const { files } = await fetchMapFiles(this.src);
      // A built map (JSON, as `argmap site` serves) is edited as the Markdown it was written in.
      const loaded = this.loaded;
      const built = files.length === 1 && /\.json$/i.test(files[0].name) && loaded;
      const markdown = built ? exportMap(loaded.map, 'markdown') : undefined;
      if (markdown && !markdown.ok) {
        this.editing = { error: `this map cannot be edited as Markdown: ${markdown.problems.map((p) => p.message).join('; ')}` };
        return;
      }
      this.editing = { files: markdown ? [{ name: files[0].name.replace(/(\.aif)?\.json$/i, '.md'), text: markdown.text }] : files };
    } catch (error) {
      this.editing = { error: `could not load the map's text: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  private readonly onMapEdit = async (event: MapEditEvent): Promise<void> => {
    const { files, edits } = event.detail;
    this.editing = { ...this.editing, edits };
    await this.readEdited(this.shared.session ? this.shared.files(this.editing.files ?? files, edits) : files);
  };

  /** Reads the edited texts; the map shows them when they read without errors, else keeps the last good map. */
  private async readEdited(files: MapFile[]): Promise<void> {
    const generation = ++this.editGeneration;
    const { map, diagnostics } = await readMapTexts(files);
    if (generation !== this.editGeneration) return;
    this.editDiagnostics = withExcerpts(diagnostics, files);
    if (hasErrors(diagnostics)) return;
    this.editedMap = map;
    this.element.map = map;
  }

  private async loadArticle(sourceId: string): Promise<void> {
    const source = this.loaded?.index.sources.get(sourceId);
    if (!source) return;
    this.article = { source: sourceId };
    try {
      const text = await fetchSourceText(source, this.sourcesBase);
      if (this.article?.source === sourceId) this.article = { source: sourceId, text };
    } catch (error) {
      if (this.article?.source === sourceId) this.article = { source: sourceId, error: error instanceof Error ? error.message : String(error) };
    }
  }

  private thesisOf(thread: string): string | null {
    const loaded = this.loaded;
    if (!loaded) return null;
    const threadId = thread || loaded.map.threads[0]?.id;
    return (threadId && loaded.index.rootsOf(threadId)[0]?.id) || null;
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

  /** One line that says what the thread holds and what to do first. */
  /** The last summary, kept: each keystroke in the search renders the page again, and counting 20,000 claims shows. */
  private summarised: { loaded: LoadedMap; thread: string; text: string } | null = null;

  private summary(thread: string): string {
    const loaded = this.loaded;
    if (!loaded) return '';
    if (this.summarised?.loaded !== loaded || this.summarised.thread !== thread) this.summarised = { loaded, thread, text: this.countClaims(loaded, thread) };
    return this.summarised.text;
  }

  private countClaims(loaded: LoadedMap, thread: string): string {
    const claims = loaded.map.claims.filter((c) => !thread || c.thread === thread);
    const count = (side: string) => claims.filter((c) => loaded.sides.get(c.id) === side).length;
    const quotes = claims.reduce((sum, c) => sum + c.quotes.length, 0);
    const articles = new Set(claims.flatMap((c) => c.quotes.map((q) => q.source))).size;
    const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
    const sides = thread ? `${plural(count('pro'), 'claim says', 'claims say')} yes · ${count('con')} say${count('con') === 1 ? 's' : ''} no` : plural(claims.length, 'claim');
    return `${sides} · ${plural(quotes, 'quote')} from ${plural(articles, 'article')} — pick a claim to see its evidence`;
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
          <details class="more">
            <summary>More tools</summary>
            <div class="menu">
              <label>Case for
                <select aria-label="Side of the case" .value=${s.side} ?disabled=${noMap}
                  @change=${(e: Event) => this.update_({ side: (e.target as HTMLSelectElement).value as ExplorerSettings['side'], tool: 'case' })}>
                  <option value="for" ?selected=${s.side === 'for'}>yes (for)</option>
                  <option value="against" ?selected=${s.side === 'against'}>no (against)</option>
                </select>
              </label>
              <button aria-pressed=${s.tool === 'sources' ? 'true' : 'false'} ?disabled=${noMap} title="Which sources take which stance"
                @click=${() => this.toggleTool('sources')}>Sources</button>
              <button aria-pressed=${s.tool === 'articles' ? 'true' : 'false'} ?disabled=${noMap} title="Read an article with the quoted passages marked"
                @click=${() => this.toggleTool('articles')}>Articles</button>
              <button aria-pressed=${s.tool === 'edit' ? 'true' : 'false'} title="Edit the map's text and see the map change"
                @click=${() => this.toggleTool('edit')}>Edit</button>
              <button aria-pressed=${s.tool === 'practice' ? 'true' : 'false'} ?disabled=${noMap}
                title="A drill: answer the other side's attacks on our case against the clock"
                @click=${() => this.toggleTool('practice')}>Practice</button>
              <label>Colour
                <select aria-label="Colour by" .value=${colorBy} ?disabled=${noMap || s.tool === 'case' || s.tool === 'practice'}
                  @change=${(e: Event) => this.update_({ colorBy: (e.target as HTMLSelectElement).value as ExplorerSettings['colorBy'] })}>
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
                  @click=${() => this.update_({ focus: !s.focus })}>Focus</button>
                <select aria-label="Focus depth" .value=${String(s.depth)} ?disabled=${noMap} @change=${(e: Event) => this.update_({ depth: Number((e.target as HTMLSelectElement).value) })}>
                  ${[1, 2, 3].map((d) => html`<option value=${d} ?selected=${d === s.depth}>${d} step${d > 1 ? 's' : ''}</option>`)}
                </select>
              </span>
              <button title="Theses on top instead of on the left" aria-pressed=${s.layout === 'tree-down' ? 'true' : 'false'} ?disabled=${noMap}
                @click=${() => this.update_({ layout: s.layout === 'tree-right' ? 'tree-down' : 'tree-right' })}>Top-down</button>
              <span class="group" role="group" aria-label="Zoom">
                <button aria-label="Zoom out" ?disabled=${noMap} @click=${() => this.element.zoomOut()}>−</button>
                <button ?disabled=${noMap} @click=${() => this.element.fit()}>Fit</button>
                <button aria-label="Zoom in" ?disabled=${noMap} @click=${() => this.element.zoomIn()}>+</button>
              </span>
              <select aria-label="Export" title="Save the map or this view" ?disabled=${noMap} @change=${this.onExport}>
                <option value="" selected>Export…</option>
                <option value="png">Image (PNG)</option>
                <option value="svg">Image (SVG)</option>
                <option value="view-json">This view (JSON)</option>
                <option value="markdown">Map (Markdown)</option>
                <option value="argdown">Map (Argdown)</option>
                <option value="aif">Map (AIF JSON)</option>
              </select>
            </div>
          </details>
          <span class="export-status" role="status">${this.exported && !this.exported.failed ? this.exported.message : ''}</span>
          ${this.exported?.failed ? html`<span class="export-error" role="alert">${this.exported.message}</span>` : nothing}
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
            if (e.detail.map !== this.editedMap) this.editDiagnostics = e.detail.diagnostics;
          }}
          @map-error=${(e: MapErrorEvent) => {
            this.loaded = null;
            this.failed = true;
            this.loadedOrigins = this.element.mapOrigins;
            this.editDiagnostics = e.detail.diagnostics;
          }}
        ></argument-map>
        ${this.renderTool(s, thread)}
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'argument-explorer': ArgumentExplorer;
  }
}

