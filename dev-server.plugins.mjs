// What `npm start` (web-dev-server.config.mjs) and the tests (web-test-runner.config.mjs) both
// need: TypeScript compiled by esbuild, @argdown/core and exceljs served as ES modules, the strict-CSP pages.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { strictCspMiddleware } from './csp.config.mjs';
import { argdownCoreAsEsm } from './scripts/argdown-core-esm.mjs';
import { exceljsAsEsm } from './scripts/exceljs-esm.mjs';

export const devMiddleware = [strictCspMiddleware];

export function devPlugins() {
  return [
    argdownCoreAsEsm(),
    exceljsAsEsm(),
    esbuildPlugin({
      ts: true,
      // The default 'auto' target leaves standard decorators untransformed for current Chromium.
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      // nanostores reads process.env.NODE_ENV unguarded.
      define: { 'process.env.NODE_ENV': '"development"' },
    }),
  ];
}
