#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli/argmap.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('argmap: the CLI is not built yet: run "npm run build:cli" (npm install does it for you)');
  process.exit(2);
}
await import(cli);
