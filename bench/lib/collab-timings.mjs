// `npm run bench -- --only collab`: a club editing one map live. 50 Hocuspocus providers (Node, `ws`,
// all in this process) connect to `argmap collab` on 127.0.0.1 and each types for a bounded time;
// one more provider only watches and times when each edit reaches it. Then the bench waits for all
// texts (and the file on disk) to agree. The server runs as its own process, so its memory is its own.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startRedis } from './redis-server.mjs';

const FILE = 'map.md';

/**
 * Runs one scenario: `instances` servers (more than one: sharing through a Redis started here),
 * `clients` editors spread over them, each making an edit every `everyMs` (jittered) for `seconds`.
 * Resolves to the numbers the report shows.
 */
export async function timeCollab({ clients = 50, seconds = 30, everyMs = 500, instances = 1, log }) {
  const redis = instances > 1 ? await startRedis() : undefined;
  const folders = Array.from({ length: instances }, () => mapFolder());
  const servers = [];
  const providers = [];
  try {
    for (const folder of folders) servers.push(await startCollab(folder, redis ? ['--redis', redis.url] : []));
    log(`${clients} clients on ${instances} instance(s)${redis ? ' sharing through Redis' : ''}: connecting`);
    const connectStart = performance.now();
    const editors = await Promise.all(Array.from({ length: clients }, (_, i) => connect(servers[i % instances])));
    const watcher = await connect(servers[0]);
    providers.push(...editors, watcher);
    const connectMs = performance.now() - connectStart;

    // Each edit is a line with a marker; the watcher times when each marker first appears.
    const sentAt = new Map();
    const latencies = [];
    watcher.text.observe((event) => {
      const now = performance.now();
      for (const change of event.delta) {
        if (typeof change.insert !== 'string') continue;
        for (const [, marker] of change.insert.matchAll(/⟦(\d+:\d+)⟧/g)) {
          const sent = sentAt.get(marker);
          if (sent !== undefined) latencies.push(now - sent);
          sentAt.delete(marker);
        }
      }
    });

    const rss = sampleMemory(servers.map((s) => s.child.pid));
    log(`${clients} clients: editing for ${seconds} s`);
    const editStart = performance.now();
    const deadline = editStart + seconds * 1000;
    const maxEdits = Math.ceil((seconds * 1000) / everyMs) + 1;
    let edits = 0;
    let lastEditAt = editStart;
    await Promise.all(editors.map(async (editor, who) => {
      // Spread the clients' first edits over one period, so that they do not all type in the same millisecond.
      await sleep(Math.random() * everyMs);
      for (let n = 0; n < maxEdits && performance.now() < deadline; n++) {
        const text = editor.text.toString();
        const lineStarts = [...text.matchAll(/\n/g)].map((m) => m.index + 1);
        const at = lineStarts[Math.floor(Math.random() * lineStarts.length)] ?? text.length;
        const marker = `${who}:${n}`;
        // The watcher's own editors never include the watcher, so every edit travels through a server.
        sentAt.set(marker, performance.now());
        editor.text.insert(at, `- ${who} says ${n} ⟦${marker}⟧\n`);
        edits++;
        lastEditAt = performance.now();
        await sleep(everyMs * (0.5 + Math.random()));
      }
    }));
    const editEnd = performance.now();

    log(`${clients} clients: ${edits} edits made; waiting for every text to agree`);
    const everyone = [...editors, watcher];
    const agreed = await waitFor(() => {
      const first = everyone[0].text.toString();
      return everyone.every((c) => !c.provider.hasUnsyncedChanges && c.text.toString() === first);
    }, 120000);
    const convergeMs = performance.now() - lastEditAt;
    const finalText = everyone[0].text.toString();
    const everyEditKept = (finalText.match(/⟦\d+:\d+⟧/g) ?? []).length === edits;
    const onDisk = await waitFor(() => folders.every((folder) => readFileSync(join(folder, FILE), 'utf8') === finalText), 30000);
    const diskMs = performance.now() - lastEditAt;
    const memory = rss.stop();
    const sorted = [...latencies].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return {
      clients, instances, seconds, everyMs, edits, connectMs,
      editSeconds: (editEnd - editStart) / 1000,
      latency: { count: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] },
      converged: agreed && everyEditKept, convergeMs, onDisk, diskMs,
      textKB: Buffer.byteLength(finalText) / 1024,
      memory,
    };
  } finally {
    for (const p of providers) p.provider.destroy();
    for (const server of servers) await server.stop();
    await redis?.stop();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
}

export const hasRedis = () => spawnSync('redis-server', ['--version']).status === 0;

function mapFolder() {
  const folder = mkdtempSync(join(tmpdir(), 'argmap-bench-collab-'));
  copyFileSync('test/fixtures/small.md', join(folder, FILE));
  return folder;
}

function startCollab(folder, args) {
  const child = spawn(process.execPath, ['dist/cli/argmap.js', 'collab', folder, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk) => (err += chunk));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const edit = /^edit: (\S+)$/m.exec(out);
      if (!edit) return;
      const url = new URL(edit[1]);
      resolve({
        child,
        port: Number(url.port),
        token: url.searchParams.get('collab'),
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
    exited.then(() => reject(new Error(`argmap collab stopped:\n${out}${err}`)));
  });
}

function connect(server) {
  const provider = new HocuspocusProvider({ url: `ws://127.0.0.1:${server.port}/collab`, name: FILE, token: server.token, document: new Y.Doc(), WebSocketPolyfill: WebSocket });
  return new Promise((resolve, reject) => {
    provider.on('synced', () => resolve({ provider, text: provider.document.getText('text') }));
    provider.on('authenticationFailed', ({ reason }) => reject(new Error(`refused: ${reason}`)));
  });
}

/** The servers' resident memory, sampled every 250 ms, and their peak (VmHWM) at the end; Linux only. */
function sampleMemory(pids) {
  const read = (pid, field) => Number(/(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(field)) ?? '')?.[1] ?? NaN) * 1024;
  const start = pids.map((pid) => read(pid, 'VmRSS:'));
  const samples = [];
  const timer = setInterval(() => samples.push(pids.map((pid) => read(pid, 'VmRSS:'))), 250);
  return {
    stop() {
      clearInterval(timer);
      return pids.map((pid, i) => ({ start: start[i], peak: read(pid, 'VmHWM:'), end: read(pid, 'VmRSS:'), sampledMax: Math.max(...samples.map((s) => s[i])) }));
    },
  };
}


const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(probe, ms) {
  const deadline = performance.now() + ms;
  while (performance.now() < deadline) {
    if (probe()) return true;
    await sleep(50);
  }
  return probe();
}

const ms = (value) => (value === undefined ? '–' : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** The report's section for the scenarios run. */
export function collabSection(results, machine) {
  const rows = results.map((r) => [
    r.instances === 1 ? 'one server' : `${r.instances} servers + Redis`,
    `${r.clients} × ${r.editSeconds.toFixed(0)} s`,
    r.edits.toLocaleString('en'),
    ms(r.latency.p50), ms(r.latency.p95), ms(r.latency.max),
    r.converged ? `✅ ${ms(r.convergeMs)}` : '❌',
    r.onDisk ? ms(r.diskMs) : '❌',
    r.memory.map((m) => `${mb(m.start)} → ${mb(m.peak)}`).join(', '),
  ]);
  const header = ['setup', 'clients × time', 'edits', 'p50', 'p95', 'max', 'all agree, after the last edit', 'file on disk agrees, after the last edit', 'server RSS start → peak'];
  return `
## Live editing (\`argmap collab\`)

\`npm run bench -- --only collab\` on ${machine.date} (load average ${machine.load}). On 127.0.0.1,
Hocuspocus providers (Node, \`ws\`, all in the bench process) edit \`test/fixtures/small.md\`: each
inserts a line at a random line start every ${results[0]?.everyMs ?? 500} ms on average (jittered), a bounded number of
times, for ${results[0]?.seconds ?? 30} s. One more provider only watches: the latency is from an editor's insert to the
watcher seeing it (every edit crosses a server, and with Redis half of them cross Redis too). Then
all texts must agree and hold every edit, and the file on disk must equal them (written back by each
server to its own copy of the folder). The server is its own process; its memory is \`VmRSS\` once the
clients are connected and \`VmHWM\` (peak) from /proc. The client side shares the 2 cores with the servers.

| ${header.join(' | ')} |
|${header.map(() => '---').join('|')}|
${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}
`;
}
