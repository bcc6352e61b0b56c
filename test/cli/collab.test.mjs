// `argmap collab`: a club edits one map at once. Every server here is started on 127.0.0.1 with a
// free port by the test and stopped by it; the clients are Hocuspocus providers over `ws`, and one
// hand-made protocol client. The --redis tests start Debian's redis-server (when installed) on a
// free loopback port, keeping nothing on disk, and stop it.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { freePort, startRedis } from '../../bench/lib/redis-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'dist/cli/argmap.js');
const FILE = 'map.md';
const ORIGINAL = readFileSync(join(root, 'test/fixtures/small.md'), 'utf8');

const folders = [];
const running = new Set();
after(async () => {
  for (const server of running) await server.stop();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  // Something of the Hocuspocus client (two sockets) can outlive its provider and keep this process,
  // and so the whole test run, waiting: once everything is stopped, leave.
  setTimeout(() => process.exit(), 2000).unref();
});

function mapFolder() {
  const folder = mkdtempSync(join(tmpdir(), 'argmap-collab-'));
  folders.push(folder);
  copyFileSync(join(root, 'test/fixtures/small.md'), join(folder, FILE));
  return folder;
}

/** Starts `argmap collab` on the folder and resolves once it has printed its links. */
function startCollab(folder, ...args) {
  const child = spawn(process.execPath, [bin, 'collab', folder, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const server = {
    child,
    get out() {
      return out;
    },
    async stop(signal = 'SIGTERM') {
      running.delete(server);
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  running.add(server);
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk) => (err += chunk));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const edit = /^edit: (\S+)$/m.exec(out);
      const view = /^view: (\S+)$/m.exec(out);
      if (edit && view) {
        const editUrl = new URL(edit[1]);
        Object.assign(server, {
          editLink: edit[1],
          viewLink: view[1],
          port: Number(editUrl.port),
          editToken: new URLSearchParams(editUrl.hash.slice(1)).get('collab'),
          viewToken: new URLSearchParams(new URL(view[1]).hash.slice(1)).get('collab'),
        });
        resolve(server);
      }
    });
    exited.then(({ code, signal }) => reject(new Error(`argmap collab stopped (${code ?? signal}) before printing its links:\n${out}${err}`)));
  });
}

/** A client with the given token on one file; resolves once it is synced, or rejects when refused. */
function connect(server, token, name = FILE) {
  const provider = new HocuspocusProvider({ url: `ws://127.0.0.1:${server.port}/collab`, name, token, document: new Y.Doc(), WebSocketPolyfill: WebSocket });
  const text = provider.document.getText('text');
  return new Promise((resolve, reject) => {
    provider.on('synced', () => resolve({ provider, text }));
    provider.on('authenticationFailed', ({ reason }) => {
      provider.destroy();
      reject(new Error(`refused: ${reason}`));
    });
  });
}

/**
 * A hand-made client speaking Hocuspocus's protocol over a bare WebSocket, as an attacker would:
 * it does only what the test tells it, whatever the server answers. `sent` resolves to the
 * server's answers once `count` messages of `type` have come back.
 */
async function rawClient(server, name = FILE) {
  const socket = new WebSocket(`ws://127.0.0.1:${server.port}/collab`);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const answers = [];
  socket.on('message', (data) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    // 2: Auth (then 1 = permission denied or 2 = authenticated, and a reason or scope); 8: SyncStatus (1 = applied).
    if (type === 2) answers.push({ type, auth: decoding.readVarUint(decoder), detail: decoding.readVarString(decoder) });
    else if (type === 8) answers.push({ type, applied: decoding.readVarUint(decoder) === 1 });
    else answers.push({ type });
  });
  const send = (type, write) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, name);
    encoding.writeVarUint(encoder, type);
    write(encoder);
    socket.send(encoding.toUint8Array(encoder));
  };
  return {
    answers,
    authenticate: (token) => send(2, (e) => (encoding.writeVarUint(e, 0), encoding.writeVarString(e, token))),
    /** A Yjs change inserting `text` at the start, sent as a sync step 2 (0/1) or an update (0/2). */
    sendChange: (text, step = 2) => {
      const doc = new Y.Doc();
      doc.getText('text').insert(0, text);
      send(0, (e) => (encoding.writeVarUint(e, step), encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(doc))));
    },
    answered: (type, count = 1) => until(() => answers.filter((a) => a.type === type).length >= count && answers.filter((a) => a.type === type), `${count} answer(s) of type ${type}`),
    close: () => socket.terminate(),
  };
}

async function until(probe, what, ms = 10000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const acknowledged = (client) => until(() => client.provider.isSynced && !client.provider.hasUnsyncedChanges, 'the server to acknowledge the edits');
const onDisk = (folder) => readFileSync(join(folder, FILE), 'utf8');

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

describe('argmap collab', () => {
  it('prints an edit link that opens the editor on the first file and a view link; --rotate changes both', async () => {
    const folder = mapFolder();
    const first = await startCollab(folder);
    assert.match(first.out, /^edit: http:\/\/127\.0\.0\.1:\d+\/#tool=edit&file=map\.md&collab=[\w-]{22,}$/m);
    assert.match(first.out, /^view: http:\/\/127\.0\.0\.1:\d+\/#collab=[\w-]{22,}$/m);
    assert.notEqual(first.editToken, first.viewToken);
    const page = await fetch(`http://127.0.0.1:${first.port}/`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<argument-explorer/);
    await first.stop();

    const again = await startCollab(folder);
    assert.equal(again.editToken, first.editToken, 'a restart keeps the links');
    assert.equal(again.viewToken, first.viewToken);
    await again.stop();

    const rotated = await startCollab(folder, '--rotate');
    assert.notEqual(rotated.editToken, first.editToken);
    assert.notEqual(rotated.viewToken, first.viewToken);
    await assert.rejects(connect(rotated, first.editToken), /refused/, 'the old edit link no longer works');
    await rotated.stop();
    assert.match(readFileSync(join(folder, '.argmap-collab/.gitignore'), 'utf8'), /^\*$/m, 'the tokens are kept out of git');
  });

  it('merges two people typing in the same line at once, writes the merged text to disk, and shows it to a latecomer', async () => {
    const folder = mapFolder();
    const server = await startCollab(folder);
    const [ann, ben] = await Promise.all([connect(server, server.editToken), connect(server, server.editToken)]);
    assert.equal(ann.text.toString(), ORIGINAL);
    const line = ORIGINAL.indexOf('Homework raises test scores.');
    for (let i = 0; i < 20; i++) {
      ann.text.insert(line, `A${i} `);
      ben.text.insert(line, `B${i} `);
      if (i % 5 === 0) ben.text.insert(ben.text.length, `\n<!-- ben ${i} -->\n`);
    }
    await until(() => ann.text.toString() === ben.text.toString() && ann.text.toString().includes('B19') && ben.text.toString().includes('A19'), 'the two texts to converge');
    await Promise.all([acknowledged(ann), acknowledged(ben)]);
    const merged = ann.text.toString();
    for (let i = 0; i < 20; i++) assert.ok(merged.includes(`A${i} `) && merged.includes(`B${i} `), `both people's edit ${i} survive`);
    await until(() => onDisk(folder) === merged, 'the merged text on disk');

    const cleo = await connect(server, server.viewToken);
    assert.equal(cleo.text.toString(), merged);
    for (const client of [ann, ben, cleo]) client.provider.destroy();
    await server.stop();
    assert.equal(onDisk(folder), merged);
  });

  it('loses no acknowledged edit when the server is killed mid-burst, and never leaves a half-written file', async () => {
    const folder = mapFolder();
    let server = await startCollab(folder);
    const writer = await connect(server, server.editToken);
    // Every version the file may show: the original, then whole lines appended one at a time.
    const wholeVersions = new RegExp(`^${ORIGINAL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(- edit \\d+\\n)*$`);
    const seen = [];
    const watcher = setInterval(() => seen.push(onDisk(folder)), 5);
    let lastAcknowledged = ORIGINAL;
    for (let i = 0; i < 400; i++) {
      writer.text.insert(writer.text.length, `- edit ${i}\n`);
      if (i % 20 === 19) {
        await acknowledged(writer);
        lastAcknowledged = writer.text.toString();
        // A pause now and then lets the server write the file during the burst.
        if (i % 100 === 99) await new Promise((resolve) => setTimeout(resolve, 600));
      } else await new Promise((resolve) => setImmediate(resolve));
      if (i === 310) break;
    }
    // Unacknowledged edits may be in flight when the server dies; the acknowledged ones must survive.
    writer.text.insert(writer.text.length, '- edit 9999\n');
    await server.stop('SIGKILL');
    writer.provider.destroy();
    clearInterval(watcher);

    server = await startCollab(folder);
    const reader = await connect(server, server.editToken);
    const recovered = reader.text.toString();
    assert.ok(recovered.startsWith(lastAcknowledged), `the recovered text holds every acknowledged edit (${lastAcknowledged.length} characters acknowledged, ${recovered.length} recovered)`);
    await until(() => onDisk(folder) === recovered, 'the recovered text on disk');
    seen.push(onDisk(folder));
    assert.ok(seen.some((text) => text !== ORIGINAL && text !== recovered), 'the file was written during the burst');
    for (const text of seen) assert.match(text, wholeVersions, 'the file on disk is always a whole version');
    reader.provider.destroy();
    await server.stop();
  });

  it('refuses changes over the view link, and any connection without a valid invite', async () => {
    const folder = mapFolder();
    const server = await startCollab(folder);
    const editor = await connect(server, server.editToken);
    const viewer = await connect(server, server.viewToken);
    // A client that ignores the page's read-only mode and sends edits anyway.
    viewer.text.insert(0, 'VANDAL ');
    viewer.text.delete(10, 50);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(editor.text.toString(), ORIGINAL, 'the document on the server is unchanged');
    assert.equal(onDisk(folder), ORIGINAL, 'the file on disk is unchanged');
    assert.equal(viewer.provider.hasUnsyncedChanges, true, 'the server did not acknowledge the edits');

    await assert.rejects(connect(server, 'not-a-token-at-all-not-a-token'), /refused/);
    await assert.rejects(connect(server, ''), /refused/);
    await assert.rejects(connect(server, server.editToken, '../map.md'), /refused/, 'no document outside the map');
    await assert.rejects(connect(server, server.editToken, '.argmap-collab/invites.json'), /refused/, 'no document that is not a map file');
    for (const client of [editor, viewer]) client.provider.destroy();
    await server.stop();
  });

  it('refuses a crafted client that sends changes over the view link, or with a wrong token, at the protocol level', async () => {
    const folder = mapFolder();
    const server = await startCollab(folder);
    const editor = await connect(server, server.editToken);

    const viewer = await rawClient(server);
    viewer.authenticate(server.viewToken);
    const [auth] = await viewer.answered(2);
    assert.deepEqual([auth.auth, auth.detail], [2, 'readonly'], 'the view link is let in read-only');
    viewer.sendChange('VANDAL STEP2 ', 1);
    viewer.sendChange('VANDAL UPDATE ', 2);
    const statuses = await viewer.answered(8, 2);
    assert.deepEqual(statuses.map((s) => s.applied), [false, false], 'the server says neither change was applied');

    const stranger = await rawClient(server);
    stranger.authenticate('a-wrong-token-of-the-right-length');
    const [denied] = await stranger.answered(2);
    assert.equal(denied.auth, 1, 'a wrong token is denied');
    stranger.sendChange('STRANGER ');

    const silent = await rawClient(server);
    silent.sendChange('NO TOKEN ');
    silent.authenticate('');
    assert.equal((await silent.answered(2))[0].auth, 1, 'a missing token is denied');

    // A change that had got through would reach the editor and, a moment later, the file.
    const late = await connect(server, server.editToken);
    assert.equal(late.text.toString(), ORIGINAL, 'the document on the server is unchanged');
    assert.equal(editor.text.toString(), ORIGINAL);
    for (const raw of [viewer, stranger, silent]) raw.close();
    for (const client of [editor, late]) client.provider.destroy();
    await server.stop();
    assert.equal(onDisk(folder), ORIGINAL, 'the file on disk is unchanged');
  });

  it('refuses a second server on the same folder, and takes over the lock of a killed one', async () => {
    const folder = mapFolder();
    const first = await startCollab(folder);
    await assert.rejects(startCollab(folder), /already shared by argmap collab[\s\S]*--redis URL, each on its own copy/);
    await first.stop('SIGKILL');
    const second = await startCollab(folder);
    const client = await connect(second, second.editToken);
    assert.equal(client.text.toString(), ORIGINAL);
    client.provider.destroy();
    await second.stop();
  });

  it('brings a file replaced by a rename (an atomic save) in a subfolder into the connected clients', async () => {
    const folder = mapFolder();
    mkdirSync(join(folder, 'part'));
    copyFileSync(join(folder, FILE), join(folder, 'part', FILE));
    const server = await startCollab(folder);
    const client = await connect(server, server.editToken, `part/${FILE}`);
    const saved = ORIGINAL.replace('Homework raises test scores.', 'Homework raises test scores, sometimes.');
    writeFileSync(join(folder, 'part', '.saving.tmp'), saved);
    renameSync(join(folder, 'part', '.saving.tmp'), join(folder, 'part', FILE));
    await until(() => client.text.toString() === saved, 'the saved text in the client');
    client.provider.destroy();
    await server.stop();
  });

  it('brings a file changed on disk (a git pull) into the connected clients', async () => {
    const folder = mapFolder();
    const server = await startCollab(folder);
    const client = await connect(server, server.editToken);
    const pulled = ORIGINAL.replace('Homework raises test scores.', 'Homework raises test scores a little.');
    writeFileSync(join(folder, FILE), pulled);
    await until(() => client.text.toString() === pulled, 'the pulled text in the client');
    client.provider.destroy();
    await server.stop();
    assert.equal(onDisk(folder), pulled);
  });

  it('shares the documents between two instances through Redis (--redis), as behind a load balancer', {
    skip: !hasRedis && 'redis-server is not installed (apt-get install redis-server)',
  }, async () => {
    const redis = await startRedis();
    const clients = [];
    try {
      // Two servers, each with its own clone of the map, as on two machines.
      const [folderA, folderB] = [mapFolder(), mapFolder()];
      // B's copy is another commit: B must take the document A holds live, not start a second text beside it.
      writeFileSync(join(folderB, FILE), `${ORIGINAL}\n<!-- a commit only B's copy has -->\n`);
      const [serverA, serverB] = await Promise.all([startCollab(folderA, '--redis', redis.url), startCollab(folderB, '--redis', redis.url)]);
      assert.deepEqual([serverB.editToken, serverB.viewToken], [serverA.editToken, serverA.viewToken], 'both instances take the same links, whichever the load balancer picks');
      const ann = await connect(serverA, serverA.editToken);
      const ben = await connect(serverB, serverA.editToken);
      clients.push(ann, ben);
      await until(() => ann.text.toString() === ben.text.toString(), 'the two instances to agree');
      assert.equal(ann.text.toString(), ORIGINAL, 'the instance that joins takes the live document: the text is not doubled');
      // A burst on both sides at once, in the same line, with the event loop turning between edits.
      const line = ORIGINAL.indexOf('Homework raises test scores.');
      for (let i = 0; i < 200; i++) {
        ann.text.insert(line, `A${i} `);
        ben.text.insert(line, `B${i} `);
        if (i % 10 === 0) ben.text.insert(ben.text.length, `\n<!-- ben ${i} -->\n`);
        await new Promise((resolve) => setImmediate(resolve));
      }
      await until(() => ann.text.toString() === ben.text.toString() && ann.text.toString().includes('A199 ') && ann.text.toString().includes('B199 '), 'the edits on both instances to converge', 30000);
      for (let i = 0; i < 200; i++) assert.ok(ann.text.toString().includes(`A${i} `) && ann.text.toString().includes(`B${i} `), `both people's edit ${i} survive`);
      await Promise.all([acknowledged(ann), acknowledged(ben)]);
      const merged = ann.text.toString();
      await until(() => onDisk(folderA) === merged && onDisk(folderB) === merged, 'the merged text on both instances\' disks', 30000);

      // A git pull in one instance's copy reaches the people on the other, and the other copy.
      const pulled = merged.replace('Homework raises test scores.', 'Homework raises test scores (pulled).');
      writeFileSync(join(folderA, FILE), pulled);
      await until(() => ben.text.toString() === pulled && onDisk(folderB) === pulled, 'the pulled text on the other instance', 30000);
      for (const client of [ann, ben]) client.provider.destroy();
      await Promise.all([serverA.stop(), serverB.stop()]);
    } finally {
      // A failed wait must not leave reconnecting clients behind: they would keep the test process alive.
      for (const client of clients) client.provider.destroy();
      await redis.stop();
    }
  });
  it('brings an instance killed during a burst (--redis) back up to date with what the other one took meanwhile', {
    skip: !hasRedis && 'redis-server is not installed (apt-get install redis-server)',
  }, async () => {
    const redis = await startRedis();
    const clients = [];
    try {
      const [folderA, folderB] = [mapFolder(), mapFolder()];
      const serverA = await startCollab(folderA, '--redis', redis.url);
      let serverB = await startCollab(folderB, '--redis', redis.url);
      const ann = await connect(serverA, serverA.editToken);
      const ben = await connect(serverB, serverB.editToken);
      clients.push(ann, ben);
      for (let i = 0; i < 50; i++) {
        ann.text.insert(ann.text.length, `- ann ${i}\n`);
        ben.text.insert(0, `<!-- ben ${i} -->\n`);
        await new Promise((resolve) => setImmediate(resolve));
      }
      await Promise.all([acknowledged(ann), acknowledged(ben)]);
      const benAcknowledged = ben.text.toString();
      await serverB.stop('SIGKILL');
      ben.provider.destroy();
      for (let i = 50; i < 100; i++) ann.text.insert(ann.text.length, `- ann ${i}\n`);
      await acknowledged(ann);

      serverB = await startCollab(folderB, '--redis', redis.url);
      const back = await connect(serverB, serverB.editToken);
      clients.push(back);
      await until(() => back.text.toString() === ann.text.toString(), 'the restarted instance to catch up', 30000);
      const text = back.text.toString();
      for (let i = 0; i < 50; i++) assert.ok(benAcknowledged.includes(`<!-- ben ${i} -->`) && text.includes(`<!-- ben ${i} -->`), `ben's acknowledged edit ${i} survives the kill`);
      for (let i = 0; i < 100; i++) assert.ok(text.includes(`- ann ${i}\n`), `ann's edit ${i} reaches the restarted instance`);
      await until(() => onDisk(folderB) === text, 'the restarted instance\'s copy on disk', 30000);
      for (const client of clients) client.provider.destroy();
      await Promise.all([serverA.stop(), serverB.stop()]);
    } finally {
      for (const client of clients) client.provider.destroy();
      await redis.stop();
    }
  });
  it('says so and stops when --redis names a Redis that does not answer', async () => {
    const folder = mapFolder();
    const port = await freePort();
    await assert.rejects(startCollab(folder, '--redis', `redis://127.0.0.1:${port}`), (error) => {
      assert.match(error.message, /stopped \(1\)/);
      assert.match(error.message, /Redis did not answer \(is it running, and is the URL right\?\)/);
      assert.doesNotMatch(error.message, /Unhandled error event/);
      return true;
    });
    const again = await startCollab(folder);
    assert.ok(again.editToken, 'the failed start left no lock on the folder');
    await again.stop();
  });
});
