import { esbuildPlugin } from '@web/dev-server-esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { strictCspMiddleware } from './csp.config.mjs';
import { argdownCoreAsEsm } from './scripts/argdown-core-esm.mjs';

/** `npm start`: the explorer on the shipped map, TypeScript compiled on the fly. */
export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  nodeResolve: true,
  middleware: [strictCspMiddleware, seedTexts],
  appIndex: 'index.html',
  plugins: [
    argdownCoreAsEsm(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      define: { 'process.env.NODE_ENV': '"development"' },
    }),
  ],
};

/** The shipped map's sources are the seed articles beside the project: serve them at /seeds/NAME. */
async function seedTexts(context, next) {
  const name = /^\/seeds\/([\w.-]+\.txt)$/.exec(context.path)?.[1];
  if (!name) return next();
  try {
    context.body = await readFile(new URL(`../shared/seeds/${name}`, import.meta.url), 'utf8');
    context.type = 'text/plain; charset=utf-8';
  } catch {
    context.status = 404;
  }
}
