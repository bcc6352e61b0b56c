import { THREAD_GAP, type Point } from './layout.js';
import { FADED, FRAME_PADDING, HIDDEN, MATCH, type Rect, type Scene, SELECTED, type ThreadFrame } from './scene.js';
import { SMALL_MAP } from './detail-layer.js';
import { drawBundles } from './draw-bundles.js';
import {
  ATTACK_DASH, CLAIM_FONT, CLAIM_WIDTH, type ColorBy, claimFill, EDGE_WIDTH, FADED_OPACITY, type GraphColours,
  HIGHLIGHT_BORDER, LEGIBLE_ZOOM, STRENGTH_FILLS, THESIS_BORDER, THREAD_FONT_SIZE,
} from './style.js';
import { threadBundles } from './thread-bundles.js';

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

  constructor(container: HTMLElement) {
    this.canvas = document.createElement('canvas');
    this.canvas.setAttribute('aria-hidden', 'true');
    Object.assign(this.canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none' });
    container.prepend(this.canvas);
    this.context = this.canvas.getContext('2d')!;
  }

  draw(scene: Scene | null, viewport: Viewport, look: OverviewLook, detailed: Detailed): void {
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
    if (!scene || viewport.zoom <= 0) return;
    const { zoom, pan } = viewport;
    cx.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
    const extent: Rect = { x1: -pan.x / zoom, y1: -pan.y / zoom, x2: (viewport.width - pan.x) / zoom, y2: (viewport.height - pan.y) / zoom };
    // A single thread needs no frame: the page around the map names its question.
    const frames = scene.frames.length > 1 ? scene.frames.filter((f) => meets(f, extent)) : [];
    // In a big map, where claims cannot be read, threads are blocks and the relations between two
    // threads one bundled edge with its count, instead of thousands of crossing lines.
    const blocks = scene.size > SMALL_MAP && zoom < LEGIBLE_ZOOM && frames.length > 1;
    this.drawFrames(frames, extent, zoom, look.colours, blocks);
    this.drawRelations(scene, extent, zoom, look.colours, detailed, blocks);
    this.drawClaims(scene, extent, zoom, look, detailed);
    if (blocks) drawBundles(cx, threadBundles(scene), scene.frames, zoom, look.colours);
    this.drawTitles(frames, zoom, look.colours);
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
    for (const f of frames) {
      if (placement === 'inside' && (f.y2 - f.y1) * zoom < 18) continue;
      // A tall, narrow thread zoomed out names itself down its left edge, where there is room.
      if (placement === 'inside' && (f.y2 - f.y1) > 1.5 * (f.x2 - f.x1)) {
        this.drawTitleDown(f, size, pixel, colours);
        continue;
      }
      const inside = placement === 'inside';
      const room = inside ? (f.x2 - f.x1) / 2 - CLAIM_WIDTH / 2 - 12 * pixel : f.x2 - f.x1 - 8 * pixel;
      // The counts say what each thread holds when its claims are too small to read.
      const counts = ` · ${f.claims} claim${f.claims === 1 ? '' : 's'}: ${f.pro} yes, ${f.con} no`;
      const cut = fitText(cx, f.title, room - cx.measureText(counts).width);
      const title = cut ? `${cut}${counts}` : fitText(cx, f.title, room);
      if (!title) continue;
      cx.textAlign = inside ? 'left' : 'center';
      const x = inside ? f.x1 + 6 * pixel : (f.x1 + f.x2) / 2;
      const bottom = inside ? f.y1 + size + 4 * pixel : f.y1 - (placement === 'above' ? 3 * pixel : 6);
      if (placement !== 'claims-scale') {
        const width = cx.measureText(title).width + 6 * pixel;
        cx.globalAlpha = 0.85;
        cx.fillStyle = colours.background;
        cx.fillRect(inside ? x - 3 * pixel : x - width / 2, bottom - size - pixel, width, size + 3 * pixel);
        cx.globalAlpha = 1;
      }
      cx.fillStyle = colours.text;
      cx.fillText(title, x, bottom);
    }
  }

  private drawTitleDown(f: ThreadFrame, size: number, pixel: number, colours: GraphColours): void {
    const cx = this.context;
    const counts = ` · ${f.claims} claim${f.claims === 1 ? '' : 's'}: ${f.pro} yes, ${f.con} no`;
    const room = f.y2 - f.y1 - 12 * pixel;
    const cut = fitText(cx, f.title, room - cx.measureText(counts).width);
    const title = cut ? `${cut}${counts}` : fitText(cx, f.title, room);
    if (!title) return;
    cx.save();
    cx.translate(f.x1 + 3 * pixel, f.y1 + 6 * pixel);
    cx.rotate(Math.PI / 2);
    cx.textAlign = 'left';
    cx.textBaseline = 'bottom';
    const width = cx.measureText(title).width + 6 * pixel;
    cx.globalAlpha = 0.85;
    cx.fillStyle = colours.background;
    cx.fillRect(-3 * pixel, -size - 2 * pixel, width, size + 3 * pixel);
    cx.globalAlpha = 1;
    cx.fillStyle = colours.text;
    cx.fillText(title, 0, 0);
    cx.restore();
  }

  private drawRelations(scene: Scene, extent: Rect, zoom: number, colours: GraphColours, detailed: Detailed, bundled: boolean): void {
    const cx = this.context;
    const pixel = 1 / zoom;
    const arrows = zoom >= 0.2;
    const around = grow(extent, 20 * pixel);
    const dashPeriod = ATTACK_DASH[0] + ATTACK_DASH[1];
    const paths = new Map<string, Path2D>();
    const pathOf = (key: string) => {
      let path = paths.get(key);
      if (!path) paths.set(key, (path = new Path2D()));
      return path;
    };
    for (let r = 0; r < scene.relations.length; r++) {
      if (detailed.relations[r]) continue;
      const flags = scene.relationFlags(r);
      if (flags & HIDDEN) continue;
      const { from, to, kind } = scene.relations[r];
      if (bundled && scene.threadOf[from] !== scene.threadOf[to]) continue;
      const sx = scene.xs[from];
      const sy = scene.ys[from];
      const tx = scene.xs[to];
      const ty = scene.ys[to];
      if (Math.max(sx, tx) < extent.x1 || Math.min(sx, tx) > extent.x2 || Math.max(sy, ty) < extent.y1 || Math.min(sy, ty) > extent.y2) continue;
      const start = borderPoint(sx, sy, tx, ty, CLAIM_WIDTH / 2, scene.heights[from] / 2, 0);
      const end = borderPoint(tx, ty, sx, sy, CLAIM_WIDTH / 2, scene.heights[to] / 2, 2);
      // A long relation is drawn only where it crosses the screen: dashes cost a segment each.
      const shown = clipSegment(start, end, around, kind === 'attacks' ? dashPeriod : 0);
      if (!shown) continue;
      const key = flags & FADED ? `${kind} faded` : kind;
      const path = pathOf(key);
      path.moveTo(shown[0].x, shown[0].y);
      path.lineTo(shown[1].x, shown[1].y);
      if (arrows) arrowHead(pathOf(`${key} head`), kind === 'supports', end, sx, sy);
    }
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

  private drawClaims(scene: Scene, extent: Rect, zoom: number, look: OverviewLook, detailed: Detailed): void {
    const cx = this.context;
    const pixel = 1 / zoom;
    const plain = CLAIM_WIDTH * zoom < PLAIN_BOXES_BELOW;
    const outlines = new Map<string, { path: Path2D; width: number; colour: string; faded: boolean }>();
    const outline = (key: string, width: number, colour: string, faded: boolean) => {
      let entry = outlines.get(key);
      if (!entry) outlines.set(key, (entry = { path: new Path2D(), width, colour, faded }));
      return entry.path;
    };
    const fills = [new Map<string, Path2D>(), new Map<string, Path2D>()];
    const halfWidth = CLAIM_WIDTH / 2;
    for (let i = 0; i < scene.size; i++) {
      const flags = scene.flags[i];
      if (flags & HIDDEN || detailed.claims[i]) continue;
      const x = scene.xs[i];
      const y = scene.ys[i];
      const halfHeight = scene.heights[i] / 2;
      if (x + halfWidth < extent.x1 || x - halfWidth > extent.x2 || y + halfHeight < extent.y1 || y - halfHeight > extent.y2) continue;
      const box = { x1: x - halfWidth, y1: y - halfHeight, x2: x + halfWidth, y2: y + halfHeight };
      const faded = (flags & FADED) !== 0;
      const colour = claimFill(look.colours, look.colorBy, scene.sides[i], scene.threadOf[i], scene.sourceOf[i], look.statusOf(scene.ids[i]), look.strengthOf(scene.ids[i]));
      const byColour = fills[faded ? 1 : 0];
      const pathOf = (fill: string) => {
        let path = byColour.get(fill);
        if (!path) byColour.set(fill, (path = new Path2D()));
        return path;
      };
      if (look.colorBy === 'strength') {
        // The same bar as on the detailed graph: the whole box empty, then filled as far as the strength.
        // The empty colour's path is made first, so it is painted under the bars.
        addBox(pathOf(STRENGTH_FILLS[look.colours.dark ? 'dark' : 'light'].empty), box, plain);
        const strength = Math.min(1, Math.max(0, look.strengthOf(scene.ids[i]) ?? 0));
        if (strength > 0) pathOf(colour).rect(box.x1, box.y1, (box.x2 - box.x1) * strength, box.y2 - box.y1);
      } else addBox(pathOf(colour), box, plain);
      if (flags & SELECTED) addBox(outline('selected', Math.max(HIGHLIGHT_BORDER, 2 * pixel), look.colours.accent, faded), box, plain);
      else if (flags & MATCH) addBox(outline('match', Math.max(HIGHLIGHT_BORDER, 2 * pixel), look.colours.match, faded), box, plain);
      else if (!plain) {
        const thesis = scene.sides[i] === 'thesis';
        addBox(outline(`${thesis ? 'thesis' : 'claim'}${faded ? ' faded' : ''}`, thesis ? THESIS_BORDER : 1, look.colours.border, faded), box, plain);
      }
    }
    fills.forEach((byColour, faded) => {
      cx.globalAlpha = faded ? FADED_OPACITY : 1;
      for (const [colour, path] of byColour) {
        cx.fillStyle = colour;
        cx.fill(path);
      }
    });
    // Highlights last, so a selected or matching claim stands out even when the map is tiny.
    const order = ['claim', 'claim faded', 'thesis', 'thesis faded', 'match', 'selected'];
    for (const key of order) {
      const entry = outlines.get(key);
      if (!entry) continue;
      cx.globalAlpha = entry.faded && !key.startsWith('match') && !key.startsWith('selected') ? FADED_OPACITY : 1;
      cx.lineWidth = entry.width;
      cx.strokeStyle = entry.colour;
      cx.stroke(entry.path);
    }
    cx.globalAlpha = 1;
  }
}

function grow(r: Rect, by: number): Rect {
  return { x1: r.x1 - by, y1: r.y1 - by, x2: r.x2 + by, y2: r.y2 + by };
}

/**
 * The part of the segment from `a` to `b` inside `rect` (Liang–Barsky), or null. With a dash
 * `period`, the part starts a whole number of periods from `a`, so the dashes do not shift.
 */
function clipSegment(a: Point, b: Point, rect: Rect, period: number): [Point, Point] | null {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [[-dx, a.x - rect.x1], [dx, rect.x2 - a.x], [-dy, a.y - rect.y1], [dy, rect.y2 - a.y]];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  const length = Math.hypot(dx, dy);
  if (period > 0 && t0 > 0 && length > 0) t0 = (Math.floor((t0 * length) / period) * period) / length;
  return [{ x: a.x + t0 * dx, y: a.y + t0 * dy }, { x: a.x + t1 * dx, y: a.y + t1 * dy }];
}

function meets(a: Rect, b: Rect): boolean {
  return a.x2 >= b.x1 && a.x1 <= b.x2 && a.y2 >= b.y1 && a.y1 <= b.y2;
}

function addBox(path: Path2D, box: Rect, plain: boolean): void {
  if (plain) path.rect(box.x1, box.y1, box.x2 - box.x1, box.y2 - box.y1);
  else path.roundRect(box.x1, box.y1, box.x2 - box.x1, box.y2 - box.y1, 6);
}

/** Where the line from (x, y) towards (towardX, towardY) leaves a box of half-size (hw, hh) centred on (x, y), `gap` beyond. */
function borderPoint(x: number, y: number, towardX: number, towardY: number, hw: number, hh: number, gap: number): Point {
  const dx = towardX - x;
  const dy = towardY - y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return { x, y };
  const t = Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy));
  if (t >= 1) return { x, y };
  return { x: x + dx * t + (dx / length) * gap, y: y + dy * t + (dy / length) * gap };
}

/** A triangle (supports) or a tee (attacks) at `tip`, pointing away from (fromX, fromY). */
function arrowHead(path: Path2D, triangle: boolean, tip: Point, fromX: number, fromY: number): void {
  const dx = tip.x - fromX;
  const dy = tip.y - fromY;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const size = 8 * 1.3;
  if (triangle) {
    path.moveTo(tip.x, tip.y);
    path.lineTo(tip.x - ux * size - uy * size * 0.5, tip.y - uy * size + ux * size * 0.5);
    path.lineTo(tip.x - ux * size + uy * size * 0.5, tip.y - uy * size - ux * size * 0.5);
    path.closePath();
  } else {
    path.moveTo(tip.x - uy * size * 0.6, tip.y + ux * size * 0.6);
    path.lineTo(tip.x + uy * size * 0.6, tip.y - ux * size * 0.6);
  }
}

/** `text`, cut to fit `maxWidth` with an ellipsis; empty when not even that fits. */
function fitText(cx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (cx.measureText(text).width <= maxWidth) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (cx.measureText(`${text.slice(0, mid)}…`).width <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low >= 3 ? `${text.slice(0, low)}…` : '';
}

