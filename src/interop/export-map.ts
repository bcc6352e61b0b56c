import type { ArgumentMap } from '../model/types.js';
import { exportAif } from './aif-export.js';
import { exportArgdown } from './argdown-export.js';
import type { ExportFormat } from './formats.js';
import { exportJson } from './json-export.js';
import { exportMarkdown } from './markdown-export.js';

const EXPORTERS: Record<ExportFormat, (map: ArgumentMap) => string> = {
  markdown: exportMarkdown,
  json: exportJson,
  argdown: exportArgdown,
  aif: exportAif,
};

/**
 * The map written in `format`. Pure: no I/O, nothing thrown.
 *
 * ```ts
 * const argdown = exportMap(map, 'argdown');
 * ```
 */
export function exportMap(map: ArgumentMap, format: ExportFormat): string {
  return EXPORTERS[format](map);
}
