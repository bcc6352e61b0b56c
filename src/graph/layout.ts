import { hierarchy, type HierarchyNode, tree } from 'd3-hierarchy';
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

const GAP = { sibling: 6, level: 48, sideways: 28, thread: 90 };
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

/**
 * Spanning forest of a thread: each claim hangs under the first claim of its thread it argues
 * about, unless that would close a loop. A claim not yet placed is the root of its own tree, so
 * hanging it under a claim closes a loop exactly when that claim's tree has it as its root; the
 * trees' roots are kept in a union-find, which makes the whole forest near-linear to build.
 */
function forestOf(claims: readonly Claim[], index: MapIndex): TreeNode[] {
  const nodes = new Map<string, TreeNode>();
  for (const claim of claims) {
    if (!nodes.has(claim.id)) nodes.set(claim.id, { id: claim.id, children: [] });
  }
  const roots: TreeNode[] = [];
  const parentOf = new Map<string, string>();
  const trees = new TreeRoots();
  for (const node of nodes.values()) {
    const up = index.relationsFrom(node.id).find((r) => nodes.has(r.to) && trees.rootOf(r.to) !== node.id);
    if (!up) continue;
    parentOf.set(node.id, up.to);
    trees.hang(node.id, up.to);
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

/** The root of each claim's tree while a forest is built: a union-find with path halving. */
class TreeRoots {
  private readonly link = new Map<string, string>();
  /** The set's representative, and the tree root it stands for. */
  private readonly root = new Map<string, string>();
  private readonly size = new Map<string, number>();

  rootOf(id: string): string {
    return this.root.get(this.find(id)) ?? id;
  }

  /** `child`, the root of its tree, now hangs under `parent`: its tree joins the parent's. */
  hang(child: string, parent: string): void {
    const a = this.find(child);
    const b = this.find(parent);
    const treeRoot = this.rootOf(parent);
    const [small, large] = (this.size.get(a) ?? 1) < (this.size.get(b) ?? 1) ? [a, b] : [b, a];
    this.link.set(small, large);
    this.size.set(large, (this.size.get(a) ?? 1) + (this.size.get(b) ?? 1));
    this.root.set(large, treeRoot);
  }

  private find(id: string): string {
    let at = id;
    for (let up = this.link.get(at); up !== undefined; up = this.link.get(at)) {
      const grand = this.link.get(up);
      if (grand !== undefined) this.link.set(at, grand);
      at = grand ?? up;
    }
    return at;
  }
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
  const nodes = [...roots];
  for (let i = 0; i < nodes.length; i++) {
    const size = options.sizeOf(nodes[i].id);
    maxWidth = Math.max(maxWidth, size.width);
    maxHeight = Math.max(maxHeight, size.height);
    for (const child of nodes[i].children) nodes.push(child);
  }
  const along = (down ? maxHeight : maxWidth) + (down ? GAP.level : GAP.sideways);
  // Neighbours are as far apart as their own sizes need, not the largest claim's: a column of
  // two-line claims is not spaced for the one four-line claim in it.
  const acrossOf = (node: HierarchyNode<TreeNode>) => { const size = options.sizeOf(node.data.id); return down ? size.width : size.height; };
  const virtualRoot: TreeNode = { id: '', children: roots };
  const laidOut = tree<TreeNode>()
    .nodeSize([1, along])
    .separation((a, b) => (acrossOf(a) + acrossOf(b)) / 2 + (a.parent === b.parent ? GAP.sibling : 2 * GAP.sibling))(hierarchyOf(virtualRoot));

  const positions = new Map<string, Point>();
  let minX = Infinity;
  let maxX = -Infinity;
  let maxY = 0;
  for (const node of laidOut.descendants()) {
    if (node.depth === 0) continue;
    const acrossAt = node.x;
    const alongAt = (node.depth - 1) * along;
    positions.set(node.data.id, down ? { x: acrossAt, y: alongAt } : { x: alongAt, y: acrossAt });
    const half = acrossOf(node) / 2;
    minX = Math.min(minX, acrossAt - half);
    maxX = Math.max(maxX, acrossAt + half);
    maxY = Math.max(maxY, alongAt);
  }
  const acrossExtent = maxX - minX + GAP.sibling;
  const alongExtent = maxY + along;
  for (const point of positions.values()) {
    if (down) point.x -= minX - GAP.sibling / 2;
    else point.y -= minX - GAP.sibling / 2;
    if (down) point.y += maxHeight / 2;
    else point.x += maxWidth / 2;
  }
  return down
    ? { positions, width: acrossExtent, height: alongExtent }
    : { positions, width: alongExtent, height: acrossExtent };
}

/**
 * What d3's `hierarchy(root)` gives, less each node's `height`, which `tree` does not read and
 * `hierarchy` finds by walking up from every node: quadratic on a long chain of claims.
 */
function hierarchyOf(root: TreeNode): HierarchyNode<TreeNode> {
  const nodeOf = (data: TreeNode, parent: HierarchyNode<TreeNode> | null): HierarchyNode<TreeNode> =>
    Object.assign(Object.create(hierarchy.prototype as object) as HierarchyNode<TreeNode>, { data, depth: parent ? parent.depth + 1 : 0, height: 0, parent });
  const top = nodeOf(root, null);
  const stack = [top];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.data.children.length === 0) continue;
    node.children = node.data.children.map((child) => nodeOf(child, node));
    for (const child of node.children) stack.push(child);
  }
  return top;
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
