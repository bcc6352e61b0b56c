import type { ArgumentMap } from '../model/types.js';
import { mapJsonText } from '../model/to-json.js';

/** The map as `argmap build` writes it: our model as JSON, without source locations. */
export function exportJson(map: ArgumentMap): string {
  return `${mapJsonText(map, true)}\n`;
}
