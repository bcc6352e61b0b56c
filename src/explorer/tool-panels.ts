import { html, nothing } from 'lit';
import type { FlowFormatChangeEvent } from '../components/case-view/flow-format-change-event.js';
import type { DrillChooseEvent } from '../components/practice-drill/drill-choose-event.js';
import type { LoadedMap } from '../state/map-state.js';
import type { ArticleController } from './article-controller.js';
import type { MapEditingController } from './map-editing-controller.js';
import { sourcesBase } from './sources-base.js';
import type { ExplorerSettings } from './url-state.js';

/** What the panels beside the map need from the page. */
export interface ToolPanelContext {
  settings: ExplorerSettings;
  /** The thread shown, or empty for all threads. */
  thread: string;
  loaded: LoadedMap | null;
  /** Whether the views beside the map (case, sources, article) are defined yet. */
  viewsLoaded: boolean;
  /** Where the map is read from: the practice drill keeps its scores under it. */
  src: string;
  articles: ArticleController;
  editor: MapEditingController;
  update(change: Partial<ExplorerSettings>): void;
}

/** The tool beside the map: the case builder, the stance matrix, an article, the editor or the practice drill. */
export function renderTool(c: ToolPanelContext) {
  const { settings: s, thread, loaded, update } = c;
  if (!s.tool) return nothing;
  // Editing stays open on a map with errors: it is how they get fixed.
  if (s.tool === 'edit') return renderEditor(c);
  if (!loaded) return nothing;
  if (!c.viewsLoaded && (s.tool === 'case' || s.tool === 'sources' || s.tool === 'articles')) {
    return html`<aside class="tool" aria-busy="true"><p class="notice">Loading…</p></aside>`;
  }
  if (s.tool === 'articles') return renderArticle(c, loaded);
  if (s.tool === 'practice') {
    return html`<aside class="tool" aria-label="Practice drill">
      <practice-drill .loaded=${loaded} thread=${thread || loaded.map.threads[0]?.id || ''} side=${s.side} map-key=${c.src}
        @drill-choose=${(e: DrillChooseEvent) => update({ thread: e.detail.thread, side: e.detail.side })}
        @claim-navigate=${(e: CustomEvent<{ id: string }>) => update({ claim: e.detail.id })}></practice-drill>
    </aside>`;
  }
  if (s.tool === 'sources') {
    return html`<aside class="tool" aria-label="Sources and their stances">
      <stance-matrix .loaded=${loaded} .thread=${thread || null}
        @thread-select=${(e: CustomEvent<{ id: string }>) => update({ thread: e.detail.id })}></stance-matrix>
    </aside>`;
  }
  const claim = (s.claim && loaded.index.claim(s.claim)) ? s.claim : thesisOf(loaded, thread);
  return html`<aside class="tool" aria-label="Case">
    <case-view .loaded=${loaded} .claimId=${claim} .side=${s.side} .sourcesBase=${sourcesBase()} .flowFormat=${s.flow}
      @claim-navigate=${(e: CustomEvent<{ id: string }>) => update({ claim: e.detail.id })}
      @flow-format-change=${(e: FlowFormatChangeEvent) => update({ flow: e.detail.format })}></case-view>
  </aside>`;
}

function renderArticle(c: ToolPanelContext, loaded: LoadedMap) {
  const sourceId = c.articles.sourceId;
  const article = c.articles.current;
  return html`<aside class="tool" aria-label="Article">
    <label class="article-pick">Article
      <select aria-label="Article" @change=${(e: Event) => c.update({ source: (e.target as HTMLSelectElement).value })}>
        ${loaded.map.sources.map((x) => html`<option value=${x.id} ?selected=${x.id === sourceId}>${x.title || x.id}</option>`)}
      </select>
    </label>
    ${article?.error ? html`<p class="notice" role="alert">${article.error}</p>` : nothing}
    ${article?.text !== undefined
      ? html`<source-view .loaded=${loaded} source-id=${sourceId} .text=${article.text}
          @claim-navigate=${(e: CustomEvent<{ id: string }>) => c.update({ claim: e.detail.id })}></source-view>`
      : article?.error ? nothing : html`<p class="notice">Loading the article…</p>`}
  </aside>`;
}

function renderEditor(c: ToolPanelContext) {
  const claimId = c.settings.claim;
  const location = claimId ? c.loaded?.index.claim(claimId)?.location : undefined;
  const { editing, diagnostics, shared, onMapEdit } = c.editor;
  return html`<aside class="tool" aria-label="Edit the map">
    ${editing?.error ? html`<p class="notice" role="alert">${editing.error}</p>` : nothing}
    ${editing?.files
      ? html`<map-editor .files=${editing.files} .edits=${editing.edits ?? new Map()} .diagnostics=${diagnostics}
          .reveal=${location ? { id: claimId, file: location.file, line: location.line } : null} @map-edit=${onMapEdit}
          file=${c.settings.file} .collab=${shared.session} .collabRevision=${shared.revision}></map-editor>`
      : editing?.error ? nothing : html`<p class="notice">Loading the map's text…</p>`}
  </aside>`;
}

/** The thesis the case opens on when no claim is selected: the thread's first root. */
function thesisOf(loaded: LoadedMap, thread: string): string | null {
  const threadId = thread || loaded.map.threads[0]?.id;
  return (threadId && loaded.index.rootsOf(threadId)[0]?.id) || null;
}
