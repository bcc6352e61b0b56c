// The first middleware of `npm start` (web-dev-server.config.mjs): web-dev-server serves any file
// it can read (`/__wds-outside-root__/N/…` reaches the whole disk, dotfiles are served) and answers
// any Host. This guard lets through only requests for the project's own files and packages, from
// a browser that named this server, and keeps absolute paths out of error pages.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

const OUTSIDE_ROOT = /^\/__wds-outside-root__\/(\d+)\/(.*)$/s;

/**
 * `root`: the folder served. `host`: the address the server listens on; its name is accepted in
 * the Host header besides localhost, 127.0.0.1 and [::1] (all of this machine's addresses when it
 * is 0.0.0.0 or ::).
 */
export function guardRequests({ root, host = '127.0.0.1' }) {
  const rootPath = resolve(root);
  const rootReal = realpathSync(rootPath);
  const modules = join(rootPath, 'node_modules');
  const modulesReal = existsSync(modules) ? realpathSync(modules) : undefined;
  const names = allowedHostNames(host);

  /** Whether the file a URL path names (decoded, `/`-separated) may be served. */
  function allowedFile(path) {
    const outside = OUTSIDE_ROOT.exec(path);
    // web-dev-server names files outside the root this way when node_modules is a symlink.
    const file = outside ? resolve(rootPath, '../'.repeat(Number(outside[1])), outside[2]) : join(rootPath, path);
    let real;
    try {
      real = realpathSync(file);
    } catch {
      // Nothing there: only a plugin's own URL or the page fallback can answer, never a file.
      return !outside && !path.split('/').some((part) => part.startsWith('.'));
    }
    if (modulesReal !== undefined && inside(real, modulesReal)) return true;
    if (outside || !inside(real, rootReal)) return false;
    // Hidden files (.git, .env…) are the project's own business, whatever the link that names them.
    if (path.split('/').some((part) => part.startsWith('.'))) return false;
    if (relative(rootReal, real).split(sep).some((part) => part.startsWith('.'))) return false;
    // A folder is answered with its index.html, which must pass too.
    return !statSync(real).isDirectory() || !existsSync(join(real, 'index.html')) || inside(realpathSync(join(real, 'index.html')), rootReal);
  }

  return async function guard(context, next) {
    const hostHeader = context.get('host').toLowerCase();
    const port = context.req.socket.localPort;
    const [, name, given] = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(hostHeader) ?? [];
    if (!names.has(name) || Number(given ?? 80) !== port) {
      respond(context, 421, 'this server answers only to localhost');
      return;
    }
    if (context.method !== 'GET' && context.method !== 'HEAD') {
      respond(context, 405, 'method not allowed');
      return;
    }
    const url = context.url;
    const query = url.indexOf('?') === -1 ? '' : url.slice(url.indexOf('?') + 1);
    const rawPaths = [url.split('?')[0]];
    // web-dev-server reads an HTML page's inline scripts from the file its `source` parameter names.
    if (url.includes('inline-script-') && url.includes('source')) rawPaths.push(new URLSearchParams(query).get('source') ?? '');
    for (const raw of rawPaths) {
      const path = safePath(raw);
      if (path === undefined || !allowedFile(path)) {
        respond(context, 404, 'not found');
        return;
      }
    }
    try {
      await next();
    } catch (error) {
      context.app.emit('error', error, context);
      respond(context, error.status >= 400 && error.status < 500 ? error.status : 500, error.status === 404 ? 'not found' : 'this file could not be served (see the terminal)');
      return;
    }
    if (context.status >= 400) scrubErrorBody(context, [rootReal, rootPath, modulesReal].filter(Boolean));
    else if (typeof context.body === 'string') context.body = relativeSourceMap(context.body, rootPath);
  };
}

/**
 * The decoded path of a raw URL path, or undefined for any spelling that could step out of a
 * folder: `..`, encoded slashes or backslashes, double encoding, NUL, a path not from the root.
 */
export function safePath(raw) {
  if (!raw.startsWith('/') || /[\\\0]|%(2f|5c|25|00)/i.test(raw)) return undefined;
  let path;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (/[\\\0]/.test(path) || path.includes('//')) return undefined;
  if (path.split('/').some((part) => part === '.' || part === '..')) return undefined;
  return path;
}

function inside(path, folder) {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function allowedHostNames(host) {
  const names = new Set(['localhost', '127.0.0.1', '[::1]']);
  const bracket = (address) => (address.includes(':') ? `[${address}]` : address);
  names.add(bracket(host.toLowerCase()));
  if (host === '0.0.0.0' || host === '::') {
    for (const addresses of Object.values(networkInterfaces())) {
      for (const { address } of addresses ?? []) names.add(bracket(address.toLowerCase()));
    }
  }
  return names;
}

/** esbuild's inline source maps name the compiled files by absolute path; the page gets URL paths. */
function relativeSourceMap(code, rootPath) {
  return code.replace(/(\/\/# sourceMappingURL=data:application\/json;base64,)([A-Za-z0-9+/=]+)\s*$/, (whole, prefix, data) => {
    try {
      const map = JSON.parse(Buffer.from(data, 'base64').toString('utf8'));
      map.sources = map.sources?.map((source) => (isAbsolute(source) && inside(source, rootPath) ? `/${relative(rootPath, source).split(sep).join('/')}` : isAbsolute(source) ? '' : source));
      return `${prefix}${Buffer.from(JSON.stringify(map)).toString('base64')}\n`;
    } catch {
      return whole;
    }
  });
}

function respond(context, status, message) {
  context.status = status;
  context.type = 'text/plain; charset=utf-8';
  context.body = `${message}\n`;
}

/** Error pages keep their message, with the project's absolute paths cut to relative ones. */
function scrubErrorBody(context, folders) {
  const body = context.body;
  if (typeof body !== 'string' && !Buffer.isBuffer(body)) return;
  let text = body.toString();
  for (const folder of folders) text = text.split(`${folder}${sep}`).join('').split(folder).join('.');
  // Anything else that looks like an absolute path goes too.
  text = text.replace(/(^|[\s"'(=])\/(?:[\w.@+-]+\/)+[\w.@+-]*/g, '$1…');
  context.body = text;
}
