import type { RelationKind } from '../model/types.js';
import { HIDDEN } from './scene.js';

/** The relations between two threads, drawn as one edge when claims are too small to read. */
export interface ThreadBundle {
  /** Thread indices, `from < to`: a bundle has no direction, since relations may run either way. */
  from: number;
  to: number;
  supports: number;
  attacks: number;
}

/** What a bundle is counted from: each claim's thread and the relations, as the scene holds them. */
export interface BundleSource {
  readonly threadOf: Int32Array;
  readonly relations: readonly { from: number; to: number; kind: RelationKind }[];
  relationFlags(r: number): number;
}

/** One bundle per pair of threads that some shown relation joins, in thread order. */
export function threadBundles(scene: BundleSource): ThreadBundle[] {
  const bundles = new Map<number, ThreadBundle>();
  const threads = scene.threadOf.length + 1;
  for (let r = 0; r < scene.relations.length; r++) {
    const { from, to, kind } = scene.relations[r];
    const a = scene.threadOf[from];
    const b = scene.threadOf[to];
    if (a === b || a < 0 || b < 0 || scene.relationFlags(r) & HIDDEN) continue;
    const low = Math.min(a, b);
    const high = Math.max(a, b);
    const key = low * threads + high;
    let bundle = bundles.get(key);
    if (!bundle) bundles.set(key, (bundle = { from: low, to: high, supports: 0, attacks: 0 }));
    if (kind === 'supports') bundle.supports++;
    else bundle.attacks++;
  }
  return [...bundles.values()].sort((x, y) => x.from - y.from || x.to - y.to);
}
