import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import type { MapIndex } from '../model/queries.js';
import type { Side } from '../model/sides.js';
import type { ArgumentMap } from '../model/types.js';
import { toElements } from './elements.js';
import { claimNodeHeight } from './label-size.js';
import { type LayoutDirection, layoutMap, type Point } from './layout.js';
import { type ColorBy, type GraphColours, CLAIM_WIDTH, graphStyle } from './style.js';

export interface ViewState {
  visible: ReadonlySet<string>;
  faded: ReadonlySet<string> | null;
  matches: ReadonlySet<string>;
  selected: string | null;
}

/**
 * The one place that talks to Cytoscape. The rest of the code speaks in claims and threads;
 * this adapter turns them into elements, positions and classes, and reports taps as claim ids.
 */
export class CytoscapeView {
  readonly cy: Core;
  private map: ArgumentMap | null = null;
  private index: MapIndex | null = null;
  private heights = new Map<string, number>();
  private colours: GraphColours;
  private colorBy: ColorBy = 'thread';
  private direction: LayoutDirection = 'down';
  private laidOutFor = '';

  constructor(container: HTMLElement, colours: GraphColours, onSelect: (id: string | null) => void) {
    this.colours = colours;
    this.cy = cytoscape({
      container,
      style: graphStyle(colours, this.colorBy),
      minZoom: 0.05,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      autoungrabify: true,
      selectionType: 'single',
    });
    this.cy.on('tap', (event) => {
      const target = event.target as NodeSingular | Core;
      if (target === this.cy) onSelect(null);
      else if ((target as NodeSingular).isNode?.() && (target as NodeSingular).hasClass('claim')) onSelect((target as NodeSingular).id());
    });
  }

  setMap(map: ArgumentMap, index: MapIndex, sides: ReadonlyMap<string, Side>): void {
    this.map = map;
    this.index = index;
    const context = document.createElement('canvas').getContext('2d');
    this.heights = new Map([...index.claims.values()].map((c) => [c.id, claimNodeHeight(c.text, sides.get(c.id) === 'thesis', context)]));
    this.laidOutFor = '';
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(toElements(map, index, sides, new Map()));
      this.cy.nodes('.claim').forEach((node) => {
        node.data('height', this.heights.get(node.id()) ?? 40);
      });
    });
  }

  setAppearance(colours: GraphColours, colorBy: ColorBy): void {
    this.colours = colours;
    this.colorBy = colorBy;
    this.cy.style(graphStyle(this.colours, this.colorBy));
  }

  setDirection(direction: LayoutDirection): void {
    if (direction === this.direction) return;
    this.direction = direction;
    this.laidOutFor = '';
  }

  /** Shows `state`; lays the visible claims out again only when the visible set changed. */
  render(state: ViewState): boolean {
    if (!this.map || !this.index) return false;
    const cy = this.cy;
    const key = `${this.direction}|${[...state.visible].join(',')}`;
    const relayout = key !== this.laidOutFor;
    cy.batch(() => {
      cy.nodes('.claim').forEach((node) => {
        const id = node.id();
        node.toggleClass('hidden', !state.visible.has(id));
        node.toggleClass('faded', state.faded !== null && !state.faded.has(id));
        node.toggleClass('match', state.matches.has(id));
      });
      cy.nodes('.thread').forEach((thread) => {
        thread.toggleClass('hidden', thread.children('.claim').filter((n) => state.visible.has(n.id())).length === 0);
      });
      cy.edges().forEach((edge) => {
        const from = edge.data('source') as string;
        const to = edge.data('target') as string;
        edge.toggleClass('hidden', !state.visible.has(from) || !state.visible.has(to));
        edge.toggleClass('faded', state.faded !== null && !(state.faded.has(from) && state.faded.has(to)));
      });
      if (relayout) {
        const positions = this.layout(state.visible);
        cy.nodes('.claim').forEach((node) => {
          const at = positions.get(node.id());
          if (at) node.position(at);
        });
      }
      cy.$(':selected').unselect();
      if (state.selected) cy.$id(state.selected).select();
    });
    this.laidOutFor = key;
    return relayout;
  }

  /** Positions of the visible claims, for keyboard moves between neighbours on screen. */
  positionsOf(ids: ReadonlySet<string>): Map<string, Point> {
    const positions = new Map<string, Point>();
    for (const id of ids) {
      const node = this.cy.$id(id);
      if (node.nonempty()) positions.set(id, { ...node.position() });
    }
    return positions;
  }

  fit(ids?: ReadonlySet<string>, maxZoom = 1.2): void {
    const eles = ids && ids.size > 0
      ? this.cy.nodes('.claim').filter((n) => ids.has(n.id()))
      : this.cy.elements().not('.hidden');
    if (eles.empty()) return;
    this.cy.fit(eles, 24);
    if (this.cy.zoom() > maxZoom) this.cy.zoom({ level: maxZoom, position: eles.boundingBox() && centre(eles.boundingBox()) });
  }

  centreOn(id: string): void {
    const node = this.cy.$id(id);
    if (node.empty()) return;
    const extent = this.cy.extent();
    const p = node.position();
    const margin = 40;
    if (p.x < extent.x1 + margin || p.x > extent.x2 - margin || p.y < extent.y1 + margin || p.y > extent.y2 - margin) {
      this.cy.animate({ center: { eles: node } }, { duration: 200 });
    }
  }

  zoomBy(factor: number): void {
    const c = { x: this.cy.width() / 2, y: this.cy.height() / 2 };
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: c });
  }

  resize(): void {
    this.cy.resize();
  }

  destroy(): void {
    this.cy.destroy();
  }

  private layout(visible: ReadonlySet<string>): Map<string, Point> {
    const width = this.cy.width() || 1280;
    const height = this.cy.height() || 800;
    return layoutMap(this.map!, this.index!, visible, {
      direction: this.direction,
      aspectRatio: width / height,
      sizeOf: (id) => ({ width: CLAIM_WIDTH, height: this.heights.get(id) ?? 40 }),
    });
  }
}

function centre(box: { x1: number; x2: number; y1: number; y2: number }): Point {
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}
