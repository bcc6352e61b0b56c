// `npm run build`: the element as one ES module for any page, its types, and custom-elements.json.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

// One build for both entries, split into shared chunks: the Argdown reader is loaded only when an
// Argdown file is opened, and the explorer reuses the element's code.
const result = await build({
  entryPoints: { 'argument-map': 'src/index.ts', explorer: 'src/explorer/main.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  metafile: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});

/** min+gzip size of an entry with the chunks it loads at start (static imports only). */
function startupSize(file, seen = new Set()) {
  if (seen.has(file)) return 0;
  seen.add(file);
  const output = result.metafile.outputs[file];
  let size = gzipSync(readFileSync(file), { level: 9 }).length;
  for (const imported of output.imports) {
    if (imported.kind === 'import-statement') size += startupSize(imported.path, seen);
  }
  return size;
}
for (const entry of ['dist/argument-map.js', 'dist/explorer.js']) {
  console.log(`${entry}: ${(startupSize(entry) / 1024).toFixed(1)} kB min+gzip at start (lazy chunks excluded)`);
}

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/components/**/*.ts', '--exclude', 'src/components/**/*.styles.ts'], { stdio: 'inherit' });
console.log('dist/types/, custom-elements.json');
