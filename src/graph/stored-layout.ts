import { MapIndex } from '../model/queries.js';
import { sidesOf } from '../model/sides.js';
import type { ArgumentMap } from '../model/types.js';
import { LabelMeasurer, claimLabelText } from './label-size.js';
import { type LayoutDirection, layoutMap, type Point } from './layout.js';
import { CLAIM_WIDTH } from './style.js';

/** The viewport shape a stored layout packs its threads for: a laptop screen's. */
export const STORED_LAYOUT_ASPECT_RATIO = 16 / 10;

/**
 * The `tree-down` layout the element would compute, for `argmap build --layout` to store in the
 * JSON. It runs in Node, without a canvas, so label heights are estimated from character counts;
 * the estimate errs tall, and levels are 64 px apart, so labels measured in a browser still fit.
 * The page's map worker lays a big map out the same way, both ways, for the element's own `aspectRatio`.
 */
export function computeStoredLayout(map: ArgumentMap, aspectRatio = STORED_LAYOUT_ASPECT_RATIO, direction: LayoutDirection = 'down'): Map<string, Point> {
  const index = new MapIndex(map);
  const sides = sidesOf(map, index);
  const measurer = new LabelMeasurer(null);
  const heights = new Map([...index.claims.values()].map((c) => [c.id, measurer.label(claimLabelText(c), sides.get(c.id) === 'thesis').height]));
  return layoutMap(map, index, new Set(index.claims.keys()), {
    direction,
    aspectRatio,
    sizeOf: (id) => ({ width: CLAIM_WIDTH, height: heights.get(id) ?? 40 }),
  });
}

/**
 * A map's layout by direction, worked out ahead by the map worker: the direction shown first comes
 * with the map, the other a moment later (until then the page lays out that direction itself).
 */
export type ReadAheadLayout = ReadonlyMap<LayoutDirection, ReadonlyMap<string, Point>>;

/** A copy of `map` whose claims carry `positions`, rounded to a tenth of a pixel. */
export function withPositions(map: ArgumentMap, positions: ReadonlyMap<string, Point>): ArgumentMap {
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    ...map,
    claims: map.claims.map((claim) => {
      const at = positions.get(claim.id);
      return at ? { ...claim, position: { x: round(at.x), y: round(at.y) } } : claim;
    }),
  };
}

/** The positions `argmap build --layout` stored, when every claim has one; otherwise null. */
export function storedPositions(map: ArgumentMap): Map<string, Point> | null {
  if (map.claims.length === 0) return null;
  const positions = new Map<string, Point>();
  for (const claim of map.claims) {
    const at = claim.position;
    if (!at || !Number.isFinite(at.x) || !Number.isFinite(at.y)) return null;
    positions.set(claim.id, { x: at.x, y: at.y });
  }
  return positions;
}
