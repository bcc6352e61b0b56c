// `argmap site` and `argmap serve` as a user sees them: the page in headless Chromium.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimShown, launchChromium, shownClaims, staticServer, until } from './browser.mjs';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/argmap.js');

function argmap(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

let chromium;
const temps = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'argmap-site-'));
  temps.push(dir);
  return dir;
};

before(async () => {
  chromium = await launchChromium();
});
after(async () => {
  await chromium?.close();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

async function openPage(url) {
  const page = await chromium.browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  // The pages run under a strict Content-Security-Policy: anything it refuses is a problem.
  page.on('console', (message) => /Content Security Policy|Trusted ?Type/i.test(message.text()) && problems.push(message.text()));
  await page.setViewport({ width: 1200, height: 800 });
  await page.goto(url);
  return { page, problems };
}

describe('argmap site', () => {
  let out;

  it('writes the page, the explorer, the map and the source texts the map cites', { timeout: 30000 }, () => {
    out = join(temp(), 'site');
    const built = argmap('site', 'test/fixtures/coverage', '-o', out);
    assert.equal(built.code, 0, built.err);
    assert.match(built.out, /^wrote .*: index\.html, explorer\.js \(\+\d+ chunks\), map\.json \(4 claims, laid out\), 1 source text;/);
    assert.equal(readFileSync(join(out, 'sources/car-free.txt'), 'utf8'), readFileSync(join(root, 'test/fixtures/coverage/sources/car-free.txt'), 'utf8'));
    assert.equal(existsSync(join(out, 'sources/unused.txt')), false, 'only the texts the map cites are published');
    assert.match(readFileSync(join(out, 'index.html'), 'utf8'), /<meta name="argmap-sources" content="sources\/" \/>/);
  });

  it('replaces an earlier site only with --force, by a complete one that shows every claim from any folder of a static host', { timeout: 60000 }, async () => {
    const refused = argmap('site', 'arguments/', '-o', out);
    assert.equal(refused.code, 1);
    assert.equal(refused.err, `argmap: ${out}: already exists and is not empty; choose a new folder, or pass --force to replace it\n`);
    assert.ok(existsSync(join(out, 'sources/car-free.txt')), 'the earlier site is untouched');
    const built = argmap('site', 'arguments/', '-o', out, '--force');
    assert.equal(built.code, 0, built.err);
    assert.deepEqual(readdirSync(dirname(out)), ['site'], 'no temporary folder is left beside the site');
    assert.equal(existsSync(join(out, 'sources')), false, 'the earlier site\'s texts are gone');
    const json = JSON.parse(readFileSync(join(out, 'map.json'), 'utf8'));
    assert.equal(json.claims.length, JSON.parse(argmap('build', 'arguments/').out).claims.length, 'every claim of the map');
    assert.ok(json.claims.every((c) => Number.isFinite(c.position?.x)), 'every claim has a stored position');

    const server = await staticServer(out, '/debates/deepseek/');
    let opened;
    try {
      opened = await openPage(`${server.url}#thread=all`);
      const shown = await until(opened.page, shownClaims, undefined, 'the map');
      assert.deepEqual(shown, json.claims.map((c) => c.id).sort());
      assert.deepEqual(opened.problems, []);
    } finally {
      // Closed first: its open connections would keep the server from closing.
      await opened?.page.close();
      await server.close();
    }
  });

  it('leaves any other folder alone, and says what it needs', () => {
    const other = temp();
    writeFileSync(join(other, 'notes.txt'), 'mine');
    const refused = argmap('site', 'test/fixtures/coverage', '-o', other);
    assert.equal(refused.code, 1);
    assert.equal(refused.err, `argmap: ${other}: already exists and is not empty; choose a new folder, or pass --force to replace it\n`);
    assert.deepEqual(readdirSync(other), ['notes.txt']);
    const map = join(temp(), 'map');
    assert.equal(argmap('init', map).code, 0);
    const own = argmap('site', map, '-o', map, '--force');
    assert.equal(own.code, 1);
    assert.equal(own.err, `argmap: ${map}: holds the map or its sources, which the site would replace; choose another folder\n`);
    assert.deepEqual(readdirSync(map).sort(), ['README.md', 'debate.md', 'sources'], 'not even --force replaces the map with its site');
    assert.equal(readFileSync(join(other, 'notes.txt'), 'utf8'), 'mine');
    const unsaid = argmap('site', 'test/fixtures/coverage');
    assert.equal(unsaid.code, 2);
    assert.match(unsaid.err, /^argmap: site needs a folder to write/);
  });
});

async function waitFor(condition, what, ms = 10000) {
  for (const end = Date.now() + ms; !condition(); ) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts `argmap serve` on a free port; resolves once it prints its URL. */
function startServe(dir) {
  const child = spawn(process.execPath, [bin, 'serve', dir, '--port', '0'], { cwd: root });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (out += chunk));
  const url = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}`)), 20000);
    child.stdout.on('data', () => {
      const found = /serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
  const stopped = new Promise((resolve) => child.on('exit', resolve));
  return { url, output: () => out, stop: () => (child.kill('SIGTERM'), stopped) };
}

describe('argmap serve', () => {
  it('reloads the page within a second of a save, keeping the selection, and shows errors until they are fixed', { timeout: 60000 }, async () => {
    const dir = join(temp(), 'club');
    assert.equal(argmap('init', dir).code, 0);
    const server = startServe(dir);
    try {
      const { page, problems } = await openPage(`${await server.url}#claim=four-day-week-helps-hiring`);
      assert.deepEqual(await until(page, shownClaims, undefined, 'the map'), ['four-day-week-helps-hiring']);
      await until(page, () => document.querySelector('meta[name="argmap-live-reload"]')?.dataset.state === 'open', undefined, 'the event stream');

      const map = join(dir, 'debate.md');
      const saved = readFileSync(map, 'utf8');
      const claim = '\n## four-day-week-childcare: A four-day week leaves families without childcare.\n\n- attacks: four-day-week-helps-hiring\n\n' +
        '> Critics point to the families who must find childcare on the fifth day.\n>\n> — gazette-four-day-week\n';
      const withClaim = saved.replace('\n# Sources', `${claim}\n# Sources`);
      const savedAt = Date.now();
      writeFileSync(map, withClaim);
      await until(page, claimShown, 'four-day-week-childcare', 'the new claim', 5000);
      const took = Date.now() - savedAt;
      assert.ok(took < 1500, `the page showed the change ${took} ms after the save`);
      const selected = await page.evaluate(() => document.querySelector('argument-explorer').shadowRoot.querySelector('argument-map').selected);
      assert.equal(selected, 'four-day-week-helps-hiring', 'the selection stays');

      writeFileSync(map, withClaim.replace('- attacks: four-day-week-helps-hiring', '- attacks: four-day-week-helps-hire'));
      const error = await until(page, () => document.querySelector('argument-explorer').shadowRoot.querySelector('argument-map')
        .shadowRoot.querySelector('[part~=status].error')?.textContent, undefined, 'the error', 5000);
      assert.match(error, /debate\.md:\d+:\d+: error: "attacks: four-day-week-helps-hire" names unknown claim/);
      // The terminal says so too, once the check (on its own thread) is done.
      await waitFor(() => /debate\.md changed: 1 error, 0 warnings \(shown in the page\)/.test(server.output()), 'the error in the terminal');

      writeFileSync(map, withClaim);
      await until(page, claimShown, 'four-day-week-childcare', 'the map once fixed', 5000);
      assert.deepEqual(problems, []);
      await page.close();
    } finally {
      assert.equal(await server.stop(), 0, 'serve stops cleanly on SIGTERM');
    }
    assert.match(server.output(), /debate\.md changed: 1 error, 0 warnings \(shown in the page\)/);
  });

  it('says in one line that a port is in use, or that the folder is missing', async () => {
    const blocker = createServer();
    await new Promise((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = blocker.address();
      const busy = argmap('serve', 'test/fixtures/coverage', '--port', String(port));
      assert.equal(busy.code, 1);
      assert.equal(busy.err, `argmap: port ${port} is in use: pass --port N for another\n`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
    const missing = argmap('serve', 'no/such/folder');
    assert.equal(missing.code, 1);
    assert.equal(missing.err, 'argmap: no/such/folder: no such folder (serve takes the folder of a map)\n');
  });
});
