import { Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LayoutDirection } from '../../../graph/layout.js';
import type { MapFormat } from '../../../interop/formats.js';
import { fetchMap, loadErrorDiagnostic, MapLoadError } from '../../../load/fetch-map.js';
import { MapUrlPolicy } from '../../../load/map-url-policy.js';
import { hasErrors, withExcerpts, type Diagnostic } from '../../../model/diagnostic.js';
import { prepareSearch } from '../../../model/queries.js';
import type { ArgumentMap } from '../../../model/types.js';
import { validateMap } from '../../../model/validate.js';
import { parseMapAsync } from '../../../parse/parse-map-async.js';
import { type LoadedMap, prepareMap } from '../../../state/map-state.js';

/** What a load ended with; `none` when there is nothing to load (no `src`, `map` or inline text). */
export type LoadOutcome = ShownOutcome | { kind: 'none' };

/** A load's outcome that the element shows: a map, or why there is none. */
export type ShownOutcome =
  | { kind: 'map'; map: ArgumentMap; diagnostics: Diagnostic[]; origins: readonly string[]; prepared?: LoadedMap }
  | { kind: 'error'; message: string; diagnostics: Diagnostic[]; origins: readonly string[] };

/** Where the element's map comes from: its `map`, `src`, `format` and `allowDataUrls`. */
export interface MapSourceHost extends ReactiveControllerHost, HTMLElement {
  src: string;
  format: string;
  map: ArgumentMap | null;
  allowDataUrls: boolean;
  /** The layout shown: a big map is laid out that way first, as it is read. */
  layout: string;
}

/**
 * Loads the element's map with a `@lit/task` Task: a new `map`, `src`, `format` or inline text
 * aborts the load in flight, and only the newest load's outcome is ever shown. Nothing fetches
 * from `render()`. A load keeps running while the element is moved in the page (a move is a
 * disconnect and a connect), so that it is not lost to a re-parenting.
 */
export class MapLoader implements ReactiveController {
  private inlineRevision = 0;
  private quiet = false;
  private readonly task: Task<readonly [ArgumentMap | null, string, string, boolean, number], LoadOutcome>;

  constructor(
    private readonly host: MapSourceHost,
    /** Called as a load starts that should show "Loading" (not for `reload`). */
    onLoading: (src: string) => void,
    onOutcome: (outcome: ShownOutcome) => void,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [host.map, host.src, host.format, host.allowDataUrls, this.inlineRevision] as const,
      task: ([map, src, format, allowDataUrls], { signal }) => {
        if (map) {
          void prepareSearch(map, { signal });
          return Promise.resolve<LoadOutcome>({ kind: 'map', map, diagnostics: validateMap(map), origins: [] });
        }
        if (src) {
          if (!this.quiet) onLoading(src);
          this.quiet = false;
          return loadSrc(src, format, allowDataUrls, signal, { aspectRatio: aspectRatioOf(host), direction: host.layout === 'tree-right' ? 'right' : 'down' });
        }
        return loadInline(inlineText(host));
      },
      onComplete: (outcome) => {
        if (outcome.kind !== 'none') onOutcome(outcome);
      },
    });
  }

  hostConnected(): void {}

  /** The inline text changed: read it again when there is no `src` or `map`. */
  inlineChanged(): void {
    if (this.host.src || this.host.map) return;
    this.inlineRevision++;
    this.host.requestUpdate();
  }

  /** Loads `src` again without showing "Loading"; resolves once the new version is shown (or failed). */
  async reload(): Promise<void> {
    if (!this.host.src || this.host.map) return;
    this.quiet = true;
    await this.task.run();
  }
}

async function loadSrc(src: string, format: string, allowDataUrls: boolean, signal: AbortSignal, layoutFor: { aspectRatio: number; direction: LayoutDirection }): Promise<LoadOutcome> {
  const policy = new MapUrlPolicy({ allowDataUrls });
  try {
    const { map, diagnostics, layout, grounded } = await fetchMap(src, signal, (format || undefined) as MapFormat | undefined, policy, layoutFor);
    // Reading ended with checking the whole map; indexing it, and handing it to the views,
    // are tasks of their own, so that a big map never blocks the page for long.
    await nextTask();
    signal.throwIfAborted();
    const prepared = hasErrors(diagnostics) ? undefined : prepareMap(map, diagnostics, { layout, grounded });
    await nextTask();
    signal.throwIfAborted();
    // Between the tasks that draw the map, so that a first search in a big map is quick.
    if (prepared) void prepareSearch(map, { signal });
    return { kind: 'map', map, diagnostics, origins: [...policy.foreignOrigins], prepared };
  } catch (error) {
    // An aborted load's outcome is dropped by the Task: a newer load replaced it.
    if (signal.aborted) throw error;
    const message = error instanceof MapLoadError ? error.message : `could not load ${src}: ${String(error)}`;
    return { kind: 'error', message, diagnostics: [loadErrorDiagnostic(message, src)], origins: [...policy.foreignOrigins] };
  }
}

async function loadInline(text: string): Promise<LoadOutcome> {
  if (!text.trim()) return { kind: 'none' };
  const { map, diagnostics } = await parseMapAsync([{ name: 'inline', text }]);
  return { kind: 'map', map, diagnostics: withExcerpts(diagnostics, [{ name: 'inline', text }]), origins: [] };
}

/** The inline Markdown between the element's tags, without the indentation HTML source gives it. */
function inlineText(host: HTMLElement): string {
  const script = host.querySelector('script[type="text/markdown"]');
  const lines = (script?.textContent ?? host.textContent ?? '').replace(/^\n+/, '').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

/** The element's width over its height, for a layout worked out as the map is read; a laptop screen's while it has no size. */
function aspectRatioOf(host: HTMLElement): number {
  return host.clientWidth > 0 && host.clientHeight > 0 ? host.clientWidth / host.clientHeight : 16 / 10;
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
