import type { MapIndex } from './queries.js';
import type { ArgumentMap, Relation } from './types.js';

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
  // The walk up from a claim to its root, as an explicit stack: a chain of claims can be
  // 100,000 long. Each claim on it waits for the side of the claim it argues about.
  const path: string[] = [];
  const ups: Relation[] = [];
  for (const claim of map.claims) {
    path.push(claim.id);
    let found: Side | undefined;
    while (path.length > 0) {
      const id = path[path.length - 1];
      if (found === undefined) {
        found = sides.get(id);
        if (found === undefined) {
          const up = index.relationsFrom(id).find((r) => !visiting.has(r.to));
          if (up) {
            visiting.add(id);
            ups.push(up);
            path.push(up.to);
            continue;
          }
          found = 'thesis';
          sides.set(id, found);
        }
        path.pop();
        continue;
      }
      // `found` is the side of the claim `id` argues about.
      const up = ups.pop()!;
      visiting.delete(id);
      const parentIsPro = found !== 'con';
      found = (up.kind === 'supports') === parentIsPro ? 'pro' : 'con';
      sides.set(id, found);
      path.pop();
    }
  }
  return sides;
}
