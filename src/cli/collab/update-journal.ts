import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomic-write.js';

/**
 * A document's write-ahead log: every update is appended (synchronously, before the server
 * acknowledges it) so that a killed server loses no acknowledged edit, though the SQLite store
 * runs only every few seconds. Each entry is a 4-byte length and the update; a torn last entry
 * (the process died mid-write) is skipped. After a store, the log is replaced by the whole state.
 */
export class UpdateJournal {
  private readonly file: string;
  /** Bytes appended since the log was last replaced by a whole state. */
  appendedBytes = 0;

  constructor(folder: string, documentName: string) {
    mkdirSync(folder, { recursive: true });
    this.file = join(folder, `${createHash('sha256').update(documentName).digest('hex').slice(0, 32)}.log`);
  }

  /** The updates in the log, oldest first. */
  read(): Uint8Array[] {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.file);
    } catch {
      return [];
    }
    const updates: Uint8Array[] = [];
    for (let at = 0; at + 4 <= bytes.length; ) {
      const length = bytes.readUInt32BE(at);
      if (at + 4 + length > bytes.length) break;
      updates.push(bytes.subarray(at + 4, at + 4 + length));
      at += 4 + length;
    }
    return updates;
  }

  append(update: Uint8Array): void {
    appendFileSync(this.file, entry(update));
    this.appendedBytes += 4 + update.length;
  }

  /** Replaces the log by one entry holding the whole state. */
  compact(state: Uint8Array): void {
    writeFileAtomic(this.file, entry(state));
    this.appendedBytes = 0;
  }
}

function entry(update: Uint8Array): Buffer {
  const bytes = Buffer.alloc(4 + update.length);
  bytes.writeUInt32BE(update.length, 0);
  bytes.set(update, 4);
  return bytes;
}
