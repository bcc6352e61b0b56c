import { writeSync } from 'node:fs';
import { main } from './main.js';

/**
 * Writes `text` to a file descriptor at once. `process.stdout.write` to a pipe queues what the
 * reader has not taken yet, so a million diagnostics piped to `less` were held in memory twice.
 */
function writeNow(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let written = 0; written < bytes.length;) {
    try {
      written += writeSync(fd, bytes, written);
    } catch (error) {
      // A non-blocking pipe that is full: try again once the reader has taken some.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => writeNow(1, `${text}\n`),
  err: (text) => writeNow(2, `${text}\n`),
  columns: process.stdout.columns,
});
