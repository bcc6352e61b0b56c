import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomic-write.js';

const KEPT = 4;

/**
 * The last few texts the server wrote to each Markdown file, by hash, kept in the state folder.
 * A file on disk that is one of them is the server's own work (the live document may be ahead of
 * it); any other text came from outside (an editor, a `git pull`) and flows into the document.
 * A hash is recorded before the file is written, so a crash between the two still finds it.
 */
export class DiskTexts {
  private readonly file: string;
  private readonly written: Map<string, string[]>;

  constructor(stateFolder: string) {
    this.file = join(stateFolder, 'written.json');
    this.written = new Map(Object.entries(readRecord(this.file)));
  }

  isOwn(documentName: string, text: string): boolean {
    return this.written.get(documentName)?.includes(hash(text)) ?? false;
  }

  remember(documentName: string, text: string): void {
    const digest = hash(text);
    const hashes = (this.written.get(documentName) ?? []).filter((h) => h !== digest);
    this.written.set(documentName, [digest, ...hashes].slice(0, KEPT));
    writeFileAtomic(this.file, `${JSON.stringify(Object.fromEntries(this.written))}\n`);
  }
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function readRecord(file: string): Record<string, string[]> {
  const record: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return record;
    for (const [name, hashes] of Object.entries(parsed)) {
      if (Array.isArray(hashes)) record[name] = hashes.filter((h): h is string => typeof h === 'string');
    }
  } catch {
    // No record yet, or an unreadable one: every file on disk counts as from outside.
  }
  return record;
}
