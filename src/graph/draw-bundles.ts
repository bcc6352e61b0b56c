import type { Point } from './layout.js';
import type { Rect, ThreadFrame } from './scene.js';
import { ATTACK_DASH, CLAIM_FONT, type GraphColours } from './style.js';
import type { ThreadBundle } from './thread-bundles.js';

/** From this many bundles on, the single relations between two threads are not drawn. */
const MANY_BUNDLES = 150;

/**
 * Draws each bundle as one line between its threads' frames, as thick as the log of its count
 * and dashed when most of its relations attack (so the sides read without colour), labelled with
 * its count (from two) where the line is long enough and no bigger bundle's label is there.
 * Coordinates are the map's; `zoom` turns screen pixels into them.
 */
export function drawBundles(cx: CanvasRenderingContext2D, bundles: readonly ThreadBundle[], frames: readonly ThreadFrame[], zoom: number, colours: GraphColours): void {
  const frameOf = new Map(frames.map((f) => [f.thread, f]));
  const pixel = 1 / zoom;
  const labels: { text: string; at: Point; room: number; total: number }[] = [];
  // One path per look (kind, width step, single or not): a hundred threads make hundreds of bundles.
  const looks = new Map<string, { path: Path2D; attacking: boolean; single: boolean; step: number }>();
  // Among many threads, a pair joined by one relation alone is left out: hundreds of such hints
  // hide the pairs that matter and cost a long frame to draw.
  const hints = bundles.length <= MANY_BUNDLES;
  for (const bundle of bundles) {
    if (!hints && bundle.supports + bundle.attacks === 1) continue;
    const a = frameOf.get(bundle.from);
    const b = frameOf.get(bundle.to);
    if (!a || !b) continue;
    const start = leaving(a, centre(b));
    const end = leaving(b, centre(a));
    const total = bundle.supports + bundle.attacks;
    const attacking = bundle.attacks >= bundle.supports;
    const step = Math.round(Math.log2(total));
    const key = `${attacking} ${step} ${total === 1}`;
    let look = looks.get(key);
    if (!look) looks.set(key, (look = { path: new Path2D(), attacking, single: total === 1, step }));
    look.path.moveTo(start.x, start.y);
    look.path.lineTo(end.x, end.y);
    if (total > 1) labels.push({ text: String(total), at: { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 }, room: Math.hypot(end.x - start.x, end.y - start.y), total });
  }
  for (const { path, attacking, single, step } of looks.values()) {
    // A single relation between two threads is a hint, not a highway: lighter, and unlabelled.
    cx.globalAlpha = single ? 0.3 : 0.65;
    cx.lineWidth = (1 + step) * pixel;
    cx.strokeStyle = attacking ? colours.attacks : colours.supports;
    cx.setLineDash(attacking ? ATTACK_DASH.map((d) => d * pixel) : []);
    cx.stroke(path);
  }
  cx.setLineDash([]);
  cx.globalAlpha = 1;
  const size = 11 * pixel;
  cx.font = `${size}px ${CLAIM_FONT}`;
  cx.textAlign = 'center';
  cx.textBaseline = 'middle';
  // The biggest bundles are labelled first; a label that would cover another is left out.
  const placed: Rect[] = [];
  for (const { text, at, room } of labels.sort((a, b) => b.total - a.total)) {
    const width = cx.measureText(text).width + 8 * pixel;
    const box = { x1: at.x - width / 2, y1: at.y - size * 0.75, x2: at.x + width / 2, y2: at.y + size * 0.75 };
    if (width > room || placed.some((p) => p.x1 < box.x2 && box.x1 < p.x2 && p.y1 < box.y2 && box.y1 < p.y2)) continue;
    placed.push(box);
    cx.globalAlpha = 0.9;
    cx.fillStyle = colours.background;
    cx.fillRect(box.x1, box.y1, width, size * 1.5);
    cx.globalAlpha = 1;
    cx.fillStyle = colours.text;
    cx.fillText(text, at.x, at.y);
  }
}

function centre(r: Rect): Point {
  return { x: (r.x1 + r.x2) / 2, y: (r.y1 + r.y2) / 2 };
}

/** Where the line from the centre of `r` towards `toward` leaves `r`. */
function leaving(r: Rect, toward: Point): Point {
  const from = centre(r);
  const dx = toward.x - from.x;
  const dy = toward.y - from.y;
  const t = Math.min(dx === 0 ? Infinity : (r.x2 - r.x1) / 2 / Math.abs(dx), dy === 0 ? Infinity : (r.y2 - r.y1) / 2 / Math.abs(dy));
  return t >= 1 ? from : { x: from.x + dx * t, y: from.y + dy * t };
}
