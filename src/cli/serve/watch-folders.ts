import { type FSWatcher, readdirSync, statSync, watch } from 'node:fs';
import { join } from 'node:path';

/**
 * Calls `onChange` with the changed files (under their watched folder) once saving has settled:
 * editors write a file in several steps (truncate, write, rename), each an event.
 * Each folder gets its own non-recursive watch, its subfolders too (a new one as it appears):
 * Node's recursive watch on Linux missed files put in place by a rename, which is how an atomic
 * write (ours, an editor's, git's) saves. Hidden folders (`.git`, `.argmap-collab`) are not watched.
 * Returns the function that stops watching.
 */
export function watchFolders(folders: readonly string[], onChange: (files: string[]) => void, onError: (message: string) => void, settleMs = 60): () => void {
  const watchers = new Map<string, FSWatcher>();
  let changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  const settled = () => {
    const files = [...changed];
    changed = new Set();
    // A folder removed since: its watch has nothing left to see.
    for (const [folder, watcher] of watchers) {
      if (!folders.includes(folder) && !isFolder(folder)) {
        watcher.close();
        watchers.delete(folder);
      }
    }
    onChange(files);
  };

  const watchTree = (folder: string, root: boolean) => {
    if (watchers.has(folder)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, (_event, name) => {
        const path = name ? join(folder, name.toString()) : folder;
        changed.add(path);
        if (name && !name.toString().startsWith('.') && isFolder(path)) watchTree(path, false);
        clearTimeout(timer);
        timer = setTimeout(settled, settleMs);
      });
    } catch (error) {
      if (root) onError(`${folder}: not watched (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      return;
    }
    watcher.on('error', (error) => {
      watcher.close();
      watchers.delete(folder);
      if (root) onError(`${folder}: no longer watched (${(error as NodeJS.ErrnoException).code ?? error.message})`);
    });
    watchers.set(folder, watcher);
    let entries: string[] = [];
    try {
      entries = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name);
    } catch {
      // Gone already: the parent's watch reports it.
    }
    for (const name of entries) watchTree(join(folder, name), false);
  };

  for (const folder of folders) watchTree(folder, true);
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
