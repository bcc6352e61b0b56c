import type { MapIndex } from './queries.js';
import type { ArgumentMap } from './types.js';

/** Which way a claim pushes its thread's thesis: `pro` argues for it, `con` against it. */
export type Side = 'thesis' | 'pro' | 'con';

/**
 * Each claim's side, following relations up to a root: a support keeps the side, an attack
 * flips it (an attack on an attacker argues for the thesis). The first relation of a claim
 * decides when it has several.
 */
export function sidesOf(map: ArgumentMap, index: MapIndex): Map<string, Side> {
  const sides = new Map<string, Side>();
  const visiting = new Set<string>();
  const sideOf = (id: string): Side => {
    const known = sides.get(id);
    if (known) return known;
    const up = index.relationsFrom(id).find((r) => !visiting.has(r.to));
    if (!up) {
      sides.set(id, 'thesis');
      return 'thesis';
    }
    visiting.add(id);
    const parent = sideOf(up.to);
    visiting.delete(id);
    const parentIsPro = parent !== 'con';
    const side: Side = (up.kind === 'supports') === parentIsPro ? 'pro' : 'con';
    sides.set(id, side);
    return side;
  };
  for (const claim of map.claims) sideOf(claim.id);
  return sides;
}
