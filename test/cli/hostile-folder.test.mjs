// A map folder from someone else: a source text that is a page with a script, a link in sources/
// to a file outside the folder, quotes that take long to verify. Neither `argmap serve` nor a
// static host serving `argmap site`'s output runs the script or gives out the linked file.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, shownClaims, staticServer, until } from './browser.mjs';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/argmap.js');
const temp = mkdtempSync(join(tmpdir(), 'argmap-hostile-'));
const SECRET = 'TOP SECRET: the contents of a file outside the map folder';
const ARTICLE = `<!doctype html><title>article</title>
<script>document.title = 'pwned'; fetch('notes.txt').then((r) => r.text()).then((t) => { document.title = 'pwned: ' + t; });</script>
<p>The sky is blue today, and the script above wants your files.</p>
`;

function argmap(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** A map folder whose source `article.html` is a page with a script and whose sources/notes.txt links out. */
function hostileFolder(name, { citeNotes }) {
  const dir = join(temp, name);
  mkdirSync(join(dir, 'sources'), { recursive: true });
  writeFileSync(join(temp, 'secret.txt'), SECRET);
  symlinkSync(join(temp, 'secret.txt'), join(dir, 'sources/notes.txt'));
  writeFileSync(join(dir, 'sources/article.html'), ARTICLE);
  const notes = citeNotes ? '\n## notes-say: The notes say so.\n\n> TOP SECRET\n>\n> — notes\n' : '';
  writeFileSync(join(dir, 'debate.md'), `# sky: Is the sky blue?

## sky-blue: The sky is blue.

> The sky is blue today
>
> — article
${notes}
# Sources

## article: An article

- file: article.html
${citeNotes ? '\n## notes: Notes\n\n- file: notes.txt\n' : ''}`);
  return dir;
}

/** Every file below `dir`, with its text. */
function filesBelow(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body }));
    }).on('error', reject).end();
  });
}

/** Opens `url` and says whether any script of the hostile article ran there. */
async function scriptRan(chromium, url) {
  const page = await chromium.browser.newPage();
  try {
    await page.goto(url);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return /pwned/.test(await page.title()) || /pwned/.test(await page.evaluate(() => document.title));
  } finally {
    await page.close();
  }
}

let chromium;
before(async () => {
  chromium = await launchChromium();
});
after(async () => {
  await chromium?.close();
  rmSync(temp, { recursive: true, force: true });
});

describe('argmap site on a hostile folder', () => {
  it('publishes the source text as .txt data under a strict CSP, and never the linked file', { timeout: 60000 }, async () => {
    const dir = hostileFolder('site-map', { citeNotes: false });
    const out = join(temp, 'site-out');
    // A link out of sources/ is an error naming it: nothing is published until it is gone.
    const refused = argmap('site', dir, '-o', out);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /sources\/notes\.txt:1:1: error: this source text is a link that leads outside/);
    assert.ok(!existsSync(out));
    rmSync(join(dir, 'sources/notes.txt'));
    const built = argmap('site', dir, '-o', out);
    assert.equal(built.code, 0, built.err);
    assert.deepEqual(readdirSync(join(out, 'sources')), ['article.html.txt']);
    assert.equal(readFileSync(join(out, 'sources/article.html.txt'), 'utf8'), ARTICLE);
    assert.equal(JSON.parse(readFileSync(join(out, 'map.json'), 'utf8')).sources[0].file, 'article.html.txt');
    for (const { path, text } of filesBelow(out)) assert.ok(!text.includes(SECRET), `${path} holds the linked file`);
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self';[^"]*require-trusted-types-for 'script'/);

    const server = await staticServer(out);
    try {
      assert.equal(await scriptRan(chromium, `${server.url}sources/article.html.txt`), false);
      assert.equal(await scriptRan(chromium, `${server.url}sources/article.html`), false);
      const explorer = await chromium.browser.newPage();
      const problems = [];
      explorer.on('pageerror', (error) => problems.push(error.message));
      explorer.on('console', (message) => /Content Security Policy|Trusted ?Type/i.test(message.text()) && problems.push(message.text()));
      await explorer.goto(`${server.url}#claim=sky-blue`);
      assert.deepEqual(await until(explorer, shownClaims, undefined, 'the map'), ['sky-blue']);
      assert.equal(await explorer.evaluate(() => fetch('sources/article.html.txt').then((r) => r.status)), 200);
      assert.doesNotMatch(await explorer.title(), /pwned/);
      assert.deepEqual(problems, []);
      await explorer.close();
    } finally {
      await server.close();
    }
  });

  it('refuses a map whose sources link out of the folder, and writes nothing', () => {
    const dir = hostileFolder('site-notes', { citeNotes: true });
    const out = join(temp, 'site-refused');
    const refused = argmap('site', dir, '-o', out);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /sources\/notes\.txt:1:1: error: this source text is a link that leads outside/);
    assert.deepEqual(readdirSync(temp).filter((name) => name.includes('site-refused')), []);
  });
});

describe('argmap serve on a hostile folder', () => {
  let child;
  let url;
  let output = '';
  let startedIn;

  before(async () => {
    const dir = hostileFolder('serve-map', { citeNotes: true });
    // Two quotes that match nowhere in a long source: slow to verify, never slow to serve.
    const long = Array.from({ length: 20000 }, (_, i) => `Sentence ${i} of a long article about many things.`).join(' ');
    writeFileSync(join(dir, 'sources/long.txt'), long);
    const unmatched = (n) => `> ${`Words that appear nowhere in the long article, number ${n}. `.repeat(10)}\n>\n> — long\n`;
    writeFileSync(join(dir, 'long.md'), `# long: A long one?\n\n## long-one: One.\n\n${unmatched(1)}\n## long-two: Two.\n\n${unmatched(2)}\n# Sources\n\n## long: Long\n\n- file: long.txt\n`);
    const started = Date.now();
    child = spawn(process.execPath, [bin, 'serve', dir, '--port', '0'], { cwd: root });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start: ${output}`)), 20000);
      child.stdout.on('data', () => {
        const found = /serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]);
        }
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
    });
    await get(url);
    startedIn = Date.now() - started;
  });

  after(async () => {
    if (child?.exitCode === null) {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('answers at once, whatever the quotes cost to verify', async () => {
    assert.ok(startedIn < 10000, `the first page took ${startedIn} ms`);
    writeFileSync(join(temp, 'serve-map/debate.md'), readFileSync(join(temp, 'serve-map/debate.md'), 'utf8').replace('Is the sky blue?', 'Is the sky really blue?'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const asked = Date.now();
    const index = await get(`${url}map-index.json`);
    assert.equal(index.status, 200);
    assert.ok(Date.now() - asked < 10000, 'a request after a save waits for no check');
    assert.match((await get(`${url}map/debate.md`)).body, /Is the sky really blue\?/);
  });

  it('serves the source text as sandboxed plain text, never as a page', async () => {
    const article = await get(`${url}sources/article.html`);
    assert.equal(article.status, 200);
    assert.equal(article.headers['content-type'], 'text/plain; charset=utf-8');
    assert.equal(article.headers['x-content-type-options'], 'nosniff');
    assert.match(article.headers['content-security-policy'], /default-src 'none'; sandbox/);
    assert.equal(await scriptRan(chromium, `${url}sources/article.html`), false);
  });

  it('never follows the link out of the folder', async () => {
    for (const path of ['sources/notes.txt', 'sources/..%2F..%2Fsecret.txt', 'sources/%2e%2e/secret.txt', 'map/../../secret.txt', 'secret.txt']) {
      const answer = await get(`${url}${path}`);
      assert.notEqual(answer.status, 200, path);
      assert.ok(!answer.body.includes(SECRET), `${path} gave out the linked file`);
    }
  });

  it('sends the page with a strict CSP, and refuses another Host', async () => {
    const page = await get(url);
    assert.match(page.headers['content-security-policy'], /script-src 'self'.*require-trusted-types-for 'script'.*frame-ancestors 'none'/);
    assert.equal((await get(url, { Host: 'evil.example' })).status, 421);
  });
});
