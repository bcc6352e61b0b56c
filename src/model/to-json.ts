import type { ArgumentMap } from './types.js';

/** Source locations are for diagnostics, not for readers of the JSON. */
const withoutLocations = (key: string, value: unknown) => (key === 'location' ? undefined : value);

/** Maps up to this many claims are written indented by default: small enough to read and diff. */
export const PRETTY_JSON_CLAIMS = 2000;

/**
 * The map as `argmap build` writes it: the model without source locations, serialised once.
 * Indented when `pretty`, which defaults to maps of up to `PRETTY_JSON_CLAIMS` claims; a big map
 * is written on one line, a third smaller and faster to write and to read.
 *
 * ```ts
 * writeFileSync('map.json', `${mapJsonText(map)}\n`);
 * ```
 */
export function mapJsonText(map: ArgumentMap, pretty = map.claims.length <= PRETTY_JSON_CLAIMS): string {
  return JSON.stringify(map, withoutLocations, pretty ? 2 : undefined);
}

/** The map as `argmap build` writes it, as a value: the model without source locations. */
export function mapToJson(map: ArgumentMap): ArgumentMap {
  return JSON.parse(mapJsonText(map, false));
}
