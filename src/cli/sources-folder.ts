import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder of source texts for the maps at `paths`: `--sources DIR` when given, else the
 * `sources/` folder beside the first map that has one (the layout `argmap init` writes).
 */
export function sourcesFolder(paths: readonly string[], explicit: string | undefined): string | undefined {
  if (explicit !== undefined) return explicit;
  return paths.map(sourcesBeside).find(isFolder);
}

/** Where `argmap init` puts the source texts of the map at `path` (a folder or a map file). */
export function sourcesBeside(path: string): string {
  return join(isFolder(path) ? path : dirname(path), 'sources');
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
