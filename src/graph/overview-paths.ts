import type { Point } from './layout.js';
import { FADED, HIDDEN, MATCH, type Rect, type Scene, SELECTED } from './scene.js';
import { ATTACK_DASH, CLAIM_WIDTH, claimFill, STRENGTH_FILLS } from './style.js';
import type { Detailed, OverviewLook } from './overview-canvas.js';

/** Relation lines (and arrow heads, keyed `… head`) by kind and fading: `supports`, `attacks faded head`, … */
export type RelationPaths = Map<string, Path2D>;

/** Claim boxes by fill colour (unfaded, then faded), and outlines by kind. */
export interface ClaimPaths {
  fills: [Map<string, Path2D>, Map<string, Path2D>];
  outlines: Map<string, Outline>;
}

/**
 * Boxes to outline: as a path to stroke, and for plain boxes also as corners (x1, y1, x2, y2 each),
 * from which the overview fills rings instead: stroking twenty thousand boxes costs four times as much.
 */
export interface Outline {
  path: Path2D;
  faded: boolean;
  corners?: number[];
  /** The rings last filled, for the width they were made for. */
  rings?: { width: number; path: Path2D };
}

/** The order outlines are stroked in: highlights last, so they stand out even when the map is tiny. */
export const OUTLINE_ORDER = ['claim', 'claim faded', 'thesis', 'thesis faded', 'match', 'selected'];

/** Everywhere: paths for the whole map, for the overview to keep while only the viewport changes. */
export const EVERYWHERE: Rect = { x1: -Infinity, y1: -Infinity, x2: Infinity, y2: Infinity };

/**
 * The relations Cytoscape does not draw that meet `extent`, as paths in map coordinates; with
 * `arrows`, their heads too. A long relation is cut to where it crosses `around`. With `bundled`,
 * relations between threads are left to the bundles (see thread-bundles.ts).
 */
export function relationPaths(scene: Scene, extent: Rect, around: Rect, arrows: boolean, detailed: Detailed, bundled = false): RelationPaths {
  const dashPeriod = ATTACK_DASH[0] + ATTACK_DASH[1];
  const paths: RelationPaths = new Map();
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
    const shown = around === EVERYWHERE ? [start, end] : clipSegment(start, end, around, kind === 'attacks' ? dashPeriod : 0);
    if (!shown) continue;
    const key = flags & FADED ? `${kind} faded` : kind;
    const path = pathOf(key);
    path.moveTo(shown[0].x, shown[0].y);
    path.lineTo(shown[1].x, shown[1].y);
    if (arrows) arrowHead(pathOf(`${key} head`), kind === 'supports', end, sx, sy);
  }
  return paths;
}

/**
 * The claims Cytoscape does not draw that meet `extent`, as boxes in map coordinates, one path
 * per fill colour; `plain` boxes are square-cornered and only highlighted ones get an outline.
 * With `outlinesOnly`, the fills are left empty (when only matches or the selection changed).
 */
export function claimPaths(scene: Scene, extent: Rect, plain: boolean, look: OverviewLook, detailed: Detailed, outlinesOnly = false): ClaimPaths {
  const outlines: ClaimPaths['outlines'] = new Map();
  const outline = (key: string, faded: boolean, box: Rect) => {
    let entry = outlines.get(key);
    if (!entry) outlines.set(key, (entry = { path: new Path2D(), faded, ...(plain ? { corners: [] } : {}) }));
    entry.corners?.push(box.x1, box.y1, box.x2, box.y2);
    return entry.path;
  };
  const fills: ClaimPaths['fills'] = [new Map(), new Map()];
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
    if (outlinesOnly) {
      if (flags & SELECTED) addBox(outline('selected', faded, box), box, plain);
      else if (flags & MATCH) addBox(outline('match', faded, box), box, plain);
      continue;
    }
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
    if (flags & SELECTED) addBox(outline('selected', faded, box), box, plain);
    else if (flags & MATCH) addBox(outline('match', faded, box), box, plain);
    else if (!plain) {
      const thesis = scene.sides[i] === 'thesis';
      addBox(outline(`${thesis ? 'thesis' : 'claim'}${faded ? ' faded' : ''}`, faded, box), box, plain);
    }
  }
  return { fills, outlines };
}

/**
 * What stroking the boxes at `corners` `width` wide would paint, as a path to fill: each box grown
 * by half the width, less the box shrunk by half (wound the other way, so overlapping rings add up).
 */
export function ringsOf(corners: readonly number[], width: number): Path2D {
  const path = new Path2D();
  const half = width / 2;
  for (let i = 0; i < corners.length; i += 4) {
    const [x1, y1, x2, y2] = [corners[i], corners[i + 1], corners[i + 2], corners[i + 3]];
    path.rect(x1 - half, y1 - half, x2 - x1 + width, y2 - y1 + width);
    if (x2 - x1 > width && y2 - y1 > width) {
      path.moveTo(x1 + half, y1 + half);
      path.lineTo(x1 + half, y2 - half);
      path.lineTo(x2 - half, y2 - half);
      path.lineTo(x2 - half, y1 + half);
      path.closePath();
    }
  }
  return path;
}

export function grow(r: Rect, by: number): Rect {
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

