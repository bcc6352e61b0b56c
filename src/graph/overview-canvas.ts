import { THREAD_GAP, type Point } from './layout.js';
import { type ClaimPaths, claimPaths, EVERYWHERE, grow, OUTLINE_ORDER, type RelationPaths, relationPaths, ringsOf } from './overview-paths.js';
import { FRAME_PADDING, type Rect, type Scene, type ThreadFrame } from './scene.js';
import { SMALL_MAP } from './detail-layer.js';
import { drawBundles } from './draw-bundles.js';
import {
  ATTACK_DASH, CLAIM_FONT, CLAIM_WIDTH, type ColorBy, EDGE_WIDTH, FADED_OPACITY, type GraphColours,
  HIGHLIGHT_BORDER, LEGIBLE_ZOOM, THESIS_BORDER, THREAD_FONT_SIZE,
} from './style.js';
import { type ThreadBundle, threadBundles } from './thread-bundles.js';

export interface Viewport {
  zoom: number;
  pan: Point;
  width: number;
  height: number;
}

export interface OverviewLook {
  colours: GraphColours;
  colorBy: ColorBy;
  /** Each claim's grounded label, for `colorBy: 'status'`. */
  statusOf: (id: string) => string | undefined;
  /** Each claim's DF-QuAD strength, for `colorBy: 'strength'`. */
  strengthOf: (id: string) => number | undefined;
}

/** What Cytoscape draws already, so the overview leaves it out. */
export interface Detailed {
  claims: Uint8Array;
  relations: Uint8Array;
}

/** From this many relations on, a zoomed-out map's relations are drawn a frame after its boxes when they change. */
const DRAW_RELATIONS_LATER_FROM = 3000;

/** Below this many screen pixels of claim width, boxes lose their rounded corners and borders. */
const PLAIN_BOXES_BELOW = 24;

/**
 * Draws the whole map on one plain canvas under Cytoscape's: thread frames, relations as lines
 * and claims as boxes, without labels. One path per colour and only what is on screen, so
 * twenty thousand claims take tens of milliseconds where Cytoscape takes tens of seconds.
 * Cytoscape draws the claims near the viewport once they are large enough to read, and the
 * overview leaves those out.
 */
export class OverviewCanvas {
  readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  /** The whole map's paths, kept for zoomed-out redraws until `invalidate`. */
  private whole: { scene: Scene; bundled: boolean; relations: RelationPaths | null; claims: ClaimPaths } | null = null;
  private staleOutlines = false;
  /** The bundles between threads, kept like `whole`. */
  private bundles: { scene: Scene; list: ThreadBundle[] } | null = null;
  private readonly titleWidths = new TitleWidths();

  constructor(container: HTMLElement) {
    this.canvas = document.createElement('canvas');
    this.canvas.setAttribute('aria-hidden', 'true');
    Object.assign(this.canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none' });
    container.prepend(this.canvas);
    this.context = this.canvas.getContext('2d')!;
  }

  /** Draws the map under `viewport`; true when part of it (the relations) is left for the next frame. */
  draw(scene: Scene | null, viewport: Viewport, look: OverviewLook, detailed: Detailed): boolean {
    let more = false;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(viewport.width * ratio);
    const height = Math.round(viewport.height * ratio);
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
      this.canvas.style.width = `${viewport.width}px`;
      this.canvas.style.height = `${viewport.height}px`;
    }
    const cx = this.context;
    cx.setTransform(1, 0, 0, 1, 0, 0);
    cx.clearRect(0, 0, width, height);
    if (!scene || viewport.zoom <= 0) return false;
    const { zoom, pan } = viewport;
    cx.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
    const extent: Rect = { x1: -pan.x / zoom, y1: -pan.y / zoom, x2: (viewport.width - pan.x) / zoom, y2: (viewport.height - pan.y) / zoom };
    // A single thread needs no frame: the page around the map names its question.
    const frames = scene.frames.length > 1 ? scene.frames.filter((f) => meets(f, extent)) : [];
    // In a big map, where claims cannot be read, threads are blocks and the relations between two
    // threads one bundled line with its count, instead of thousands of crossing lines.
    const bundled = scene.size > SMALL_MAP && zoom < LEGIBLE_ZOOM && scene.frames.length > 1;
    this.drawFrames(frames, extent, zoom, look.colours, bundled);
    const plain = CLAIM_WIDTH * zoom < PLAIN_BOXES_BELOW;
    if (plain) {
      // Zoomed out, most of the map is on screen: its paths are made once, and each pan or zoom
      // only draws them again under a new transform.
      if (this.whole?.scene !== scene || this.whole.bundled !== bundled) this.whole = null;
      if (this.whole && this.staleOutlines) this.whole.claims.outlines = claimPaths(scene, EVERYWHERE, true, look, detailed, true).outlines;
      this.staleOutlines = false;
      if (!this.whole) {
        // Many relations are drawn a frame after the boxes, so that no one frame makes and draws it all.
        const later = scene.relations.length > DRAW_RELATIONS_LATER_FROM;
        this.whole = { scene, bundled, relations: later ? null : relationPaths(scene, EVERYWHERE, EVERYWHERE, false, detailed, bundled), claims: claimPaths(scene, EVERYWHERE, true, look, detailed) };
        more = later;
      } else {
        this.whole.relations ??= relationPaths(scene, EVERYWHERE, EVERYWHERE, false, detailed, bundled);
      }
      if (this.whole.relations) this.strokeRelations(this.whole.relations, zoom, look.colours);
      this.fillClaims(this.whole.claims, zoom, look.colours);
    } else {
      this.strokeRelations(relationPaths(scene, extent, grow(extent, 20 / zoom), zoom >= 0.2, detailed, bundled), zoom, look.colours);
      this.fillClaims(claimPaths(scene, extent, false, look, detailed), zoom, look.colours);
    }
    if (bundled) {
      if (this.bundles?.scene !== scene) this.bundles = { scene, list: threadBundles(scene) };
      drawBundles(cx, this.bundles.list, scene.frames, zoom, look.colours);
    }
    this.drawTitles(frames, zoom, look.colours);
    return more;
  }

  /**
   * What is drawn changed (the scene, the look, what Cytoscape holds), not only the viewport: the
   * kept paths go; with `highlights`, only the matches or the selection changed, and only the
   * outlines are made again.
   */
  invalidate(what: 'all' | 'highlights' = 'all'): void {
    if (what === 'all') {
      this.whole = null;
      this.bundles = null;
    } else this.staleOutlines = true;
  }

  private drawFrames(frames: readonly ThreadFrame[], extent: Rect, zoom: number, colours: GraphColours, blocks: boolean): void {
    const cx = this.context;
    const pixel = 1 / zoom;
    // Dashes in screen pixels when zoomed out: sub-pixel dashes look solid and cost thousands of segments.
    const scale = Math.max(1, pixel);
    const period = 10 * scale;
    // Zoomed in, a frame is far larger than the screen: only the part on screen is drawn, since
    // a dashed outline costs a segment per dash. It starts a whole number of dashes in, so the
    // dashes stay put as the map pans.
    const around = grow(extent, 20 * pixel);
    cx.beginPath();
    for (const f of frames) {
      const x1 = f.x1 < around.x1 ? f.x1 + Math.floor((around.x1 - f.x1) / period) * period : f.x1;
      const y1 = f.y1 < around.y1 ? f.y1 + Math.floor((around.y1 - f.y1) / period) * period : f.y1;
      cx.rect(x1, y1, Math.min(f.x2, around.x2) - x1, Math.min(f.y2, around.y2) - y1);
    }
    cx.globalAlpha = (colours.dark ? 0.08 : 0.04) * (blocks ? 2 : 1);
    cx.fillStyle = colours.text;
    cx.fill();
    cx.globalAlpha = 1;
    cx.setLineDash([6 * scale, 4 * scale]);
    cx.lineWidth = scale;
    cx.strokeStyle = colours.border;
    cx.stroke();
    cx.setLineDash([]);
  }

  /**
   * Thread titles are how a reader finds a thread, so they stay readable at any zoom: at the
   * claims' scale above the frame when that is large enough, else at 11 screen pixels above it
   * while the gap between threads has room, else inside its top-left corner, clear of the thesis.
   */
  private drawTitles(frames: readonly ThreadFrame[], zoom: number, colours: GraphColours): void {
    const cx = this.context;
    const pixel = 1 / zoom;
    const placement = THREAD_FONT_SIZE * zoom >= 8 ? 'claims-scale' : (THREAD_GAP - FRAME_PADDING) * zoom >= 14 ? 'above' : 'inside';
    const size = placement === 'claims-scale' ? THREAD_FONT_SIZE : 12 * pixel;
    cx.font = `bold ${size}px ${CLAIM_FONT}`;
    cx.textBaseline = 'bottom';
    const widthOf = (text: string) => this.titleWidths.width(text, size);
    for (const f of frames) {
      if (placement === 'inside' && (f.y2 - f.y1) * zoom < 18) continue;
      // A tall, narrow thread zoomed out names itself down its left edge, where there is room.
      if (placement === 'inside' && (f.y2 - f.y1) > 1.5 * (f.x2 - f.x1)) {
        this.drawTitleDown(f, size, pixel, colours, widthOf);
        continue;
      }
      const inside = placement === 'inside';
      const room = inside ? (f.x2 - f.x1) / 2 - CLAIM_WIDTH / 2 - 12 * pixel : f.x2 - f.x1 - 8 * pixel;
      // The counts say what each thread holds when its claims are too small to read.
      const counts = ` · ${f.claims} claim${f.claims === 1 ? '' : 's'}: ${f.pro} yes, ${f.con} no`;
      const cut = fitText(widthOf, f.title, room - widthOf(counts));
      const title = cut ? `${cut}${counts}` : fitText(widthOf, f.title, room);
      if (!title) continue;
      cx.textAlign = inside ? 'left' : 'center';
      const x = inside ? f.x1 + 6 * pixel : (f.x1 + f.x2) / 2;
      const bottom = inside ? f.y1 + size + 4 * pixel : f.y1 - (placement === 'above' ? 3 * pixel : 6);
      if (placement !== 'claims-scale') {
        const width = widthOf(title) + 6 * pixel;
        cx.globalAlpha = 0.85;
        cx.fillStyle = colours.background;
        cx.fillRect(inside ? x - 3 * pixel : x - width / 2, bottom - size - pixel, width, size + 3 * pixel);
        cx.globalAlpha = 1;
      }
      cx.fillStyle = colours.text;
      cx.fillText(title, x, bottom);
    }
  }

  private drawTitleDown(f: ThreadFrame, size: number, pixel: number, colours: GraphColours, widthOf: (text: string) => number): void {
    const cx = this.context;
    const counts = ` · ${f.claims} claim${f.claims === 1 ? '' : 's'}: ${f.pro} yes, ${f.con} no`;
    const room = f.y2 - f.y1 - 12 * pixel;
    const cut = fitText(widthOf, f.title, room - widthOf(counts));
    const title = cut ? `${cut}${counts}` : fitText(widthOf, f.title, room);
    if (!title) return;
    cx.save();
    cx.translate(f.x1 + 3 * pixel, f.y1 + 6 * pixel);
    cx.rotate(Math.PI / 2);
    cx.textAlign = 'left';
    cx.textBaseline = 'bottom';
    cx.globalAlpha = 0.85;
    cx.fillStyle = colours.background;
    cx.fillRect(-3 * pixel, -size - 2 * pixel, widthOf(title) + 6 * pixel, size + 3 * pixel);
    cx.globalAlpha = 1;
    cx.fillStyle = colours.text;
    cx.fillText(title, 0, 0);
    cx.restore();
  }

  private strokeRelations(paths: RelationPaths, zoom: number, colours: GraphColours): void {
    const cx = this.context;
    const pixel = 1 / zoom;
    // Half a pixel at least: lines thin enough to show the trees' shapes, not hide them.
    cx.lineWidth = Math.max(EDGE_WIDTH, pixel / 2);
    for (const [key, path] of paths) {
      const supports = key.startsWith('supports');
      const colour = supports ? colours.supports : colours.attacks;
      cx.globalAlpha = key.includes('faded') ? FADED_OPACITY : 1;
      if (key.endsWith('head')) {
        cx.setLineDash([]);
        cx.fillStyle = colour;
        cx.strokeStyle = colour;
        if (supports) cx.fill(path);
        else cx.stroke(path);
        continue;
      }
      // Dashes shorter than a couple of pixels only cost time: draw those lines solid.
      cx.setLineDash(!supports && ATTACK_DASH[0] * zoom >= 2 ? ATTACK_DASH : []);
      cx.strokeStyle = colour;
      cx.stroke(path);
    }
    cx.setLineDash([]);
    cx.globalAlpha = 1;
  }

  private fillClaims({ fills, outlines }: ClaimPaths, zoom: number, colours: GraphColours): void {
    const cx = this.context;
    const pixel = 1 / zoom;
    fills.forEach((byColour, faded) => {
      cx.globalAlpha = faded ? FADED_OPACITY : 1;
      for (const [colour, path] of byColour) {
        cx.fillStyle = colour;
        cx.fill(path);
      }
    });
    // Highlights last, so a selected or matching claim stands out even when the map is tiny.
    for (const key of OUTLINE_ORDER) {
      const entry = outlines.get(key);
      if (!entry) continue;
      const highlight = key === 'match' || key === 'selected';
      cx.globalAlpha = entry.faded && !highlight ? FADED_OPACITY : 1;
      const width = highlight ? Math.max(HIGHLIGHT_BORDER, 2 * pixel) : key.startsWith('thesis') ? THESIS_BORDER : 1;
      const colour = key === 'selected' ? colours.accent : key === 'match' ? colours.match : colours.border;
      if (entry.corners) {
        if (entry.rings?.width !== width) entry.rings = { width, path: ringsOf(entry.corners, width) };
        cx.fillStyle = colour;
        cx.fill(entry.rings.path);
        continue;
      }
      cx.lineWidth = width;
      cx.strokeStyle = colour;
      cx.stroke(entry.path);
    }
    cx.globalAlpha = 1;
  }
}

function meets(a: Rect, b: Rect): boolean {
  return a.x2 >= b.x1 && a.x1 <= b.x2 && a.y2 >= b.y1 && a.y1 <= b.y2;
}

/**
 * Widths of thread titles (bold), measured once at a reference size and scaled: the titles are
 * fitted to their frames on every frame, and measuring text is what that costs.
 */
class TitleWidths {
  private static readonly REFERENCE = 100;
  private readonly widths = new Map<string, number>();
  private context: CanvasRenderingContext2D | null = null;

  width(text: string, size: number): number {
    let width = this.widths.get(text);
    if (width === undefined) {
      this.context ??= document.createElement('canvas').getContext('2d')!;
      this.context.font = `bold ${TitleWidths.REFERENCE}px ${CLAIM_FONT}`;
      if (this.widths.size > 100_000) this.widths.clear();
      this.widths.set(text, (width = this.context.measureText(text).width));
    }
    return (width * size) / TitleWidths.REFERENCE;
  }
}

/** `text`, cut to fit `maxWidth` with an ellipsis; empty when not even that fits. */
function fitText(widthOf: (text: string) => number, text: string, maxWidth: number): string {
  if (widthOf(text) <= maxWidth) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (widthOf(`${text.slice(0, mid)}…`) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low >= 3 ? `${text.slice(0, low)}…` : '';
}

