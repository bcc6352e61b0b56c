// The explorer's editor on `argmap collab`: pages in headless Chromium edit one file at once. The
// server is started on 127.0.0.1 by the test on a temp copy of a small map, and stopped by it.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { launchChromium, until } from './browser.mjs';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'dist/cli/argmap.js');
const FILE = 'map.md';
const SHOTS = process.env.ARGMAP_EDITOR_SHOTS;

const folder = mkdtempSync(join(tmpdir(), 'argmap-collab-editor-'));
copyFileSync(join(root, 'test/fixtures/small.md'), join(folder, FILE));
let chromium;
let server;
let port;

before(async () => {
  port = await freePort();
  server = await startCollab();
  chromium = await launchChromium();
});
after(async () => {
  await server?.stop();
  await chromium?.close();
  rmSync(folder, { recursive: true, force: true });
});

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
}

/** `argmap collab` on the folder and the test's port; resolves with its links once printed. */
function startCollab() {
  const child = spawn(process.execPath, [bin, 'collab', folder, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.stderr.on('data', (chunk) => (err += chunk));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const edit = /^edit: (\S+)$/m.exec(out);
      const view = /^view: (\S+)$/m.exec(out);
      if (edit && view) resolve({ edit: edit[1], view: view[1], stop: async () => { if (child.exitCode === null) child.kill('SIGTERM'); await exited; } });
    });
    exited.then((code) => reject(new Error(`argmap collab stopped (${code}):\n${out}${err}`)));
  });
}

/** The editor's CodeMirror view, reached as CodeMirror's own `EditorView.findFromDOM` does (run in the page). */
function editorText() {
  const editor = document.querySelector('argument-explorer')?.shadowRoot?.querySelector('map-editor');
  const content = editor?.shadowRoot?.querySelector('.cm-content');
  return content?.cmTile?.root?.view?.state.doc.toString() ?? null;
}

function collabStatus() {
  const editor = document.querySelector('argument-explorer')?.shadowRoot?.querySelector('map-editor');
  return editor?.shadowRoot?.querySelector('.collab [role=status]')?.textContent ?? null;
}

async function openPage(link, { width = 1280, height = 800, dark = false, name } = {}) {
  const page = await chromium.browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The page runs under argmap's strict policy (Trusted Types included): CodeMirror must need no exception.
  page.on('console', (message) => { if (/Content Security Policy|Trusted Type/i.test(message.text())) errors.push(message.text()); });
  page.errors = errors;
  await page.setViewport({ width, height });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
  await page.evaluateOnNewDocument(`window.editorText = ${editorText}; window.collabStatus = ${collabStatus};`);
  if (name) await page.evaluateOnNewDocument((n) => localStorage.setItem('argmap-collab-name', n), name);
  await page.goto(link);
  await until(page, (shown) => window.editorText()?.includes(shown), '## study: A study of homework', 'the shared text in the editor');
  return page;
}

/** Puts the cursor at the end of the line that starts with `line`, scrolled into view, and types `text` on the keyboard. */
async function typeAtEndOf(page, line, text) {
  await page.evaluate((wanted) => {
    const content = document.querySelector('argument-explorer').shadowRoot.querySelector('map-editor').shadowRoot.querySelector('.cm-content');
    const view = content.cmTile.root.view;
    const doc = view.state.doc;
    const at = doc.toString().split('\n').findIndex((l) => l.startsWith(wanted));
    if (at < 0) throw new Error(`no line "${wanted}"`);
    view.focus();
    view.dispatch({ selection: { anchor: doc.line(at + 1).to }, scrollIntoView: true });
  }, line);
  await page.keyboard.type(text, { delay: 15 });
}

const onDisk = () => readFileSync(join(folder, FILE), 'utf8');

describe('the editor on argmap collab', () => {
  let first;
  let second;

  it('two pages typing on the same line at once converge, and the file on disk becomes the merged text', async () => {
    first = await openPage(server.edit, { name: 'Ada' });
    second = await openPage(`${server.edit}&claim=homework-helps`, { name: 'Grace' });
    assert.match(await first.evaluate(collabStatus), /^Live/);
    await new Promise((r) => setTimeout(r, 500));
    const view = () => {
      const map = document.querySelector('argument-explorer').shadowRoot.querySelector('argument-map');
      return { selected: map.selected, zoom: map.cy.zoom(), pan: map.cy.pan() };
    };
    const secondView = await second.evaluate(view);
    assert.equal(secondView.selected, 'homework-helps');
    // The shared text opens where the selected claim is written.
    await until(second, () => {
      const view = document.querySelector('argument-explorer').shadowRoot.querySelector('map-editor').shadowRoot.querySelector('.cm-content').cmTile.root.view;
      return view.state.doc.lineAt(view.state.selection.main.head).number === 17;
    }, undefined, 'the cursor on the selected claim');
    await Promise.all([
      typeAtEndOf(first, '## study: A study of homework', ' (2024)'),
      typeAtEndOf(second, '## study: A study of homework', ' revised'),
    ]);
    const merged = await until(first, (other) => {
      const text = window.editorText();
      return text.includes('(2024)') && text.includes('revised') ? text : null;
    }, undefined, 'both edits in the first page');
    await until(second, (expected) => window.editorText() === expected, merged, 'the second page to hold the same text');
    const line = merged.split('\n').find((l) => l.startsWith('## study:'));
    assert.ok(line === '## study: A study of homework (2024) revised' || line === '## study: A study of homework revised (2024)', line);
    // The server writes the text back a moment after typing stops.
    const deadline = Date.now() + 20000;
    while (onDisk() !== merged && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.equal(onDisk(), merged);
    // The map follows the edit: the source's title in the page is the merged one.
    assert.equal(await first.evaluate(() => document.querySelector('argument-explorer').shadowRoot.querySelector('argument-map').state.$map.get().index.sources.get('study').title), line.slice('## study: '.length));
    // The map re-read in each page keeps that page's selection and viewport.
    await until(second, (title) => document.querySelector('argument-explorer').shadowRoot.querySelector('argument-map').state.$map.get().index.sources.get('study').title === title, line.slice('## study: '.length), "the map re-read in Grace's page");
    assert.deepEqual(await second.evaluate(view), secondView);
    // Each page says who else is here, and shows the other's cursor with their name.
    await until(first, () => document.querySelector('argument-explorer').shadowRoot.querySelector('map-editor').shadowRoot.querySelector('.collab .others')?.textContent === 'Here too: Grace', undefined, 'Grace listed in Ada\'s page');
    await until(first, () => [...document.querySelector('argument-explorer').shadowRoot.querySelector('map-editor').shadowRoot.querySelectorAll('.cm-ySelectionInfo')].some((e) => e.textContent === 'Grace'), undefined, "Grace's cursor in Ada's page");
  });

  it('a page that joins later sees the merged text', async () => {
    const third = await openPage(server.edit);
    assert.equal(await third.evaluate(editorText), onDisk());
    await third.close();
  });

  it('a view link opens the text read-only and says so', async () => {
    const viewer = await openPage(`${server.view}&tool=edit`);
    assert.match(await viewer.evaluate(collabStatus), /View link/);
    const before = await viewer.evaluate(editorText);
    assert.equal(await viewer.evaluate(() => document.querySelector('argument-explorer').shadowRoot.querySelector('map-editor').shadowRoot.querySelector('.cm-content').contentEditable), 'false');
    await typeAtEndOf(viewer, '## study:', ' by a viewer');
    assert.equal(await viewer.evaluate(editorText), before);
    // It still follows the others' edits.
    await typeAtEndOf(first, '## school-thesis:', ' Now.');
    await until(viewer, () => window.editorText().includes('setting homework. Now.'), undefined, "the editor's edit in the viewer's page");
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await viewer.screenshot({ path: join(SHOTS, 'editor-view-link-laptop-light.png') });
    }
    await viewer.close();
  });

  it('edits made while the server is down stay in the page, which says so, and merge when it returns', async () => {
    await server.stop();
    await until(first, () => /^Offline/.test(window.collabStatus()), undefined, 'the page to say it is offline');
    await typeAtEndOf(first, '## trial-self-selected:', ' Offline edit.');
    // Leaving now would lose the edit: the page asks first.
    const asked = new Promise((resolve) => first.once('dialog', async (dialog) => { resolve(dialog.type()); await dialog.dismiss(); }));
    await first.close({ runBeforeUnload: true });
    assert.equal(await asked, 'beforeunload');
    assert.equal(first.isClosed(), false);
    server = await startCollab();
    const expected = 'The schools in the trial chose themselves. Offline edit.';
    await until(second, (e) => window.editorText().includes(e), expected, 'the offline edit in the other page', 40000);
    await until(first, () => /^Live/.test(window.collabStatus()), undefined, 'the page live again');
    const deadline = Date.now() + 20000;
    while (!onDisk().includes(expected) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.ok(onDisk().includes(expected), 'the offline edit written to the file');
    assert.equal(await first.evaluate(editorText), onDisk());
  });

  it('shows the others’ cursors in light and dark, on a laptop, a tablet and a phone', { skip: !SHOTS }, async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const dark of [false, true]) {
      for (const [device, width, height] of [['laptop', 1280, 800], ['tablet', 820, 1180], ['phone', 390, 844]]) {
        await first.setViewport({ width, height });
        await first.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
        await typeAtEndOf(second, '- supports: school-thesis', '');
        await typeAtEndOf(first, '## homework-steals-time:', '');
        await new Promise((r) => setTimeout(r, 400));
        await first.screenshot({ path: join(SHOTS, `editor-${device}-${dark ? 'dark' : 'light'}.png`) });
      }
    }
  });

  it("draws another client's cursor with a plain colour and a short name, whatever it sends", async () => {
    const token = new URLSearchParams(new URL(server.edit).hash.slice(1)).get('collab');
    const provider = new HocuspocusProvider({ url: `ws://127.0.0.1:${port}/collab`, name: FILE, token, document: new Y.Doc(), WebSocketPolyfill: WebSocket });
    try {
      await new Promise((resolve) => provider.on('synced', resolve));
      const text = provider.document.getText('text');
      const at = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, 3));
      provider.awareness.setLocalState({ user: { name: `Mallory${'!'.repeat(200)}`, color: 'red; position: fixed; inset: 0' }, cursor: { anchor: at, head: at } });
      const caret = await until(first, () => {
        const editor = document.querySelector('argument-explorer').shadowRoot.querySelector('map-editor');
        const found = [...editor.shadowRoot.querySelectorAll('.cm-ySelectionCaret')].find((c) => c.textContent.includes('Mallory'));
        return found && { style: found.getAttribute('style'), name: found.querySelector('.cm-ySelectionInfo').textContent };
      }, undefined, "Mallory's cursor");
      assert.doesNotMatch(caret.style, /position|inset/);
      assert.ok(caret.name.length <= 40, caret.name);
    } finally {
      provider.destroy();
    }
  });

  it('raised no error and broke no rule of the page\'s security policy', async () => {
    assert.deepEqual([...first.errors, ...second.errors], []);
  });
});
