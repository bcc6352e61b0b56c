import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import type { MapIndex } from '../model/queries.js';
import type { Side } from '../model/sides.js';
import type { ArgumentMap } from '../model/types.js';
import { DetailLayer, SMALL_MAP } from './detail-layer.js';
import { type ClaimLabel, LabelMeasurer, claimLabelText } from './label-size.js';
import { type LayoutDirection, layoutMap, type Point } from './layout.js';
import { OverviewCanvas } from './overview-canvas.js';
import { FADED, HIDDEN, MATCH, Scene, SELECTED, type ViewState } from './scene.js';
import { type ReadAheadLayout, storedPositions } from './stored-layout.js';
import { CLAIM_WIDTH, type ColorBy, type GraphColours, graphStyle } from './style.js';

export type { ViewState } from './scene.js';
export { SMALL_MAP } from './detail-layer.js';

/** How the view draws one claim; see `CytoscapeView.look`. */
export interface ClaimLook {
  shown: boolean;
  faded: boolean;
  match: boolean;
  selected: boolean;
  position: Point;
  inCytoscape: boolean;
}

/** Where the view looks: Cytoscape's zoom and pan. */
export interface Viewport {
  zoom: number;
  pan: Point;
}

/** How far out a reader can zoom; `fit` goes further when a big map needs it. */
const MIN_ZOOM = 0.05;
/** How long measuring labels may block the page before it yields (a big map's labels take several tasks). */
const MEASURE_SLICE_MS = 40;

/**
 * The one place that talks to Cytoscape. The rest of the code speaks in claims and threads;
 * this adapter turns them into elements, positions and classes, and reports taps as claim ids.
 *
 * Big maps are drawn in two layers. An overview canvas draws every claim as a plain box, which
 * costs milliseconds; Cytoscape holds only the claims around the viewport, and only once the
 * zoom makes their labels readable (see DetailLayer). Maps of up to `SMALL_MAP` claims live in
 * Cytoscape entirely. State changes touch only the elements whose classes change.
 */
export class CytoscapeView {
  private core: Core | null = null;
  private readonly overview: OverviewCanvas;
  private readonly measurer: LabelMeasurer;
  private map: ArgumentMap | null = null;
  private index: MapIndex | null = null;
  private sides: ReadonlyMap<string, Side> | null = null;
  private scene: Scene | null = null;
  private stored: Map<string, Point> | null = null;
  /** Positions worked out as the map was read (see `setMap`). */
  private readAhead: ReadAheadLayout | null = null;
  private colours: GraphColours;
  private colorBy: ColorBy = 'thread';
  private statuses: ReadonlyMap<string, string> = new Map();
  private readonly statusOf = (id: string) => this.statuses.get(id);
  private strengths: ReadonlyMap<string, number> = new Map();
  private readonly strengthOf = (id: string) => this.strengths.get(id);
  private direction: LayoutDirection = 'down';
  private laidOut: { direction: LayoutDirection; visible: ReadonlySet<string> } | null = null;
  /** The claims Cytoscape holds; the overview leaves them out. */
  private readonly detail: DetailLayer;
  private drawQueued = false;
  private destroyed = false;
  private startTimer: ReturnType<typeof setTimeout> | undefined;
  private sceneTimer: ReturnType<typeof setTimeout> | undefined;
  private firstFrame = { pending: false, overviewDrawn: false, cyDrawn: true };
  private sceneWaiters: (() => void)[] = [];
  /** The state and scene the last `render` showed. */
  private shownState: ViewState | null = null;
  private shownScene: Scene | null = null;
  private readonly userMoveListeners: (() => void)[] = [];

  constructor(private readonly container: HTMLElement, colours: GraphColours, private readonly onSelect: (id: string | null) => void) {
    this.colours = colours;
    this.overview = new OverviewCanvas(container);
    this.measurer = new LabelMeasurer(document.createElement('canvas').getContext('2d'));
    this.detail = new DetailLayer(() => this.cy, (added) => {
      if (added) this.firstFrame.cyDrawn = false;
      this.queueDraw();
    });
    // Cytoscape's start-up is a task of its own, rather than part of the first frame's.
    this.startTimer = setTimeout(() => this.cy, 0);
  }

  /**
   * The Cytoscape instance, made in a task of its own just after the view, or on first use if
   * that comes sooner: its start-up takes tens of milliseconds, better not added to another task.
   */
  get cy(): Core {
    return this.core ?? this.createCore();
  }

  private createCore(): Core {
    clearTimeout(this.startTimer);
    const start = performance.now();
    const cy = cytoscape({
      container: this.container,
      style: graphStyle(this.colours, this.colorBy, this.statusOf, this.strengthOf),
      minZoom: MIN_ZOOM,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      autoungrabify: true,
      selectionType: 'single',
    });
    this.core = cy;
    cy.on('tap', (event) => {
      const target = event.target as NodeSingular | Core;
      if (target === cy) {
        // The claim may be one only the overview draws.
        const at = this.scene?.claimAt(event.position) ?? -1;
        this.onSelect(at >= 0 ? this.scene!.ids[at] : null);
      } else if ((target as NodeSingular).isNode?.() && (target as NodeSingular).hasClass('claim')) this.onSelect((target as NodeSingular).id());
    });
    cy.on('viewport', () => {
      this.queueFrame();
      this.detail.viewportMoved();
    });
    for (const listener of this.userMoveListeners) cy.on('dragpan scrollzoom pinchzoom', listener);
    cy.on('render', () => {
      this.firstFrame.cyDrawn = true;
      this.noteFrame();
    });
    performance.measure('argument-map:cytoscape', { start });
    return cy;
  }

  /**
   * Shows `map` from the next `render` on. Its labels are measured in tasks of their own, a few
   * dozen milliseconds each (or all at once in `render` if that comes first), so that loading a
   * big map is several short tasks, not one long one; `whenSceneReady` says when they are done.
   * `layout`, positions worked out off the main thread as a big map was read (by direction, every
   * claim), is used as a stored layout is (which it yields to, laid out down): filtering shows
   * and hides claims in place rather than laying the map out again on the page.
   */
  setMap(map: ArgumentMap, index: MapIndex, sides: ReadonlyMap<string, Side>, layout?: ReadAheadLayout): void {
    this.map = map;
    this.readAhead = layout ?? null;
    this.index = index;
    this.sides = sides;
    this.scene = null;
    // Measuring, then Cytoscape's start-up if still to come, in tasks of their own.
    clearTimeout(this.sceneTimer);
    clearTimeout(this.startTimer);
    this.detail.reset(null);
    this.core?.elements().remove();
    this.laidOut = null;
    this.firstFrame = { pending: true, overviewDrawn: false, cyDrawn: true };
    // A small map's labels take a few milliseconds: measured now, it draws in the next frame.
    if (index.claims.size <= SMALL_MAP) {
      this.buildScene();
      if (!this.core) this.startTimer = setTimeout(() => this.cy, 0);
      return;
    }
    const claims = [...index.claims.values()];
    const labels: ClaimLabel[] = [];
    const measure = () => {
      if (this.map !== map || this.scene) return;
      const start = performance.now();
      while (labels.length < claims.length && performance.now() - start < MEASURE_SLICE_MS) {
        for (const end = Math.min(claims.length, labels.length + 200); labels.length < end;) {
          const claim = claims[labels.length];
          labels.push(this.measurer.label(claimLabelText(claim), (sides.get(claim.id) ?? 'thesis') === 'thesis'));
        }
      }
      if (labels.length < claims.length) {
        this.sceneTimer = setTimeout(measure, 0);
        return;
      }
      this.buildScene(labels);
      if (!this.core) this.startTimer = setTimeout(() => this.cy, 0);
    };
    this.sceneTimer = setTimeout(measure, 0);
  }

  private buildScene(labels?: readonly ClaimLabel[]): Scene {
    clearTimeout(this.sceneTimer);
    const start = performance.now();
    const scene = new Scene(this.map!, this.index!, this.sides!, this.measurer, labels);
    this.scene = scene;
    this.stored = storedPositions(this.map!);
    this.detail.reset(scene);
    performance.measure('argument-map:scene', { start });
    this.sceneWaiters.splice(0).forEach((resolve) => resolve());
    return scene;
  }

  /** Whether the map's labels are measured: false between `setMap` and the last task that measures them. */
  get sceneReady(): boolean {
    return !this.map || this.scene !== null;
  }

  /** Resolves once the map's labels are measured (at once when they are, or when there is no map). */
  whenSceneReady(): Promise<void> {
    if (this.sceneReady || this.destroyed) return Promise.resolve();
    return new Promise((resolve) => this.sceneWaiters.push(resolve));
  }

  /** Forgets the map: nothing is drawn until the next `setMap`. */
  clear(): void {
    clearTimeout(this.sceneTimer);
    this.map = null;
    this.readAhead = null;
    this.index = null;
    this.sides = null;
    this.scene = null;
    this.detail.reset(null);
    this.core?.elements().remove();
    this.sceneWaiters.splice(0).forEach((resolve) => resolve());
    this.queueDraw();
  }

  setAppearance(colours: GraphColours, colorBy: ColorBy): void {
    this.colours = colours;
    this.colorBy = colorBy;
    this.core?.style(graphStyle(this.colours, this.colorBy, this.statusOf, this.strengthOf));
    this.queueDraw();
  }

  /** Each claim's grounded label, shown when claims are coloured by status. */
  setStatuses(statuses: ReadonlyMap<string, string>): void {
    this.statuses = statuses;
    if (this.colorBy !== 'status') return;
    this.core?.style(graphStyle(this.colours, this.colorBy, this.statusOf, this.strengthOf));
    this.queueDraw();
  }

  /** Each claim's DF-QuAD strength, shown when claims are coloured by strength. */
  setStrengths(strengths: ReadonlyMap<string, number>): void {
    this.strengths = strengths;
    if (this.colorBy !== 'strength') return;
    this.core?.style(graphStyle(this.colours, this.colorBy, this.statusOf, this.strengthOf));
    this.queueDraw();
  }

  setDirection(direction: LayoutDirection): void {
    if (direction === this.direction) return;
    this.direction = direction;
    this.laidOut = null;
  }

  /** Shows `state`; lays the visible claims out again only when the visible set changed. */
  render(state: ViewState): boolean {
    if (!this.map) return false;
    const scene = this.scene ?? this.buildScene();
    const before = this.shownState;
    this.shownState = state;
    const changed = scene.setState(state);
    const relayout = !this.laidOut || this.laidOut.direction !== this.direction || !sameSet(this.laidOut.visible, state.visible);
    let moved: number[] = [];
    if (relayout) {
      moved = scene.place(this.positionsFor(state.visible));
      this.laidOut = { direction: this.direction, visible: state.visible };
    }
    this.detail.update(changed, moved);
    this.detail.follow();
    // A search or a selection changes only which claims are outlined: the overview keeps its boxes and lines.
    const outlinesOnly = !relayout && before?.visible === state.visible && before.faded === state.faded && scene === this.shownScene;
    this.shownScene = scene;
    this.overview.invalidate(outlinesOnly ? 'highlights' : 'all');
    this.queueFrame();
    return relayout;
  }

  /**
   * How claim `id` is drawn now, by whichever layer draws it: whether it is shown, faded,
   * matched or selected, where, and whether Cytoscape holds it. Undefined for unknown ids.
   */
  look(id: string): ClaimLook | undefined {
    const scene = this.scene;
    const i = scene?.indexOf.get(id);
    if (!scene || i === undefined) return undefined;
    const flags = scene.flags[i];
    return {
      shown: (flags & HIDDEN) === 0,
      faded: (flags & FADED) !== 0,
      match: (flags & MATCH) !== 0,
      selected: (flags & SELECTED) !== 0,
      position: { x: scene.xs[i], y: scene.ys[i] },
      inCytoscape: this.detail.claims[i] === 1,
    };
  }

  /** Positions of the shown claims among `ids`, for keyboard moves between neighbours on screen. */
  positionsOf(ids: ReadonlySet<string>): Map<string, Point> {
    const positions = new Map<string, Point>();
    const scene = this.scene;
    if (!scene || !this.laidOut) return positions;
    for (const id of ids) {
      const i = scene.indexOf.get(id);
      if (i !== undefined && scene.isShown(i)) positions.set(id, { x: scene.xs[i], y: scene.ys[i] });
    }
    return positions;
  }

  /** Zooms to show `ids`, or every shown claim, without zooming in beyond `maxZoom`. */
  fit(ids?: ReadonlySet<string>, maxZoom = 1.2): void {
    const scene = this.scene;
    if (!scene || !this.laidOut) return;
    const chosen = ids && ids.size > 0
      ? [...ids].map((id) => scene.indexOf.get(id)).filter((i): i is number => i !== undefined && scene.isShown(i))
      : undefined;
    const rect = scene.bounds(chosen);
    const width = this.cy.width();
    const height = this.cy.height();
    if (!rect || width <= 0 || height <= 0) return;
    const padding = 14;
    const fitting = Math.min((width - 2 * padding) / Math.max(1, rect.x2 - rect.x1), (height - 2 * padding) / Math.max(1, rect.y2 - rect.y1));
    this.cy.minZoom(Math.min(MIN_ZOOM, fitting));
    const zoom = clamp(fitting, this.cy.minZoom(), Math.min(this.cy.maxZoom(), maxZoom));
    this.cy.viewport({ zoom, pan: { x: width / 2 - (zoom * (rect.x1 + rect.x2)) / 2, y: height / 2 - (zoom * (rect.y1 + rect.y2)) / 2 } });
  }

  /**
   * Shows claim `id` at `zoom` at least, so that its label can be read: in the middle of the view,
   * or near its top (for a thesis, whose claims hang below it).
   */
  showReadable(id: string, zoom: number, where: 'middle' | 'top' = 'middle'): void {
    const at = this.positionsOf(new Set([id])).get(id);
    if (!at) return;
    const level = Math.max(this.cy.zoom(), zoom);
    // At the top of a map that grows down; at the left of one that grows right.
    const sideways = where === 'top' && this.direction === 'right';
    const x = sideways ? 16 + (level * CLAIM_WIDTH) / 2 : this.cy.width() / 2;
    const y = where === 'top' && !sideways ? 80 : this.cy.height() / 2;
    this.cy.viewport({ zoom: level, pan: { x: x - level * at.x, y: y - level * at.y } });
  }

  centreOn(id: string): void {
    const scene = this.scene;
    const i = scene?.indexOf.get(id);
    if (!scene || i === undefined || !scene.isShown(i)) return;
    const extent = this.cy.extent();
    const x = scene.xs[i];
    const y = scene.ys[i];
    const margin = 40;
    if (x < extent.x1 + margin || x > extent.x2 - margin || y < extent.y1 + margin || y > extent.y2 - margin) {
      const zoom = this.cy.zoom();
      this.cy.animate({ pan: { x: this.cy.width() / 2 - zoom * x, y: this.cy.height() / 2 - zoom * y } }, { duration: 200 });
    }
  }

  /**
   * Pans the least needed for claim `id`'s box to lie in the view with `margin` pixels around it,
   * without zooming; does nothing when it already does. A box bigger than the view shows its
   * top left. Returns whether it panned.
   */
  panIntoView(id: string, margin = 16): boolean {
    const scene = this.scene;
    const i = scene?.indexOf.get(id);
    if (!scene || !this.core || !this.laidOut || i === undefined || !scene.isShown(i)) return false;
    const box = scene.box(i);
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    // How far to move the rendered span [low, high] to bring it within [margin, size - margin].
    const shift = (low: number, high: number, size: number) => {
      if (high - low > size - 2 * margin || low < margin) return margin - low;
      if (high > size - margin) return size - margin - high;
      return 0;
    };
    const dx = shift(box.x1 * zoom + pan.x, box.x2 * zoom + pan.x, this.cy.width());
    const dy = shift(box.y1 * zoom + pan.y, box.y2 * zoom + pan.y, this.cy.height());
    if (dx === 0 && dy === 0) return false;
    this.cy.pan({ x: pan.x + dx, y: pan.y + dy });
    return true;
  }

  get zoom(): number {
    return this.cy.zoom();
  }

  /** Where the view looks; null before Cytoscape has started. */
  viewport(): Viewport | null {
    return this.core ? { zoom: this.core.zoom(), pan: { ...this.core.pan() } } : null;
  }

  setViewport(viewport: Viewport): void {
    this.cy.viewport(viewport);
  }

  /** Calls `listener` when the user pans or zooms (not when the code does). */
  onUserMove(listener: () => void): void {
    this.userMoveListeners.push(listener);
    this.core?.on('dragpan scrollzoom pinchzoom', listener);
  }

  zoomBy(factor: number): void {
    const c = { x: this.cy.width() / 2, y: this.cy.height() / 2 };
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: c });
  }

  resize(): void {
    this.core?.resize();
    this.queueFrame();
    this.detail.viewportMoved();
  }

  /**
   * Resolves once Cytoscape holds the claims the viewport calls for: in a big map they follow
   * the viewport after it rests, in chunks. For tests and the benchmark.
   */
  settled(): Promise<void> {
    return this.detail.settled();
  }

  destroy(): void {
    clearTimeout(this.startTimer);
    clearTimeout(this.sceneTimer);
    this.scene = null;
    this.detail.stop();
    this.core?.destroy();
    this.destroyed = true;
    this.overview.canvas.remove();
    this.sceneWaiters.splice(0).forEach((resolve) => resolve());
  }

  private positionsFor(visible: ReadonlySet<string>): ReadonlyMap<string, Point> {
    if (this.stored && this.direction === 'down') return this.stored;
    const readAhead = this.readAhead?.get(this.direction);
    if (readAhead) return readAhead;
    const scene = this.scene!;
    const start = performance.now();
    const positions = layoutMap(this.map!, this.index!, visible, {
      direction: this.direction,
      aspectRatio: (this.cy.width() || 1280) / (this.cy.height() || 800),
      sizeOf: (id) => ({ width: CLAIM_WIDTH, height: scene.heights[scene.indexOf.get(id)!] }),
    });
    performance.measure('argument-map:layout', { start });
    return positions;
  }

  /** Draws what changed in the next frame. */
  private queueDraw(): void {
    this.overview.invalidate();
    this.queueFrame();
  }

  /** Draws the next frame: for a move of the viewport alone, the overview draws the paths it kept. */
  private queueFrame(): void {
    if (this.drawQueued) return;
    this.drawQueued = true;
    requestAnimationFrame(() => {
      this.drawQueued = false;
      if (this.destroyed) return;
      const scene = this.laidOut ? this.scene : null;
      const more = this.overview.draw(
        scene,
        { zoom: this.cy.zoom(), pan: this.cy.pan(), width: this.cy.width(), height: this.cy.height() },
        { colours: this.colours, colorBy: this.colorBy, statusOf: this.statusOf, strengthOf: this.strengthOf },
        this.detail,
      );
      if (more) this.queueFrame();
      else if (scene) this.firstFrame.overviewDrawn = true;
      this.noteFrame();
    });
  }

  /** Marks the first frame that shows a new map, in both layers, for the benchmark and dev tools. */
  private noteFrame(): void {
    const frame = this.firstFrame;
    if (!frame.pending || !frame.overviewDrawn || !frame.cyDrawn) return;
    frame.pending = false;
    performance.mark('argument-map:first-frame');
  }
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
