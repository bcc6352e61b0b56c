import { realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isInside } from './read-inputs.js';

/**
 * The folder of source texts for the maps at `paths`: `--sources DIR` when given, else the
 * `sources/` folder beside the first map that has one (the layout `argmap init` writes). A
 * `sources` beside a map that is a link out of the map's folder is not taken: a map someone
 * sends must not make `argmap` read (or `argmap site` publish) files from elsewhere.
 */
export function sourcesFolder(paths: readonly string[], explicit: string | undefined): string | undefined {
  if (explicit !== undefined) return explicit;
  const map = paths.find((path) => isFolder(sourcesBeside(path)) && staysInside(path));
  return map === undefined ? undefined : sourcesBeside(map);
}

/** Where `argmap init` puts the source texts of the map at `path` (a folder or a map file). */
export function sourcesBeside(path: string): string {
  return join(isFolder(path) ? path : dirname(path), 'sources');
}

/** Whether the `sources` beside the map at `path` is, after following links, inside the map's folder. */
function staysInside(path: string): boolean {
  try {
    const folder = realpathSync(isFolder(path) ? path : dirname(path));
    return isInside(folder, realpathSync(sourcesBeside(path)));
  } catch {
    return false;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
