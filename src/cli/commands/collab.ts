import { statSync } from 'node:fs';
import type { Server } from 'node:http';
import { hostname } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { explorerBundle } from '../explorer-bundle.js';
import { explorerPage } from '../explorer-page.js';
import type { Command } from '../io.js';
import { readMap, UsageError } from '../read-inputs.js';
import { EventStream } from '../serve/event-stream.js';
import { MapFiles } from '../serve/map-files.js';
import { createPreviewServer, EVENTS, MAP_INDEX } from '../serve/preview-server.js';
import { closeServer, untilStopped } from '../serve/until-stopped.js';
import { watchFolders } from '../serve/watch-folders.js';
import { sourcesFolder } from '../sources-folder.js';
import { lockFolder } from '../collab/folder-lock.js';
import { loadInvites, STATE_FOLDER } from '../collab/invites.js';

const LOOPBACK = '127.0.0.1';
/** The longest Ctrl-C waits for documents to be stored and connections closed. */
const SHUTDOWN_MS = 5000;

/** What `argmap collab` loads, beyond what the element needs. */
const COLLAB_PACKAGES = ['@hocuspocus/server@~3.4.4', '@hocuspocus/extension-sqlite@~3.4.4', '@hocuspocus/extension-redis@~3.4.4', 'yjs@^13.6', 'ws@^8'];

export const collab: Command = {
  usage: 'collab [DIR] [--port N] [--host ADDR] [--rotate] [--redis URL] [--sources DIR]',
  summary: 'edit the map folder together, live: prints an edit link and a view link to share',
  help: {
    description:
      'Lets a team edit the map folder at once. Each Markdown file is a live document (Yjs, served by Hocuspocus); edits are kept in ' +
      `${STATE_FOLDER}/ (git-ignored) and written back to the Markdown files a moment after people stop typing, so git sees the team's work. ` +
      'A file changed on disk (a git pull) flows into the open documents. Prints two links: "edit:" can change the map, "view:" can only read it; ' +
      'nobody writes without the edit link. The links survive restarts until --rotate. Serves the explorer like "argmap serve". ' +
      "The edit link opens the explorer's editor on the map's first file: everyone's cursors and edits show live, and the map follows each edit that reads. " +
      "Other Yjs clients (Hocuspocus provider) connect to ws://HOST:PORT/collab, the document named by the file's path in DIR, the token being the link's collab= value. Stop it with Ctrl-C.",
    options: {
      '--port N': 'the port to listen on (default 8000; 0 picks a free one)',
      '--host ADDR': `the address to listen on (default ${LOOPBACK}, this computer only; 0.0.0.0 shares on the network, without encryption)`,
      '--rotate': 'new links: the old edit and view links stop working',
      '--redis URL': 'share the documents and the links with other instances through Redis (redis://host:6379, one Redis database per map), for several servers behind a load balancer, each on its own copy of the folder',
      '--sources DIR': 'the folder of source texts (default: sources/ beside the map)',
    },
    examples: ['argmap collab', 'argmap collab my-debate --port 8080', 'argmap collab --rotate', 'argmap collab --host 0.0.0.0'],
  },
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { port: { type: 'string', default: '8000' }, host: { type: 'string', default: LOOPBACK }, rotate: { type: 'boolean', default: false }, redis: { type: 'string' }, sources: { type: 'string' } },
    });
    if (positionals.length > 1) throw new UsageError('collab shares one map folder: argmap collab [DIR]');
    const folder = positionals[0] ?? 'arguments/';
    if (!isFolder(folder)) throw new UsageError(`${folder}: no such folder (collab takes the folder of a map)`, 1);
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port is a port number, not "${values.port}"`);
    const host = values.host;
    const redis = values.redis === undefined ? undefined : redisUrl(values.redis);
    const sources = sourcesFolder([folder], values.sources);
    const { map } = await readMap([folder]);
    const mapFiles = new MapFiles(folder);
    const firstFile = [...mapFiles.get().keys()][0];
    if (firstFile === undefined) throw new UsageError(`${folder}: no Markdown files to edit`, 1);

    const stateFolder = join(folder, STATE_FOLDER);
    const unlockFolder = lockFolder(folder, stateFolder);
    process.once('exit', unlockFolder);
    let invites = loadInvites(stateFolder, values.rotate);
    // Hocuspocus and SQLite's native module load only for this command, not at every argmap start;
    // they are optional peers, so that embedding the element installs none of them.
    const { CollabDocuments } = await import('../collab/collab-server.js').catch((error: unknown) => {
      throw new UsageError(`argmap collab needs its optional packages: npm install ${COLLAB_PACKAGES.join(' ')} (${error instanceof Error ? error.message : String(error)})`, 1);
    });
    const events = new EventStream();
    const page = explorerPage({ title: `${map.threads[0]?.title ?? 'argument map'} · together`, mapSrc: MAP_INDEX, sourcesBase: sources === undefined ? undefined : 'sources/', liveReload: EVENTS });
    const anyHost = host !== LOOPBACK;
    const server = createPreviewServer({ mapFiles, sourcesFolder: sources, bundle: await explorerBundle(), page, events, anyHost });
    const documents = new CollabDocuments(server, { folder, stateFolder, invites, isMapFile: (name) => mapFiles.get().has(name), anyHost, redis, onError: (message) => io.err(`argmap: ${message}`) });
    // With --redis every instance must take the same links: the first one's, through Redis.
    const agreed = await documents.agreeOnInvites(values.rotate);
    if (!agreed) {
      // The Redis client keeps trying to connect: it must not keep the process.
      setTimeout(() => process.exit(), 500).unref();
      throw new UsageError(`--redis ${redis?.href ?? ''}: Redis did not answer (is it running, and is the URL right?)`, 1);
    }
    invites = agreed;
    const listening = await listen(server, port, host);
    const base = `http://${host === '0.0.0.0' || host === '::' ? hostname() : host.includes(':') ? `[${host}]` : host}:${listening}/`;

    const stopWatching = watchFolders([folder], (files) => {
      // The state folder changes on every edit (the journal); only the map's own files matter here.
      const names = files.map((f) => relative(folder, f).split('\\').join('/')).filter((name) => !name.startsWith(`${STATE_FOLDER}/`) && name !== STATE_FOLDER);
      if (names.length === 0) return;
      mapFiles.invalidate();
      for (const name of names) documents.files.fileChanged(name);
      events.send('change', { files: names });
    }, (message) => io.err(`argmap: ${message}`));

    io.out(`sharing ${folder} at ${base} — Ctrl-C stops`);
    // The token rides in the fragment: browsers send it to no server, so it stays out of logs and Referer headers.
    io.out(`edit: ${base}#tool=edit&file=${encodeURIComponent(firstFile)}&collab=${invites.edit}`);
    io.out(`view: ${base}#collab=${invites.view}`);
    io.out(anyHost
      ? `listening on ${host}: anyone who can reach port ${listening} can read the map and its sources; only the edit link writes. The links travel unencrypted: put an HTTPS proxy in front beyond a trusted network.`
      : 'only this computer can connect (--host 0.0.0.0 shares on the network). Anyone with the edit link can change the map; --rotate revokes both links.');

    await untilStopped();
    stopWatching();
    const stopped = await Promise.race([
      (async () => {
        await documents.close();
        events.close();
        await closeServer(server);
        return true;
      })(),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), SHUTDOWN_MS).unref()),
    ]);
    unlockFolder();
    if (!stopped) io.err(`argmap: stopped without waiting longer than ${SHUTDOWN_MS / 1000} s for the last clients; every acknowledged edit is in ${stateFolder}`);
    // A Redis connection or a client's socket must not keep the process (and the folder's lock) past Ctrl-C.
    setTimeout(() => process.exit(), 500).unref();
    return 0;
  },
};

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? 'is in use' : error.code === 'EACCES' ? 'is not allowed' : `cannot be used (${error.code ?? error.message})`;
      reject(new UsageError(`${host} port ${port} ${why}: pass --port N or --host ADDR for another`, 1));
    });
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

function redisUrl(text: string): URL {
  try {
    const url = new URL(text);
    if (url.protocol === 'redis:' || url.protocol === 'rediss:') return url;
  } catch {
    // Said below.
  }
  throw new UsageError(`--redis takes a redis:// URL, such as redis://127.0.0.1:6379, not "${text}"`);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
