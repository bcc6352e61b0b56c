import { statSync } from 'node:fs';
import type { Server } from 'node:http';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { addDiagnostics, formatDiagnostic, hasErrors } from '../../model/diagnostic.js';
import type { ArgumentMap } from '../../model/types.js';
import { sortDiagnostics } from '../../parse/parse-map.js';
import { verifyQuotes } from '../../verify/verify-quotes.js';
import { explorerBundle } from '../explorer-bundle.js';
import { explorerPage } from '../explorer-page.js';
import { type Command, type Io, summarize } from '../io.js';
import { readMap, readSourceTexts, UsageError } from '../read-inputs.js';
import { EventStream } from '../serve/event-stream.js';
import { createPreviewServer, EVENTS, MAP_INDEX } from '../serve/preview-server.js';
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
    const map = await report(folder, sources, io);

    const events = new EventStream();
    const page = explorerPage({
      title: `${map?.threads[0]?.title ?? 'argument map'} · preview`,
      mapSrc: MAP_INDEX,
      sourcesBase: sources === undefined ? undefined : 'sources/',
      liveReload: EVENTS,
    });
    const server = createPreviewServer({ mapFolder: folder, sourcesFolder: sources, bundle: await explorerBundle(), page, events });
    const url = await listen(server, port);
    // sources/ inside the map folder is watched with it.
    const watched = sources === undefined || !relative(folder, sources).startsWith('..') ? [folder] : [folder, sources];
    const stopWatching = watchFolders(watched, (files) => {
      events.send('change', { files: files.map((f) => relative(folder, f)) });
      void report(folder, sources, io, files);
    }, (message) => io.err(`argmap: ${message}`));
    io.out(`serving ${folder} at ${url} — the page reloads when a file is saved; Ctrl-C stops`);

    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    stopWatching();
    events.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
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

/**
 * Checks the map as `argmap check` does and prints what is wrong, so the terminal shows it too.
 * A folder that cannot be read fails the start; after a change, it is only reported.
 */
async function report(folder: string, sources: string | undefined, io: Io, changed?: string[]): Promise<ArgumentMap | undefined> {
  try {
    const result = await readMap([folder]);
    if (sources !== undefined) addDiagnostics(result.diagnostics, verifyQuotes(result.map, readSourceTexts(sources)));
    sortDiagnostics(result.diagnostics);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const when = changed ? `${new Date().toLocaleTimeString()} ${changed.map((f) => relative(folder, f) || f).join(', ')} changed: ` : '';
    io.out(`${when}${summarize(result.diagnostics)}${hasErrors(result.diagnostics) ? ' (shown in the page)' : ''}`);
    for (const d of errors) io.out(formatDiagnostic(d));
    return result.map;
  } catch (error) {
    if (changed && error instanceof UsageError) {
      io.out(`argmap: ${error.message}`);
      return undefined;
    }
    throw error;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
