import { closeSync, fsyncSync, linkSync, openSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `data` to `path` so that the file is, at every moment, either the old one or the
 * complete new one: a temporary file in the same folder, flushed, then renamed over it. A link
 * is written through to its target; an existing file keeps its permissions. With `replace: false`
 * an existing file is never touched (EEXIST). Throws the file system's error; no temporary file
 * stays behind.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, { replace = true } = {}): void {
  const target = realpathOr(path);
  const existing = statSync(target, { throwIfNoEntry: false });
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
  try {
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (replace) renameSync(temp, target);
    else publishNew(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Puts `temp` at `target` only if nothing is there: a hard link fails when the name is taken. */
function publishNew(temp: string, target: string): void {
  try {
    linkSync(temp, target);
    unlinkSync(temp);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // File systems without hard links: check, then rename (a narrow race, on such systems only).
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    if (statSync(target, { throwIfNoEntry: false })) throw Object.assign(new Error(`${target} exists`), { code: 'EEXIST' });
    renameSync(temp, target);
  }
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** A size as people read it: `812 B`, `12 kB`, `3.4 MB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
