import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the argument-map package, where `src/` and `dist/` sit. Found by walking up from
 * this module, since it runs from dist/cli/ (or a chunk below it) once bundled.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'argument-map') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the argument-map package folder');
    dir = parent;
  }
}
