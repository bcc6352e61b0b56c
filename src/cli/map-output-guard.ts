import { realpathSync } from 'node:fs';
import { loadMapFiles, UsageError } from './read-inputs.js';

/**
 * Refuses an `-o FILE` that is one of the map files read from `paths` (a folder's files too,
 * through any link or `./`): writing there would replace the map with what was made from it.
 * Only an existing output is checked, so a new file costs nothing.
 */
export function refuseMapAsOutput(output: string | undefined, paths: readonly string[], what: string): void {
  const target = output === undefined ? undefined : realPath(output);
  if (target === undefined) return;
  const inputs = [...paths, ...loadMapFiles(paths).files.map((file) => file.name)];
  if (inputs.some((input) => realPath(input) === target)) {
    throw new UsageError(`${output} is a file of the map: the ${what} would replace it; choose another -o`, 1);
  }
}

function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
