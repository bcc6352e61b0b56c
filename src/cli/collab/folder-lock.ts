import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomic-write.js';
import { UsageError } from '../read-inputs.js';

interface Holder {
  pid: number;
  host: string;
}

/**
 * Makes this process the only `argmap collab` serving a folder: it alone writes the Markdown files
 * back and keeps the folder's journal and SQLite file. A second server on the same folder would
 * write the files over each other's changes and, reading the other's write-backs as someone's
 * `git pull`, undo them; it is refused. Several servers share a map through `--redis`, each with its
 * own copy of the folder. A lock left by a server that died (same machine, process gone) is taken over.
 * Returns the function that releases the lock.
 */
export function lockFolder(folder: string, stateFolder: string): () => void {
  mkdirSync(stateFolder, { recursive: true, mode: 0o700 });
  const file = join(stateFolder, 'server.lock');
  const me: Holder = { pid: process.pid, host: hostname() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // Whole or not there (a link of a complete file): a second server never reads a half-written lock.
      writeFileAtomic(file, `${JSON.stringify(me)}\n`, { replace: false });
      return () => {
        if (sameHolder(readHolder(file), me)) rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (holder && (holder.host !== me.host || isAlive(holder.pid))) {
      throw new UsageError(
        `${folder} is already shared by argmap collab (process ${holder.pid} on ${holder.host}): stop that one first. ` +
          `Several servers share one map with --redis URL, each on its own copy (clone) of the folder. ` +
          `If no server runs any more, delete ${file}.`,
        1,
      );
    }
    // A lock whose holder is gone (killed), or unreadable: take it over.
    rmSync(file, { force: true });
  }
  throw new UsageError(`${folder}: cannot take ${file} (another server is starting on it?)`, 1);
}

function readHolder(file: string): Holder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string' ? { pid: parsed.pid, host: parsed.host } : undefined;
  } catch {
    return undefined;
  }
}

function sameHolder(a: Holder | undefined, b: Holder): boolean {
  return a !== undefined && a.pid === b.pid && a.host === b.host;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
