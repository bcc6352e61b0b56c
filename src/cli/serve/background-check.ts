import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../package-root.js';
import { checkFolder, type FolderCheck } from './check-folder.js';

/**
 * Checks the map folder off the thread that answers requests, one check at a time: a new
 * `start` drops the check still running, whose answer would be stale.
 */
export class BackgroundCheck {
  private worker: Worker | undefined;
  private generation = 0;
  private readonly script = join(packageRoot(), 'dist/cli/check-worker.js');

  constructor(
    private readonly folder: string,
    private readonly sources: string | undefined,
    private readonly onResult: (check: FolderCheck) => void,
  ) {}

  start(): void {
    const generation = ++this.generation;
    void this.worker?.terminate();
    this.worker = undefined;
    const deliver = (check: FolderCheck) => {
      if (generation === this.generation) this.onResult(check);
    };
    if (!existsSync(this.script)) {
      // Not built as a separate file (run from sources): check after the current requests.
      setImmediate(() => void checkFolder(this.folder, this.sources).then(deliver));
      return;
    }
    const worker = new Worker(this.script, { workerData: { folder: this.folder, sources: this.sources } });
    this.worker = worker;
    worker.once('message', (check: FolderCheck) => deliver(check));
    worker.once('error', (error) => deliver({ failure: `the map could not be checked (${error.message})` }));
    worker.once('exit', () => {
      if (this.worker === worker) this.worker = undefined;
    });
  }

  async stop(): Promise<void> {
    this.generation++;
    await this.worker?.terminate();
  }
}
