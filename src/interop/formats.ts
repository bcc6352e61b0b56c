/** The formats a map can be read from or written to. */
export type MapFormat = 'markdown' | 'json' | 'argdown' | 'kialo' | 'aif';

/** Formats `argmap convert` and `readMapText` read. */
export const IMPORT_FORMATS: readonly MapFormat[] = ['markdown', 'json', 'argdown', 'kialo', 'aif'];

/** Formats `exportMap` writes; Kialo is read-only because its tree cannot hold a graph's shared claims. */
export type ExportFormat = Exclude<MapFormat, 'kialo'>;
export const EXPORT_FORMATS: readonly ExportFormat[] = ['markdown', 'json', 'argdown', 'aif'];

// A Map, not an object: a file named `map.constructor` must not find Object.prototype's constructor.
const BY_EXTENSION = new Map<string, MapFormat>([
  ['md', 'markdown'],
  ['markdown', 'markdown'],
  ['json', 'json'],
  ['argdown', 'argdown'],
  ['ad', 'argdown'],
  ['txt', 'kialo'],
]);

export function isMapFormat(name: string): name is MapFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(name);
}

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

/**
 * The format a file's name implies, or undefined for an unknown extension. `.json` means our
 * JSON or AIF: the JSON reader tells them apart by their content.
 *
 * ```ts
 * formatOfName('debates/semmelweis.argdown'); // 'argdown'
 * ```
 */
export function formatOfName(name: string): MapFormat | undefined {
  const path = name.split(/[?#]/)[0];
  const extension = /\.([A-Za-z]+)$/.exec(path)?.[1].toLowerCase();
  return extension === undefined ? undefined : BY_EXTENSION.get(extension);
}
