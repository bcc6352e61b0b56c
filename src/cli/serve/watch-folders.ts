import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

/**
 * Calls `onChange` with the changed files (relative to their watched folder) once saving has
 * settled: editors write a file in several steps (truncate, write, rename), each an event.
 * Returns the function that stops watching.
 */
export function watchFolders(folders: readonly string[], onChange: (files: string[]) => void, onError: (message: string) => void, settleMs = 60): () => void {
  let changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const watchers: FSWatcher[] = folders.map((folder) => {
    const watcher = watch(folder, { recursive: true }, (_event, name) => {
      changed.add(name ? join(folder, name.toString()) : folder);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const files = [...changed];
        changed = new Set();
        onChange(files);
      }, settleMs);
    });
    watcher.on('error', (error) => onError(`${folder}: no longer watched (${(error as NodeJS.ErrnoException).code ?? error.message})`));
    return watcher;
  });
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}
