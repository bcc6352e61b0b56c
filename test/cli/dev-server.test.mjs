// `npm start` (scripts/start.mjs): the dev server shows the explorer to this machine only, and
// only the project's own files and packages, whatever the URL spelling or the Host header.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, rmSync, symlinkSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, shownClaims, until } from './browser.mjs';

const root = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');
const start = join(root, 'scripts/start.mjs');
const link = join(root, `test/fixtures/outside-link-${process.pid}.txt`);

/** One GET with raw `path` (not normalised) and the given headers; resolves with status, type and body. */
function get(port, path, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (response) => {
      if (response.headers['content-type']?.startsWith('text/event-stream')) {
        resolve({ status: response.statusCode, type: response.headers['content-type'], body: '' });
        response.destroy();
        return;
      }
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode, type: response.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('npm start', () => {
  let child;
  let port;
  let output = '';

  before(async () => {
    symlinkSync('/etc/passwd', link);
    child = spawn(process.execPath, [start, '--port', '0'], { cwd: root, detached: true, env: { ...process.env, HOST: '', PORT: '' } });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    port = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start did not start: ${output}`)), 30000);
      child.stdout.on('data', () => {
        const found = /explorer at http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(Number(found[1]));
        }
      });
      child.on('exit', (code) => reject(new Error(`npm start exited with ${code}: ${output}`)));
    });
  });

  after(async () => {
    rmSync(link, { force: true });
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
  });

  it('serves the explorer: the page, its modules, its packages, the seed texts and the change events', async () => {
    const page = await get(port, '/');
    assert.equal(page.status, 200);
    assert.match(page.body, /<argument-explorer>/);
    assert.match((await get(port, '/src/explorer/main.ts')).type, /javascript/);
    assert.match((await get(port, '/node_modules/lit/index.js')).type, /javascript/);
    const seed = readdirSync(join(root, '../shared/seeds')).find((name) => name.endsWith('.txt'));
    if (seed) assert.equal((await get(port, `/seeds/${seed}`)).status, 200);
    assert.equal((await get(port, '/__argmap/events')).type, 'text/event-stream');
  });

  it('shows the shipped map in the explorer, with no failed request', { timeout: 60000 }, async () => {
    const chromium = await launchChromium();
    try {
      const page = await chromium.browser.newPage();
      const failed = [];
      page.on('pageerror', (error) => failed.push(error.message));
      page.on('response', (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`));
      await page.goto(`http://127.0.0.1:${port}/#thread=all`);
      const shown = await until(page, shownClaims, undefined, 'the map', 30000);
      assert.ok(shown.length > 10, `${shown.length} claims shown`);
      assert.deepEqual(failed, []);
    } finally {
      await chromium.close();
    }
  });

  it('listens on 127.0.0.1 only', async () => {
    const outward = Object.values(networkInterfaces()).flat().find((a) => a && !a.internal && a.family === 'IPv4');
    if (!outward) return;
    const refused = await new Promise((resolve) => {
      const socket = connect({ host: outward.address, port }, () => {
        socket.destroy();
        resolve(false);
      });
      socket.on('error', () => resolve(true));
    });
    assert.ok(refused, `port ${port} answers on ${outward.address}`);
  });

  it('answers no request for a file outside the project, a hidden file or a link out, in any spelling', async () => {
    const spellings = [
      '/__wds-outside-root__/1/etc/passwd', '/__wds-outside-root__/9/etc/passwd', `/__wds-outside-root__/0${root}/.git/config`,
      '/../../../../etc/passwd', '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/%252e%252e/%252e%252e/%252e%252e/etc/passwd', '/src/..%5c..%5c..%5c..%5cetc%5cpasswd', '/src\\..\\..\\..\\..\\etc\\passwd',
      '//etc/passwd', '/%2fetc%2fpasswd', '/etc/passwd', '/.git/config', '/.git', '/%2egit/config', '/src/../.git/config',
      `/test/fixtures/outside-link-${process.pid}.txt`, '/node_modules/../.git/config', `/?inline-script-0&source=/../../../../etc/passwd`,
      '/nonexistent.ts', '/src/no-such-module.js',
    ];
    for (const path of spellings) {
      for (const accept of ['text/plain', 'text/html', '*/*']) {
        const { status, body } = await get(port, path, { Accept: accept });
        assert.doesNotMatch(body, /root:.*:0:0:/, `${path} (${accept}) served /etc/passwd`);
        assert.doesNotMatch(body, /\[core\]|gitdir:/, `${path} (${accept}) served git's files`);
        assert.ok(!body.includes(root), `${path} (${accept}) answered with the project's absolute path (${status})`);
      }
    }
  });

  it('refuses a request whose Host is not this server (DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, `localhost.evil.example:${port}`, `127.0.0.1:${port + 1}`]) {
      const { status, body } = await get(port, '/', { Host: host });
      assert.equal(status, 421, host);
      assert.doesNotMatch(body, /argument-explorer/);
    }
    assert.equal((await get(port, '/', { Host: `localhost:${port}` })).status, 200);
    assert.equal((await get(port, '/', { Host: `[::1]:${port}` })).status, 200);
  });
});

describe('npm start on a busy port', () => {
  it('says in one line how to pick another port and exits non-zero', async () => {
    const blocker = createServer();
    await new Promise((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = blocker.address();
      const result = spawnSync(process.execPath, [start, '--port', String(port)], { cwd: root, encoding: 'utf8', timeout: 30000, env: { ...process.env, HOST: '' } });
      assert.equal(result.status, 1);
      assert.equal(result.stderr, `npm start: port ${port} is in use on 127.0.0.1: pick another with npm start -- --port N (or PORT=N npm start)\n`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
