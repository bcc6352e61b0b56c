import type { Core, ElementDefinition } from 'cytoscape';
import { claimClasses, claimElement, relationClasses, relationElement } from './elements.js';
import { type Rect, type Scene, SELECTED } from './scene.js';
import { LEGIBLE_ZOOM } from './style.js';

/** Up to this many claims Cytoscape holds them all, at any zoom: small maps work as they always have. */
export const SMALL_MAP = 300;
/** How far beyond the viewport, in viewports, Cytoscape keeps claims, so that a pan finds them drawn. */
const MARGIN = 0.5;
/** The most claims Cytoscape holds at once in a big map. */
const LIMIT = 1500;
/** Claims handed to Cytoscape per task, so that no task runs long. */
const CHUNK = 150;
/** How long the viewport rests before Cytoscape's claims follow it. */
const SETTLE_MS = 80;

/**
 * Which claims Cytoscape holds, as elements with their relations, and keeping those up to date.
 * Cytoscape takes about a millisecond per element to style, measure and draw, so in a big map it
 * holds only the claims around the viewport, and only once their labels are readable; the
 * overview canvas draws the rest. New claims are handed over nearest the centre first, in
 * chunks, one task each. State changes touch only the elements whose classes change.
 */
export class DetailLayer {
  /** 1 for each claim, and each relation (by index in `scene.relations`), that Cytoscape holds. */
  claims = new Uint8Array(0);
  relations = new Uint8Array(0);
  private scene: Scene | null = null;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private chunkTimer: ReturnType<typeof setTimeout> | undefined;
  private settledWaiters: (() => void)[] = [];

  /** `changed` hears of every change in what Cytoscape holds, and whether claims were added. */
  constructor(private readonly cy: () => Core, private readonly changed: (added: boolean) => void) {}

  /** Starts over with `scene`, holding nothing; the caller empties Cytoscape. */
  reset(scene: Scene | null): void {
    this.stop();
    this.scene = scene;
    this.claims = new Uint8Array(scene?.size ?? 0);
    this.relations = new Uint8Array(scene?.relations.length ?? 0);
  }

  /** Small maps: holds every claim, now. Big maps: holds the claims around the viewport once it rests. */
  follow(): void {
    const scene = this.scene;
    if (!scene) return;
    if (scene.size <= SMALL_MAP) this.hold(Array.from({ length: scene.size }, (_, i) => i));
    else this.viewportMoved();
  }

  viewportMoved(): void {
    if (!this.scene || this.scene.size <= SMALL_MAP) return;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = undefined;
      if (this.scene) this.hold(this.around(this.scene));
      this.noteSettled();
    }, SETTLE_MS);
  }

  /** Brings the elements Cytoscape holds up to date with claims whose flags changed or that moved. */
  update(changed: readonly number[], moved: readonly number[]): void {
    const scene = this.scene;
    if (!scene) return;
    const cy = this.cy();
    cy.batch(() => {
      const touched = new Set<number>();
      for (const i of changed) {
        if (!this.claims[i]) continue;
        cy.getElementById(scene.ids[i]).classes(claimClasses(scene, i));
        scene.relationsOf[i].forEach((r) => touched.add(r));
      }
      for (const i of moved) {
        if (this.claims[i]) cy.getElementById(scene.ids[i]).position({ x: scene.xs[i], y: scene.ys[i] });
      }
      for (const r of touched) {
        if (this.relations[r]) cy.getElementById(scene.relations[r].id).classes(relationClasses(scene, r));
      }
      // Cytoscape selects a tapped node itself; the state has the last word.
      cy.$(':selected').forEach((node) => {
        const i = scene.indexOf.get(node.id());
        if (i === undefined || !(scene.flags[i] & SELECTED)) node.unselect();
      });
      for (const i of changed) {
        if (this.claims[i] && scene.flags[i] & SELECTED) cy.getElementById(scene.ids[i]).select();
      }
    });
  }

  /** Resolves once Cytoscape holds the claims the viewport calls for. For tests and the benchmark. */
  settled(): Promise<void> {
    return new Promise((resolve) => {
      this.settledWaiters.push(resolve);
      this.noteSettled();
    });
  }

  stop(): void {
    clearTimeout(this.settleTimer);
    clearTimeout(this.chunkTimer);
    this.settleTimer = undefined;
    this.chunkTimer = undefined;
    this.noteSettled();
  }

  private noteSettled(): void {
    if (this.settleTimer === undefined && this.chunkTimer === undefined) this.settledWaiters.splice(0).forEach((resolve) => resolve());
  }

  /** The shown claims around the viewport, nearest the centre first; none while labels are unreadable. */
  private around(scene: Scene): number[] {
    const cy = this.cy();
    if (cy.zoom() < LEGIBLE_ZOOM) return [];
    const e = cy.extent();
    const rect: Rect = { x1: e.x1 - e.w * MARGIN, y1: e.y1 - e.h * MARGIN, x2: e.x2 + e.w * MARGIN, y2: e.y2 + e.h * MARGIN };
    const centre = { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
    const distance = (i: number) => Math.hypot(scene.xs[i] - centre.x, scene.ys[i] - centre.y);
    return scene.shownWithin(rect).sort((a, b) => distance(a) - distance(b)).slice(0, LIMIT);
  }

  /** Makes Cytoscape hold exactly `wanted`: removes the rest at once, adds the new ones in chunks. */
  private hold(wanted: readonly number[]): void {
    const scene = this.scene!;
    const cy = this.cy();
    clearTimeout(this.chunkTimer);
    this.chunkTimer = undefined;
    const keep = new Uint8Array(scene.size);
    for (const i of wanted) keep[i] = 1;
    const leaving = cy.nodes().filter((node) => {
      const i = scene.indexOf.get(node.id());
      if (i === undefined) return true;
      if (keep[i]) return false;
      this.claims[i] = 0;
      for (const r of scene.relationsOf[i]) this.relations[r] = 0;
      return true;
    });
    if (leaving.nonempty()) cy.batch(() => leaving.remove());
    const entering = wanted.filter((i) => !this.claims[i]);
    const chunk = scene.size <= SMALL_MAP ? entering.length : CHUNK;
    const add = (from: number) => {
      this.chunkTimer = undefined;
      const elements: ElementDefinition[] = [];
      const batch = entering.slice(from, from + chunk);
      for (const i of batch) {
        this.claims[i] = 1;
        elements.push(claimElement(scene, i));
      }
      for (const i of batch) {
        for (const r of scene.relationsOf[i]) {
          const { from: a, to: b } = scene.relations[r];
          if (this.relations[r] || !this.claims[a] || !this.claims[b]) continue;
          this.relations[r] = 1;
          elements.push(relationElement(scene, r));
        }
      }
      if (elements.length > 0) cy.add(elements);
      this.changed(elements.length > 0);
      if (from + chunk < entering.length) this.chunkTimer = setTimeout(() => add(from + chunk), 0);
      else this.noteSettled();
    };
    if (entering.length > 0) add(0);
    else if (leaving.nonempty()) this.changed(false);
  }
}
