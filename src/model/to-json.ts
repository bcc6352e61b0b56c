import type { ArgumentMap } from './types.js';

/** The map as `argmap build` writes it: the model without source locations. */
export function mapToJson(map: ArgumentMap): ArgumentMap {
  return JSON.parse(JSON.stringify(map, withoutLocations));
}

function withoutLocations(key: string, value: unknown): unknown {
  return key === 'location' ? undefined : value;
}
