import { statSync } from 'node:fs';
import type { Server } from 'node:http';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, hasErrors } from '../../model/diagnostic.js';
import { explorerBundle } from '../explorer-bundle.js';
import { explorerPage } from '../explorer-page.js';
import { type Command, type Io, summarize } from '../io.js';
import { readMap, UsageError } from '../read-inputs.js';
import { BackgroundCheck } from '../serve/background-check.js';
import type { FolderCheck } from '../serve/check-folder.js';
import { EventStream } from '../serve/event-stream.js';
import { MapFiles } from '../serve/map-files.js';
import { createPreviewServer, EVENTS, MAP_INDEX } from '../serve/preview-server.js';
import { closeServer, untilStopped } from '../serve/until-stopped.js';
import { watchFolders } from '../serve/watch-folders.js';
import { sourcesFolder } from '../sources-folder.js';

export const serve: Command = {
  usage: 'serve [DIR] [--port N] [--sources DIR]',
  summary: 'preview the map folder in the explorer at http://127.0.0.1:N/, reloaded on every save',
  help: {
    description: 'Previews the map folder in the explorer on http://127.0.0.1:N/ and reloads the page on every save, with the check\'s report in the terminal. Stop it with Ctrl-C.',
    options: { '--port N': 'the port to listen on (default 8000; 0 picks a free one)', '--sources DIR': 'the folder of source texts (default: sources/ beside the map)' },
    examples: ['argmap serve', 'argmap serve my-debate --port 8080'],
  },
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { port: { type: 'string', default: '8000' }, sources: { type: 'string' } },
    });
    if (positionals.length > 1) throw new UsageError('serve shows one map folder: argmap serve [DIR]');
    const folder = positionals[0] ?? 'arguments/';
    if (!isFolder(folder)) throw new UsageError(`${folder}: no such folder (serve takes the folder of a map)`, 1);
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port is a port number, not "${values.port}"`);
    const sources = sourcesFolder([folder], values.sources);
    // Parsing is quick and fails the start on a folder that cannot be read; quotes are verified later.
    const { map } = await readMap([folder]);

    const events = new EventStream();
    const page = explorerPage({
      title: `${map.threads[0]?.title ?? 'argument map'} · preview`,
      mapSrc: MAP_INDEX,
      sourcesBase: sources === undefined ? undefined : 'sources/',
      liveReload: EVENTS,
    });
    const mapFiles = new MapFiles(folder);
    const server = createPreviewServer({ mapFiles, sourcesFolder: sources, bundle: await explorerBundle(), page, events });
    const url = await listen(server, port);
    // The check (quotes verified against long sources can take seconds) runs on its own thread.
    let changed: string[] | undefined;
    const check = new BackgroundCheck(folder, sources, (result) => {
      report(result, folder, io, changed);
      // For a page that wants it; the page finds the map's errors itself.
      events.send('check', 'failure' in result ? { failure: result.failure } : { summary: summarize(result.diagnostics) });
    });
    // sources/ inside the map folder is watched with it.
    const watched = sources === undefined || !relative(folder, sources).startsWith('..') ? [folder] : [folder, sources];
    const stopWatching = watchFolders(watched, (files) => {
      mapFiles.invalidate();
      events.send('change', { files: files.map((f) => relative(folder, f)) });
      changed = files;
      check.start();
    }, (message) => io.err(`argmap: ${message}`));
    io.out(`serving ${folder} at ${url} — the page reloads when a file is saved; Ctrl-C stops`);
    check.start();

    await untilStopped();
    stopWatching();
    await check.stop();
    events.close();
    await closeServer(server);
    return 0;
  },
};

function listen(server: Server, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? 'is in use' : error.code === 'EACCES' ? 'is not allowed' : `cannot be used (${error.code ?? error.message})`;
      reject(new UsageError(`port ${port} ${why}: pass --port N for another`, 1));
    });
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`);
    });
  });
}

/** Prints what `argmap check` would say of the map (after a change: which files changed). */
function report(result: FolderCheck, folder: string, io: Io, changed: string[] | undefined): void {
  const when = changed ? `${new Date().toLocaleTimeString()} ${changed.map((f) => relative(folder, f) || f).join(', ')} changed: ` : '';
  if ('failure' in result) {
    io.out(`${when}argmap: ${result.failure}`);
    return;
  }
  const { diagnostics } = result;
  io.out(`${when}${summarize(diagnostics)}${hasErrors(diagnostics) ? ' (shown in the page)' : ''}`);
  for (const d of diagnostics) if (d.severity === 'error') io.out(formatDiagnostic(d));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
