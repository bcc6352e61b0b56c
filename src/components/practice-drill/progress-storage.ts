/** The part of `Storage` a drill uses. */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The page's `localStorage`, or null where reading it throws (storage blocked, a sandboxed frame). */
export function pageStorage(): ProgressStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Reads a value, or null when the store cannot be read. */
export function readStored(storage: ProgressStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * Writes a value, and says whether it was kept: a full or blocked store loses only the ability to
 * resume after a reload, never the drill on screen.
 */
export function writeStored(storage: ProgressStorage | null, key: string, value: string | null): boolean {
  if (!storage) return false;
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
