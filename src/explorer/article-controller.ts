import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchSourceText } from '../load/fetch-source-text.js';
import type { LoadedMap } from '../state/map-state.js';
import { sourcesBase } from './sources-base.js';
import type { ExplorerSettings } from './url-state.js';

export interface ArticleOptions {
  settings(): ExplorerSettings;
  /** The map as the element last loaded it, or null. */
  loaded(): LoadedMap | null;
}

/** The text of one source, or why it could not be loaded; neither while it loads. */
export interface Article {
  source: string;
  text?: string;
  error?: string;
}

/** The articles tool's text: fetched before the page renders whenever the tool shows a source it does not have yet. */
export class ArticleController implements ReactiveController {
  private article: Article | null = null;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: ArticleOptions) {
    host.addController(this);
  }

  /** The source the articles tool shows: the one in the settings, or the map's first. */
  get sourceId(): string {
    const sources = this.options.loaded()?.map.sources ?? [];
    const chosen = this.options.settings().source;
    return sources.some((x) => x.id === chosen) ? chosen : sources[0]?.id ?? '';
  }

  /** The article of the source shown, or null before its load has started. */
  get current(): Article | null {
    return this.article?.source === this.sourceId ? this.article : null;
  }

  hostUpdate(): void {
    if (this.options.settings().tool !== 'articles' || !this.options.loaded()) return;
    const sourceId = this.sourceId;
    if (sourceId && this.article?.source !== sourceId) void this.load(sourceId);
  }

  private async load(sourceId: string): Promise<void> {
    const source = this.options.loaded()?.index.sources.get(sourceId);
    if (!source) return;
    this.set({ source: sourceId });
    try {
      const text = await fetchSourceText(source, sourcesBase());
      if (this.article?.source === sourceId) this.set({ source: sourceId, text });
    } catch (error) {
      if (this.article?.source === sourceId) this.set({ source: sourceId, error: error instanceof Error ? error.message : String(error) });
    }
  }

  private set(article: Article): void {
    this.article = article;
    this.host.requestUpdate();
  }
}
