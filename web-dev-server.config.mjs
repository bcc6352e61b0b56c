import { readFile } from 'node:fs/promises';
import { devMiddleware, devPlugins } from './dev-server.plugins.mjs';

/** `npm start`: the explorer on the shipped map, TypeScript compiled on the fly. */
export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  nodeResolve: true,
  middleware: [...devMiddleware, seedTexts],
  appIndex: 'index.html',
  plugins: devPlugins(),
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
