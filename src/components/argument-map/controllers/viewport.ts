import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CytoscapeView, Viewport } from '../../../graph/cytoscape-view.js';
import { CLAIM_FONT_SIZE, READABLE_FONT_PIXELS } from '../../../graph/style.js';
import type { MapState } from '../../../state/map-state.js';

/** Below this zoom claim labels are smaller than 12px on screen. */
const READABLE_ZOOM = READABLE_FONT_PIXELS / CLAIM_FONT_SIZE;

/**
 * The viewport rules: a new map, thread, focus or layout is fitted to the view; selecting a claim
 * never moves the camera unless the claim is out of view or under the panel, and then pans the
 * least needed; a resize fits again unless the user has moved the map or a claim is selected;
 * `reload` (and a move in the page) keeps where the user was; a fit that makes labels unreadable
 * shows the selection or the thesis readable instead.
 */
export class ViewportController implements ReactiveController {
  /** Whether the user panned or zoomed since the map was last fitted to the view. */
  private userMoved = false;
  private fitPending = true;
  private kept: Viewport | null = null;
  private keepOnResize = false;

  constructor(host: ReactiveControllerHost, private readonly state: () => MapState, private readonly thread: () => string) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Fit the map at the next draw. */
  fitNext(): void {
    this.fitPending = true;
  }

  /** Keep `viewport` at the next draw instead of fitting (a reload, a move in the page). */
  keep(viewport: Viewport | null): void {
    this.kept = viewport;
  }

  /** A new view: the user's moves on it mark the viewport as theirs. */
  attach(view: CytoscapeView): void {
    view.onUserMove(() => {
      this.userMoved = true;
    });
  }

  /** After each draw: the kept viewport, or a fit when one is due. */
  drawn(view: CytoscapeView): void {
    if (this.kept) {
      view.setViewport(this.kept);
      this.kept = null;
      this.fitPending = false;
    } else if (this.fitPending) {
      this.fitPending = false;
      this.fit(view);
    }
  }

  /** The panel is closing: the resize that follows keeps the camera where it is. */
  panelClosing(): void {
    this.keepOnResize = true;
  }

  /**
   * A resize. The panel opening or closing keeps the camera where it is (the panel must not move
   * the claim the user just clicked), panning only to bring the selected claim out from under the
   * panel; any other resize fits the map again unless the user has moved it.
   */
  resized(view: CytoscapeView): void {
    view.resize();
    const selected = this.state().$selected.get();
    const keep = this.keepOnResize;
    this.keepOnResize = false;
    if (selected && this.state().$visible.get().has(selected)) view.panIntoView(selected);
    else if (!keep && !this.userMoved) this.fit(view);
  }

  /**
   * Fits the shown claims to the view. When that makes labels too small to read, shows the
   * selected claim, or the thread's thesis, at a readable zoom instead; all threads at once stay
   * an overview, with each thread's title on its frame.
   */
  fit(view: CytoscapeView): void {
    const s = this.state();
    view.fit(s.$inFocus.get() ?? undefined);
    this.userMoved = false;
    if (view.zoom >= READABLE_ZOOM) return;
    const visible = s.$visible.get();
    const selected = s.$selected.get();
    if (selected && visible.has(selected)) view.showReadable(selected, READABLE_ZOOM);
    // One thread too wide to read whole: start at its thesis, readable; the rest is a pan away.
    else if (this.thread()) {
      const thesis = firstClaim(s, visible);
      if (thesis) view.showReadable(thesis, READABLE_ZOOM, 'top');
    }
  }
}

/** The first thread's thesis among `visible`. */
export function firstClaim(state: MapState, visible: ReadonlySet<string>): string | undefined {
  const loaded = state.$map.get();
  if (!loaded) return undefined;
  for (const thread of loaded.map.threads) {
    const root = loaded.index.rootsOf(thread.id).find((c) => visible.has(c.id));
    if (root) return root.id;
  }
  return undefined;
}
