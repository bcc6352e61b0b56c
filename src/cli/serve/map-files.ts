import { relative } from 'node:path';
import { readMapFiles } from '../read-inputs.js';

/**
 * The map files of a folder, by `/`-separated path relative to it, read once and kept until
 * `invalidate` (called when the folder changes), so that requests do not read the folder again.
 */
export class MapFiles {
  private files: Map<string, string> | undefined;

  constructor(private readonly folder: string) {}

  get(): ReadonlyMap<string, string> {
    if (this.files) return this.files;
    const files = this.read();
    // A failed read is not kept: it may have met the folder mid-change (a file written back, a
    // checkout), and the next request should look again rather than find no files until the next change.
    if (files) this.files = files;
    return files ?? new Map();
  }

  invalidate(): void {
    this.files = undefined;
  }

  private read(): Map<string, string> | undefined {
    try {
      return new Map(readMapFiles([this.folder]).map((file) => [relative(this.folder, file.name).split('\\').join('/'), file.text]));
    } catch {
      // An unreadable or empty folder: the terminal says why; the page finds no files.
      return undefined;
    }
  }
}
