import type { ArgumentMap } from '../model/types.js';
import { mapJsonText } from '../model/to-json.js';
import type { ExportResult } from './export-result.js';

/**
 * The map as `argmap build` writes it: our model as JSON, without source locations. JSON holds
 * every map: reading it back (`mapFromJson`) gives the same map, except that empty notes,
 * descriptions and speakers are left out and a thread is added for each thread id claims name
 * that the map lacks.
 */
export function exportJson(map: ArgumentMap): ExportResult {
  return { ok: true, text: `${mapJsonText(map, true)}\n` };
}
