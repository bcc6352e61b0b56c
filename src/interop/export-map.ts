import type { ArgumentMap } from '../model/types.js';
import { exportAif } from './aif-export.js';
import { exportArgdown } from './argdown-export.js';
import type { ExportResult } from './export-result.js';
import type { ExportFormat } from './formats.js';
import { exportJson } from './json-export.js';
import { exportMarkdown } from './markdown-export.js';

const EXPORTERS = new Map<ExportFormat, (map: ArgumentMap) => ExportResult>([
  ['markdown', exportMarkdown],
  ['json', exportJson],
  ['argdown', exportArgdown],
  ['aif', exportAif],
]);

/**
 * The map written in `format`, or the problems that keep the format from holding it. Pure: no
 * I/O, nothing thrown.
 *
 * ```ts
 * const result = exportMap(map, 'argdown');
 * if (result.ok) download(result.text);
 * ```
 */
export function exportMap(map: ArgumentMap, format: ExportFormat): ExportResult {
  return EXPORTERS.get(format)!(map);
}
