import { watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { devMiddleware, devPlugins } from './dev-server.plugins.mjs';
import { guardRequests } from './scripts/dev-server-guard.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const hostname = process.env.HOST || '127.0.0.1';

/**
 * `npm start` (scripts/start.mjs, which listens on `hostname` only): the explorer on the shipped
 * map, TypeScript compiled on the fly. Only this project's files and packages are served, to
 * pages that name this server (see scripts/dev-server-guard.mjs).
 */
export default {
  rootDir: root,
  hostname,
  port: Number(process.env.PORT || 8000),
  nodeResolve: true,
  middleware: [guardRequests({ root, host: hostname }), ...devMiddleware, seedTexts, mapChanges()],
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

/**
 * Live preview of the shipped map: a Server-Sent Events stream at /__argmap/events (announced by
 * index.html's argmap-live-reload meta) tells the explorer to reload the map when a file in
 * arguments/ is saved; it keeps the selection, filters and viewport.
 */
function mapChanges() {
  const clients = new Set();
  let timer;
  watch(new URL('./arguments/', import.meta.url), () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      for (const client of clients) client.write('event: change\ndata: {}\n\n');
    }, 50);
  }).unref();
  return (context, next) => {
    if (context.path !== '/__argmap/events') return next();
    context.respond = false;
    const response = context.res;
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    response.write('retry: 500\n\n');
    clients.add(response);
    response.on('close', () => clients.delete(response));
    return undefined;
  };
}
