import { hierarchy, tree } from 'd3-hierarchy';
import type { MapIndex } from '../model/queries.js';
import type { ArgumentMap, Claim } from '../model/types.js';

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export type LayoutDirection = 'down' | 'right';

export interface LayoutOptions {
  direction: LayoutDirection;
  /** Width / height the packed threads should approach, e.g. the viewport's. */
  aspectRatio: number;
  sizeOf(claimId: string): Size;
}

interface TreeNode {
  id: string;
  children: TreeNode[];
}

const GAP = { sibling: 14, level: 64, thread: 90 };
/** Room between the claims of neighbouring threads. */
export const THREAD_GAP = GAP.thread;

/**
 * Places claims as tidy trees, one forest per thread, roots on top (or left) and their
 * supporters and attackers below; the thread forests are packed in rows to fit the aspect
 * ratio. O(n): argument maps are trees with some cross-links, which are drawn over the trees.
 */
export function layoutMap(map: ArgumentMap, index: MapIndex, visible: ReadonlySet<string>, options: LayoutOptions): Map<string, Point> {
  const byThread = new Map<string, Claim[]>(map.threads.map((t) => [t.id, []]));
  for (const claim of map.claims) {
    if (visible.has(claim.id)) byThread.get(claim.thread)?.push(claim);
  }
  const blocks = map.threads
    .map((thread) => forestOf(byThread.get(thread.id) ?? [], index))
    .filter((forest) => forest.length > 0)
    .map((forest) => placeForest(forest, options));
  return packBlocks(blocks, options.aspectRatio);
}

/** Spanning forest of a thread: each claim hangs under the first claim of its thread it argues about. */
function forestOf(claims: readonly Claim[], index: MapIndex): TreeNode[] {
  const nodes = new Map<string, TreeNode>();
  for (const claim of claims) {
    if (!nodes.has(claim.id)) nodes.set(claim.id, { id: claim.id, children: [] });
  }
  const roots: TreeNode[] = [];
  const parentOf = new Map<string, string>();
  for (const node of nodes.values()) {
    const up = index.relationsFrom(node.id).find((r) => nodes.has(r.to) && !createsCycle(node.id, r.to, parentOf));
    if (up) parentOf.set(node.id, up.to);
  }
  // Supporters to the left of attackers, so each side of a claim reads as a block.
  const order = (id: string) => (index.relationsFrom(id).find((r) => r.to === parentOf.get(id))?.kind === 'supports' ? 0 : 1);
  for (const node of nodes.values()) {
    const parent = parentOf.get(node.id);
    if (parent) nodes.get(parent)!.children.push(node);
    else roots.push(node);
  }
  for (const node of nodes.values()) node.children.sort((a, b) => order(a.id) - order(b.id));
  return roots;
}

function createsCycle(child: string, parent: string, parentOf: Map<string, string>): boolean {
  for (let at: string | undefined = parent; at !== undefined; at = parentOf.get(at)) {
    if (at === child) return true;
  }
  return false;
}

interface Block {
  positions: Map<string, Point>;
  width: number;
  height: number;
}

function placeForest(roots: TreeNode[], options: LayoutOptions): Block {
  const down = options.direction === 'down';
  let maxWidth = 1;
  let maxHeight = 1;
  const measure = (node: TreeNode) => {
    const size = options.sizeOf(node.id);
    maxWidth = Math.max(maxWidth, size.width);
    maxHeight = Math.max(maxHeight, size.height);
    node.children.forEach(measure);
  };
  roots.forEach(measure);
  const across = (down ? maxWidth : maxHeight) + GAP.sibling;
  const along = (down ? maxHeight : maxWidth) + GAP.level;

  const virtualRoot: TreeNode = { id: '', children: roots };
  const laidOut = tree<TreeNode>()
    .nodeSize([across, along])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.15))(hierarchy(virtualRoot));

  const positions = new Map<string, Point>();
  let minX = Infinity;
  let maxX = -Infinity;
  let maxY = 0;
  for (const node of laidOut.descendants()) {
    if (node.depth === 0) continue;
    const acrossAt = node.x;
    const alongAt = (node.depth - 1) * along;
    positions.set(node.data.id, down ? { x: acrossAt, y: alongAt } : { x: alongAt, y: acrossAt });
    minX = Math.min(minX, acrossAt);
    maxX = Math.max(maxX, acrossAt);
    maxY = Math.max(maxY, alongAt);
  }
  const acrossExtent = maxX - minX + across;
  const alongExtent = maxY + along;
  for (const point of positions.values()) {
    if (down) point.x -= minX - across / 2;
    else point.y -= minX - across / 2;
    if (down) point.y += maxHeight / 2;
    else point.x += maxWidth / 2;
  }
  return down
    ? { positions, width: acrossExtent, height: alongExtent }
    : { positions, width: alongExtent, height: acrossExtent };
}

/** Shelf packing: blocks left to right, wrapping to a new row near the target aspect ratio. */
function packBlocks(blocks: Block[], aspectRatio: number): Map<string, Point> {
  const area = blocks.reduce((sum, b) => sum + (b.width + GAP.thread) * (b.height + GAP.thread), 0);
  const widest = blocks.reduce((max, b) => Math.max(max, b.width), 0);
  const rowWidth = Math.max(widest, Math.sqrt(area * Math.max(aspectRatio, 0.2)));
  const positions = new Map<string, Point>();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const block of blocks) {
    if (x > 0 && x + block.width > rowWidth) {
      x = 0;
      y += rowHeight + GAP.thread;
      rowHeight = 0;
    }
    for (const [id, point] of block.positions) positions.set(id, { x: point.x + x, y: point.y + y });
    x += block.width + GAP.thread;
    rowHeight = Math.max(rowHeight, block.height);
  }
  return positions;
}
