import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import type { ExplorerBundle } from '../explorer-bundle.js';
import { DATA_CSP, PAGE_CSP_HEADER } from '../explorer-page.js';
import type { EventStream } from './event-stream.js';
import type { MapFiles } from './map-files.js';

/** What `argmap serve` shows: one map folder, its source texts, the explorer. */
export interface PreviewSite {
  mapFiles: MapFiles;
  sourcesFolder: string | undefined;
  bundle: ExplorerBundle;
  page: string;
  events: EventStream;
  /** Answer to any Host name (`argmap collab --host`), not only to localhost. */
  anyHost?: boolean;
}

/** URLs of the page; the map files sit under `map/`, listed by the index the explorer opens. */
export const MAP_INDEX = 'map-index.json';
export const EVENTS = '__argmap/events';

const TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.md', 'text/markdown; charset=utf-8'],
  ['.markdown', 'text/markdown; charset=utf-8'],
]);
const TEXT = 'text/plain; charset=utf-8';

/**
 * The preview server. The map files come from `mapFiles`, read again only after a change; source
 * texts are read on each request, and only real files inside the sources folder (no link out).
 * Source texts are data, never pages: plain text, sandboxed. Nothing else is served from disk.
 */
export function createPreviewServer(site: PreviewSite): Server {
  return createServer((request, response) => {
    try {
      handle(site, request, response);
    } catch {
      send(response, 500, TEXT, 'could not read this file');
    }
  });
}

function handle(site: PreviewSite, request: IncomingMessage, response: ServerResponse): void {
  // The server listens on 127.0.0.1; a page on another site that rebinds its name there is refused.
  const host = /^(127\.0\.0\.1|localhost|\[::1\])(?::(\d+))?$/i.exec(request.headers.host ?? '');
  if (!site.anyHost && (!host || Number(host[2] ?? 80) !== request.socket.localPort)) return send(response, 421, TEXT, 'this server answers only to localhost');
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, TEXT, 'method not allowed');
  let path: string;
  try {
    path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname).slice(1);
  } catch {
    return send(response, 400, TEXT, 'bad URL');
  }
  if (path === '' || path === 'index.html') return send(response, 200, TYPES.get('.html')!, site.page, PAGE_CSP_HEADER);
  if (path === EVENTS) return site.events.open(response);
  if (path === MAP_INDEX) return send(response, 200, TYPES.get('.json')!, JSON.stringify({ files: [...site.mapFiles.get().keys()].map((name) => `map/${name}`) }));
  if (path.startsWith('map/')) {
    const name = path.slice('map/'.length);
    const text = site.mapFiles.get().get(name);
    if (text !== undefined) return send(response, 200, TYPES.get(extname(name).toLowerCase()) ?? TEXT, text);
  }
  if (path.startsWith('sources/') && site.sourcesFolder !== undefined) {
    const text = readSourceText(site.sourcesFolder, path.slice('sources/'.length));
    if (text !== undefined) return send(response, 200, TEXT, text);
  }
  const bundled = site.bundle.get(path);
  if (bundled) return send(response, 200, TYPES.get(extname(path)) ?? 'application/octet-stream', bundled);
  send(response, 404, TEXT, 'not found');
}

/**
 * The file `name` directly in `folder`, if it is a file there: never a link, which could lead out
 * of the folder (`argmap check` reads no links either).
 */
function readSourceText(folder: string, name: string): Uint8Array | undefined {
  if (!/^[^/\\\0]+$/.test(name) || name === '..' || name === '.') return undefined;
  let fd: number | undefined;
  try {
    // O_NOFOLLOW: a link is refused by the open itself, so it cannot be swapped in after a check.
    const path = join(folder, name);
    if (!lstatSync(path).isFile()) return undefined;
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    return fstatSync(fd).isFile() ? readFileSync(fd) : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function send(response: ServerResponse, status: number, type: string, body: string | Uint8Array, csp = DATA_CSP): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': csp,
    'Referrer-Policy': 'no-referrer',
  });
  response.end(body);
}
