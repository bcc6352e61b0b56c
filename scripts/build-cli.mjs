// Bundles the CLI for Node 20, which cannot run TypeScript itself. Runs on `npm ci` (prepare).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist/cli', { recursive: true, force: true });

await build({
  // check-worker: the thread `argmap serve` checks the map on; main.js is for tests that run a command
  // in-process: `main(argv, io)`.
  entryPoints: { argmap: 'src/cli/argmap.ts', 'check-worker': 'src/cli/serve/check-worker.ts', main: 'src/cli/main.ts' },
  outdir: 'dist/cli',
  // The Argdown reader is imported lazily; splitting keeps it out of every other command's start-up.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
