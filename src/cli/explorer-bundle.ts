import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageRoot } from './package-root.js';
import { UsageError } from './read-inputs.js';

/** The explorer page's files, by path relative to the page: `explorer.js`, `chunks/…`, `map-worker.js`, `explorer.css`. */
export type ExplorerBundle = Map<string, Uint8Array>;

/**
 * Builds the explorer from the package's sources with esbuild, with the options `npm run build`
 * uses. esbuild is a devDependency: without it, the `dist/` that `npm run build` wrote is used.
 */
export async function explorerBundle(): Promise<ExplorerBundle> {
  const root = packageRoot();
  const files: ExplorerBundle = new Map([['explorer.css', readFileSync(join(root, 'src/explorer/explorer.css'))]]);
  // An installed package has dist/ but no sources to build from, whether or not esbuild is around.
  const hasSources = existsSync(join(root, 'src/explorer/main.ts'));
  const esbuild = hasSources ? await import('esbuild').catch(() => undefined) : undefined;
  if (!esbuild) {
    if (!existsSync(join(root, 'dist/explorer.js'))) {
      throw new UsageError('the explorer cannot be built: esbuild is missing (npm install --include=dev) and there is no dist/ (npm run build)', 1);
    }
    for (const path of ['explorer.js', 'map-worker.js', ...listFiles(join(root, 'dist'), 'chunks')]) {
      if (existsSync(join(root, 'dist', path))) files.set(path, readFileSync(join(root, 'dist', path)));
    }
    return files;
  }
  const outdir = join(root, 'dist/site');
  try {
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: { explorer: 'src/explorer/main.ts' },
      outdir,
      chunkNames: 'chunks/[name]-[hash]',
      splitting: true,
      bundle: true,
      format: 'esm',
      target: 'es2022',
      minify: true,
      legalComments: 'linked',
      define: { 'process.env.NODE_ENV': '"production"' },
      write: false,
      logLevel: 'silent',
    });
    // The worker big maps are read in, self-contained beside explorer.js (see scripts/build.mjs).
    const worker = await esbuild.build({
      absWorkingDir: root,
      entryPoints: { 'map-worker': 'src/load/map-worker.ts' },
      outdir,
      bundle: true,
      format: 'esm',
      target: 'es2022',
      minify: true,
      legalComments: 'eof',
      define: { 'process.env.NODE_ENV': '"production"' },
      plugins: [{
        name: 'without-argdown',
        setup(build) {
          build.onResolve({ filter: /argdown-import\.js$/ }, () => ({ path: 'argdown-import', namespace: 'without-argdown' }));
          build.onLoad({ filter: /.*/, namespace: 'without-argdown' }, () => ({ contents: "throw new Error('Argdown is read on the page');", loader: 'js' }));
        },
      }],
      write: false,
      logLevel: 'silent',
    });
    for (const file of [...result.outputFiles, ...worker.outputFiles]) files.set(relative(outdir, file.path).split('\\').join('/'), file.contents);
  } catch (error) {
    const first = (error as { errors?: { text: string }[] }).errors?.[0]?.text;
    throw new UsageError(`the explorer could not be built: ${first ?? (error instanceof Error ? error.message : String(error))}`, 1);
  }
  return files;
}

/** Files below `root/sub`, as paths relative to `root`; source maps left out. */
function listFiles(root: string, sub: string): string[] {
  if (!existsSync(join(root, sub))) return [];
  return readdirSync(join(root, sub), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
    .map((entry) => relative(root, join(entry.parentPath ?? entry.path, entry.name)).split('\\').join('/'));
}
