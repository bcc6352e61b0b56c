// Bundles the CLI for Node 20, which cannot run TypeScript itself. Runs on `npm ci` (prepare).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/argmap.ts'],
  outfile: 'dist/cli/argmap.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
