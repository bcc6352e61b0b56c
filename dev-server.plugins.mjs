// What `npm start` (web-dev-server.config.mjs) and the tests (web-test-runner.config.mjs) both
// need: TypeScript compiled by esbuild, @argdown/core and exceljs served as ES modules, the strict-CSP pages.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strictCspMiddleware } from './csp.config.mjs';
import { argdownCoreAsEsm } from './scripts/argdown-core-esm.mjs';
import { exceljsAsEsm } from './scripts/exceljs-esm.mjs';

/**
 * A module asked for by its built name under /src/ (the map worker: `new URL('./map-worker.js',
 * import.meta.url)`) is served from its TypeScript source, as imports between sources already are.
 */
export function sourceForBuiltName(context, next) {
  const path = context.path;
  if (path.startsWith('/src/') && path.endsWith('.js') && !path.includes('..')) {
    const ts = `${path.slice(0, -3)}.ts`;
    if (existsSync(fileURLToPath(new URL(`.${ts}`, import.meta.url)))) context.url = context.url.replace(path, ts);
  }
  return next();
}

export const devMiddleware = [sourceForBuiltName, strictCspMiddleware];

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
