// Headless Chromium and a plain static web server for the CLI tests that open what argmap serves or writes.
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

/** A fresh headless Chromium with its profile and caches in temp folders; `close()` removes them. */
export async function launchChromium() {
  const temp = mkdtempSync(join(tmpdir(), 'argmap-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    userDataDir: join(temp, 'profile'),
    env: { ...process.env, XDG_CONFIG_HOME: join(temp, 'config'), XDG_CACHE_HOME: join(temp, 'cache') },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(temp, { recursive: true, force: true });
    },
  };
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain' };

/** Serves `dir` read-only under `prefix` on 127.0.0.1 and a free port, as any static host would. */
export async function staticServer(dir, prefix = '/') {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = path.startsWith(prefix) ? normalize(join(dir, path.slice(prefix.length) || 'index.html')) : '';
    const found = file.startsWith(dir) && statSync(file, { throwIfNoEntry: false });
    if (!found || !found.isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}${prefix}`,
    // Chromium keeps spare sockets open that server.close() alone would wait minutes for.
    close: () => new Promise((resolve) => { server.close(resolve); server.closeAllConnections(); }) };
}

/** Polls `probe` (run in the page) until it returns something truthy, or fails after `ms`. */
export async function until(page, probe, arg, what, ms = 10000) {
  try {
    return await (await page.waitForFunction(probe, { timeout: ms, polling: 50 }, arg)).jsonValue();
  } catch (error) {
    throw new Error(`timed out after ${ms} ms waiting for ${what}: ${error.message}`);
  }
}

/** Claim ids shown in the graph of the explorer's `<argument-map>` (run in the page), or null before it has a map. */
export function shownClaims() {
  const map = document.querySelector('argument-explorer')?.shadowRoot?.querySelector('argument-map');
  if (!map?.cy || map.state.$status.get().state !== 'loaded') return null;
  // The graph fills in after the map loads (labels are measured first): wait for its claims.
  const shown = map.cy.nodes().not('.hidden').map((n) => n.id()).sort();
  return shown.length > 0 ? shown : null;
}

/** Whether claim `id` is shown in the explorer's graph (run in the page). */
export function claimShown(id) {
  const map = document.querySelector('argument-explorer')?.shadowRoot?.querySelector('argument-map');
  return !!map?.cy && map.state.$status.get().state === 'loaded' && map.cy.$id(id).nonempty() && !map.cy.$id(id).hasClass('hidden');
}
