// Node 20 cannot run TypeScript: bundle a module with esbuild (as scripts/build-cli.mjs does) and import it.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Imports `entry` (a path from the repository root, e.g. `src/parse/parse-map.ts`), bundled for Node. */
export async function importTs(entry) {
  const outDir = join(root, 'bench', 'out', 'modules');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${basename(entry).replace(/\.ts$/, '')}.mjs`);
  await build({ entryPoints: [join(root, entry)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
}
