// The thread `argmap serve` checks the map on, so that verifying quotes against long sources
// never holds up a page request. Bundled as dist/cli/check-worker.js.
import { parentPort, workerData } from 'node:worker_threads';
import { checkFolder } from './check-folder.js';

const { folder, sources } = workerData as { folder: string; sources: string | undefined };
parentPort?.postMessage(await checkFolder(folder, sources));
