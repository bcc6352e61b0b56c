import type { MapIndex } from '../model/queries.js';
import type { Side } from '../model/sides.js';
import type { ArgumentMap, RelationKind } from '../model/types.js';
import type { ClaimLabel, LabelMeasurer } from './label-size.js';
import { claimLabelText } from './label-size.js';
import type { Point } from './layout.js';
import { CLAIM_WIDTH } from './style.js';

/** What the element wants shown: which claims, which faded, which highlighted, which selected. */
export interface ViewState {
  visible: ReadonlySet<string>;
  /** Claims in focus; every other claim is faded. Null when nothing is focused. */
  faded: ReadonlySet<string> | null;
  matches: ReadonlySet<string>;
  selected: string | null;
}

/** Bits of `Scene.flags`, one byte per claim. */
export const HIDDEN = 1;
export const FADED = 2;
export const MATCH = 4;
export const SELECTED = 8;

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface SceneRelation {
  /** Cytoscape edge id: `relationIdPrefix` and the relation's index in `map.relations`; never a claim id. */
  id: string;
  from: number;
  to: number;
  kind: RelationKind;
}

/** The dashed box around a thread's shown claims, with the thread's question above it. */
export interface ThreadFrame extends Rect {
  thread: number;
  title: string;
  /** How many of the thread's claims are shown, and how many of those are for and against its thesis. */
  claims: number;
  pro: number;
  con: number;
}

/** Room between a thread's claims and its frame, and above the frame for its title. */
export const FRAME_PADDING = 24;
export const FRAME_TITLE_ROOM = 24;

/**
 * The map as the graph draws it, in flat arrays indexed by claim: box sizes, wrapped labels,
 * positions and what the view state makes of each claim. Both renderers read it: the overview
 * canvas draws every claim cheaply, Cytoscape draws the few near the viewport in detail.
 */
export class Scene {
  readonly ids: string[] = [];
  readonly texts: string[] = [];
  readonly labels: string[] = [];
  readonly sides: Side[] = [];
  readonly indexOf = new Map<string, number>();
  readonly threadOf: Int32Array;
  readonly sourceOf: Int32Array;
  readonly heights: Float64Array;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly flags: Uint8Array;
  readonly relations: SceneRelation[] = [];
  /** Indices into `relations` of the relations each claim takes part in, either way. */
  readonly relationsOf: number[][];
  readonly threadTitles: string[];
  frames: ThreadFrame[] = [];
  private state: ViewState | null = null;

  /** `labels`, when given, are the claims' labels measured ahead (see `measureLabels`), in `index.claims` order. */
  constructor(map: ArgumentMap, index: MapIndex, sides: ReadonlyMap<string, Side>, measurer: LabelMeasurer, labels?: readonly ClaimLabel[]) {
    const threadOrder = new Map(map.threads.map((t, i) => [t.id, i]));
    const sourceOrder = new Map(map.sources.map((s, i) => [s.id, i]));
    this.threadTitles = map.threads.map((t) => t.title);
    const count = index.claims.size;
    this.threadOf = new Int32Array(count);
    this.sourceOf = new Int32Array(count);
    this.heights = new Float64Array(count);
    this.xs = new Float64Array(count);
    this.ys = new Float64Array(count);
    this.flags = new Uint8Array(count).fill(HIDDEN);
    for (const claim of index.claims.values()) {
      const i = this.ids.length;
      const side = sides.get(claim.id) ?? 'thesis';
      const label = labels?.[i] ?? measurer.label(claimLabelText(claim), side === 'thesis');
      this.ids.push(claim.id);
      this.texts.push(claim.text);
      this.labels.push(label.lines.join('\n'));
      this.sides.push(side);
      this.indexOf.set(claim.id, i);
      this.threadOf[i] = threadOrder.get(claim.thread) ?? -1;
      this.sourceOf[i] = sourceOrder.get(claim.quotes[0]?.source ?? '') ?? -1;
      this.heights[i] = label.height;
    }
    this.relationsOf = this.ids.map(() => []);
    const prefix = relationIdPrefix(this.ids);
    map.relations.forEach((relation, r) => {
      const from = this.indexOf.get(relation.from);
      const to = this.indexOf.get(relation.to);
      if (from === undefined || to === undefined) return;
      this.relationsOf[from].push(this.relations.length);
      if (to !== from) this.relationsOf[to].push(this.relations.length);
      this.relations.push({ id: `${prefix}${r}`, from, to, kind: relation.kind });
    });
  }

  get size(): number {
    return this.ids.length;
  }

  /** Moves claims to `positions`; returns the claims that moved. */
  place(positions: ReadonlyMap<string, Point>): number[] {
    const moved: number[] = [];
    for (let i = 0; i < this.size; i++) {
      const at = positions.get(this.ids[i]);
      if (!at || (at.x === this.xs[i] && at.y === this.ys[i])) continue;
      this.xs[i] = at.x;
      this.ys[i] = at.y;
      moved.push(i);
    }
    this.updateFrames();
    return moved;
  }

  /**
   * Takes on `state`, looking only at the parts that changed since the last call (the stores
   * hand out a new set when, and only when, it changes); returns the claims whose flags changed.
   */
  setState(state: ViewState): number[] {
    const before = this.state;
    this.state = state;
    const changed = new Set<number>();
    const update = (bit: number, on: (id: string) => boolean) => {
      for (let i = 0; i < this.size; i++) {
        const next = on(this.ids[i]) ? this.flags[i] | bit : this.flags[i] & ~bit;
        if (next !== this.flags[i]) {
          this.flags[i] = next;
          changed.add(i);
        }
      }
    };
    if (!before || before.visible !== state.visible) {
      update(HIDDEN, (id) => !state.visible.has(id));
      this.updateFrames();
    }
    if (!before || before.faded !== state.faded) update(FADED, (id) => state.faded !== null && !state.faded.has(id));
    if (!before || before.matches !== state.matches) update(MATCH, (id) => state.matches.has(id));
    if (!before || before.selected !== state.selected) {
      for (const id of [before?.selected, state.selected]) {
        const i = id ? this.indexOf.get(id) : undefined;
        if (i === undefined) continue;
        const next = id === state.selected ? this.flags[i] | SELECTED : this.flags[i] & ~SELECTED;
        if (next !== this.flags[i]) {
          this.flags[i] = next;
          changed.add(i);
        }
      }
    }
    return [...changed];
  }

  /** A relation is hidden when either end is, and faded when either end is. */
  relationFlags(r: number): number {
    const { from, to } = this.relations[r];
    return (this.flags[from] | this.flags[to]) & (HIDDEN | FADED);
  }

  isShown(i: number): boolean {
    return (this.flags[i] & HIDDEN) === 0;
  }

  box(i: number): Rect {
    const halfHeight = this.heights[i] / 2;
    return { x1: this.xs[i] - CLAIM_WIDTH / 2, y1: this.ys[i] - halfHeight, x2: this.xs[i] + CLAIM_WIDTH / 2, y2: this.ys[i] + halfHeight };
  }

  /** The box around `claims`, or around every thread frame and its title; null when empty. */
  bounds(claims?: Iterable<number>): Rect | null {
    // One thread has no frame drawn around it (the page names its question): fit its claims alone.
    if (!claims && this.frames.length === 1) claims = this.shownClaims();
    const boxes: Rect[] = claims ? [...claims].map((i) => this.box(i)) : this.frames.map((f) => ({ ...f, y1: f.y1 - FRAME_TITLE_ROOM }));
    if (boxes.length === 0) return null;
    return boxes.reduce((a, b) => ({ x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1), x2: Math.max(a.x2, b.x2), y2: Math.max(a.y2, b.y2) }));
  }

  shownClaims(): number[] {
    const shown: number[] = [];
    for (let i = 0; i < this.size; i++) if (!(this.flags[i] & HIDDEN)) shown.push(i);
    return shown;
  }

  /** Shown claims whose boxes meet `rect`. */
  shownWithin(rect: Rect): number[] {
    const found: number[] = [];
    const halfWidth = CLAIM_WIDTH / 2;
    for (let i = 0; i < this.size; i++) {
      if (this.flags[i] & HIDDEN) continue;
      const halfHeight = this.heights[i] / 2;
      const x = this.xs[i];
      const y = this.ys[i];
      if (x + halfWidth >= rect.x1 && x - halfWidth <= rect.x2 && y + halfHeight >= rect.y1 && y - halfHeight <= rect.y2) found.push(i);
    }
    return found;
  }

  /** The shown claim whose box holds `point` (the last drawn, so the top one), or -1. */
  claimAt(point: Point): number {
    const hits = this.shownWithin({ x1: point.x, y1: point.y, x2: point.x, y2: point.y });
    return hits.length > 0 ? hits[hits.length - 1] : -1;
  }

  private updateFrames(): void {
    const rects = new Map<number, Rect & { claims: number; pro: number; con: number }>();
    for (let i = 0; i < this.size; i++) {
      const thread = this.threadOf[i];
      if (thread < 0 || this.flags[i] & HIDDEN) continue;
      const box = this.box(i);
      let rect = rects.get(thread);
      if (!rect) rects.set(thread, (rect = { ...box, claims: 0, pro: 0, con: 0 }));
      rect.claims++;
      if (this.sides[i] === 'pro') rect.pro++;
      else if (this.sides[i] === 'con') rect.con++;
      {
        rect.x1 = Math.min(rect.x1, box.x1);
        rect.y1 = Math.min(rect.y1, box.y1);
        rect.x2 = Math.max(rect.x2, box.x2);
        rect.y2 = Math.max(rect.y2, box.y2);
      }
    }
    this.frames = [...rects]
      .sort(([a], [b]) => a - b)
      .map(([thread, r]) => ({
        thread,
        title: this.threadTitles[thread],
        claims: r.claims,
        pro: r.pro,
        con: r.con,
        x1: r.x1 - FRAME_PADDING,
        y1: r.y1 - FRAME_PADDING,
        x2: r.x2 + FRAME_PADDING,
        y2: r.y2 + FRAME_PADDING,
      }));
  }
}

/**
 * A prefix for edge ids that no claim id starts with, so that Cytoscape's nodes (keyed by claim
 * id, as `el.cy.$id(claimId)` promises) and edges never share an id: a shared id makes Cytoscape
 * drop the edge. Markdown ids cannot hold `→`; ids read from JSON can hold anything, so the
 * prefix grows until no id starts with it.
 */
export function relationIdPrefix(claimIds: readonly string[]): string {
  let prefix = '→';
  while (claimIds.some((id) => id.startsWith(prefix))) prefix += '→';
  return prefix;
}
