// `npm run build`: the element as one ES module for any page, its types, and custom-elements.json.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

const bundles = [
  { entryPoints: ['src/index.ts'], outfile: 'dist/argument-map.js' },
  { entryPoints: ['src/explorer/main.ts'], outfile: 'dist/explorer.js' },
];
for (const options of bundles) {
  await build({
    ...options,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const bytes = readFileSync(options.outfile);
  console.log(`${options.outfile}: ${(bytes.length / 1024).toFixed(1)} kB, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} kB gzip`);
}

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/components/**/*.ts', '--exclude', 'src/components/**/*.styles.ts'], { stdio: 'inherit' });
console.log('dist/types/, custom-elements.json');
