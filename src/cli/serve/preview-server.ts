import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, relative } from 'node:path';
import type { ExplorerBundle } from '../explorer-bundle.js';
import { readMapFiles } from '../read-inputs.js';
import type { EventStream } from './event-stream.js';

/** What `argmap serve` shows: one map folder, its source texts, the explorer. */
export interface PreviewSite {
  mapFolder: string;
  sourcesFolder: string | undefined;
  bundle: ExplorerBundle;
  page: string;
  events: EventStream;
}

/** URLs of the page; the map files sit under `map/`, listed by the index the explorer opens. */
export const MAP_INDEX = 'map-index.json';
export const EVENTS = '__argmap/events';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.markdown': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The preview server. Everything is read afresh on each request, so a reload shows the file as
 * saved. Only the map's files and the source texts are served from disk, never other paths.
 */
export function createPreviewServer(site: PreviewSite): Server {
  return createServer((request, response) => {
    try {
      handle(site, request, response);
    } catch {
      send(response, 500, 'text/plain; charset=utf-8', 'could not read this file');
    }
  });
}

function handle(site: PreviewSite, request: IncomingMessage, response: ServerResponse): void {
  // The server listens on 127.0.0.1; a page on another site that rebinds its name there is refused.
  const host = request.headers.host ?? '';
  if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) return send(response, 403, 'text/plain; charset=utf-8', 'forbidden host');
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'method not allowed');
  let path: string;
  try {
    path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname).slice(1);
  } catch {
    return send(response, 400, 'text/plain; charset=utf-8', 'bad URL');
  }
  if (path === '' || path === 'index.html') return send(response, 200, TYPES['.html'], site.page);
  if (path === EVENTS) return site.events.open(response);
  if (path === MAP_INDEX) return send(response, 200, TYPES['.json'], JSON.stringify({ files: mapFileNames(site.mapFolder).map((name) => `map/${name}`) }));
  if (path.startsWith('map/')) {
    const name = path.slice('map/'.length);
    if (mapFileNames(site.mapFolder).includes(name)) return sendFile(response, join(site.mapFolder, name));
  }
  if (path.startsWith('sources/') && site.sourcesFolder !== undefined) {
    const name = path.slice('sources/'.length);
    if (/^[^/\\]+$/.test(name) && name !== '..' && name !== '.' && isFile(join(site.sourcesFolder, name))) return sendFile(response, join(site.sourcesFolder, name));
  }
  const bundled = site.bundle.get(path);
  if (bundled) return send(response, 200, TYPES[extname(path)] ?? 'application/octet-stream', bundled);
  send(response, 404, 'text/plain; charset=utf-8', 'not found');
}

/** The map files in the folder, as `/`-separated paths relative to it. */
function mapFileNames(folder: string): string[] {
  try {
    return readMapFiles([folder]).map((file) => relative(folder, file.name).split('\\').join('/'));
  } catch {
    return [];
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function sendFile(response: ServerResponse, path: string): void {
  send(response, 200, TYPES[extname(path).toLowerCase()] ?? 'text/plain; charset=utf-8', readFileSync(path));
}

function send(response: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  response.end(body);
}
