import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { afterLoadDocumentPayload, afterStoreDocumentPayload, beforeUnloadDocumentPayload, Document, Extension, onLoadDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { writeFileAtomic } from '../atomic-write.js';
import { DiskTexts } from './disk-texts.js';
import { applyTextChange } from './text-diff.js';
import { UpdateJournal } from './update-journal.js';

/** The Y.Text each Markdown file lives in. */
export const TEXT_NAME = 'text';

/** A journal that has grown this much since the last store is replaced by the whole state. */
const JOURNAL_COMPACT_BYTES = 1024 * 1024;

export interface MarkdownFilesOptions {
  /** The map folder; document names are paths relative to it. */
  folder: string;
  stateFolder: string;
  /** How long the text must rest before it is written to disk, and the longest a write waits. */
  writeDelayMs?: number;
  maxWriteDelayMs?: number;
  /**
   * Other instances may hold the document live (`--redis`): a document this server has no state
   * for waits this long for theirs before it starts from the file (0: it starts at once).
   */
  peerWaitMs?: number;
  onError(message: string): void;
}

/**
 * Keeps each live document and its Markdown file the same: the document starts from the file,
 * edits are written back (debounced, atomically), and a file changed on disk flows into the
 * document as a small change. Runs after the SQLite extension loads a document, so that state
 * stored there (and in the document's journal) is kept when the file on disk is the server's own.
 */
export class MarkdownFiles implements Extension {
  readonly priority = 50;
  private readonly documents = new Map<string, Document>();
  private readonly journals = new Map<string, UpdateJournal>();
  private readonly timers = new Map<string, { rest: NodeJS.Timeout; deadline: NodeJS.Timeout }>();
  /** Documents that had no state here when loaded, waiting for another instance's (afterLoadDocument). */
  private readonly awaitingPeers = new Set<string>();
  private readonly diskTexts: DiskTexts;
  private readonly writeDelayMs: number;
  private readonly maxWriteDelayMs: number;

  constructor(private readonly options: MarkdownFilesOptions) {
    this.diskTexts = new DiskTexts(options.stateFolder);
    this.writeDelayMs = options.writeDelayMs ?? 400;
    this.maxWriteDelayMs = options.maxWriteDelayMs ?? 3000;
  }

  async onLoadDocument({ document, documentName, instance }: onLoadDocumentPayload): Promise<void> {
    const journal = new UpdateJournal(join(this.options.stateFolder, 'journal'), documentName);
    for (const update of journal.read()) Y.applyUpdate(document, update);
    this.journals.set(documentName, journal);
    this.documents.set(documentName, document);
    // From here on every change, the reconciliation below included, is in the journal before it is acknowledged.
    document.on('update', (update: Uint8Array) => {
      journal.append(update);
      // Edits relayed from other instances (--redis) are not stored here, so no store compacts the
      // journal after them: it is compacted once it has grown, lest it grow all session.
      if (journal.appendedBytes > JOURNAL_COMPACT_BYTES) journal.compact(Y.encodeStateAsUpdate(document));
      this.scheduleWrite(documentName);
    });
    if (document.store.clients.size === 0 && (this.options.peerWaitMs ?? 0) > 0) {
      this.awaitingPeers.add(documentName);
      // The Redis extension applies the other instances' answers only to documents in this map, which
      // Hocuspocus fills once loading is over (after the wait below): the document goes in now.
      instance.documents.set(documentName, document);
      return;
    }
    this.reconcile(document, documentName);
  }

  /**
   * Runs after the Redis extension has asked the other instances for the document. One that has it
   * live sends its state: that is what everyone sees, so this instance takes it and writes it over
   * its copy of the file (its copy may be an older commit; starting from it as well would merge
   * the two texts into one twice as long). Else the document starts from the file.
   */
  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    if (!this.awaitingPeers.delete(documentName)) return;
    const deadline = Date.now() + (this.options.peerWaitMs ?? 0);
    while (document.store.clients.size === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    if (document.store.clients.size === 0) return this.reconcile(document, documentName);
    // The file's text is accounted for (the live document replaces it): after a crash, before the
    // write-back, it must not count as someone's change to bring in over the document.
    const onDisk = this.read(documentName);
    if (onDisk !== undefined) this.diskTexts.remember(documentName, onDisk);
    this.scheduleWrite(documentName);
  }

  /** Brings the document and its file together when the document is loaded. */
  private reconcile(document: Document, documentName: string): void {
    const onDisk = this.read(documentName);
    if (onDisk === undefined) return;
    if (document.store.clients.size === 0) {
      seed(document, onDisk);
      this.diskTexts.remember(documentName, onDisk);
      return;
    }
    const text = document.getText(TEXT_NAME);
    if (text.toString() === onDisk) return;
    if (text.length > 0 && this.diskTexts.isOwn(documentName, onDisk)) {
      this.scheduleWrite(documentName);
      return;
    }
    applyTextChange(text, onDisk);
    this.diskTexts.remember(documentName, onDisk);
  }

  async afterStoreDocument({ document, documentName }: afterStoreDocumentPayload): Promise<void> {
    // SQLite now holds the state; the journal need only hold what came after, and the whole state is a safe superset.
    this.journals.get(documentName)?.compact(Y.encodeStateAsUpdate(document));
  }

  async beforeUnloadDocument({ documentName }: beforeUnloadDocumentPayload): Promise<void> {
    this.writeNow(documentName);
    this.documents.delete(documentName);
    this.journals.delete(documentName);
  }

  /** A file of the folder changed on disk: its new text flows into the live document, if one is open. */
  fileChanged(documentName: string): void {
    const document = this.documents.get(documentName);
    if (!document) return;
    const onDisk = this.read(documentName);
    if (onDisk === undefined || this.diskTexts.isOwn(documentName, onDisk)) return;
    const text = document.getText(TEXT_NAME);
    if (text.toString() === onDisk) return;
    this.diskTexts.remember(documentName, onDisk);
    applyTextChange(text, onDisk);
  }

  /** Writes every pending change to disk (on shutdown). */
  flush(): void {
    for (const name of [...this.timers.keys()]) this.writeNow(name);
  }

  private scheduleWrite(documentName: string): void {
    const pending = this.timers.get(documentName);
    if (pending) clearTimeout(pending.rest);
    const write = () => this.writeNow(documentName);
    this.timers.set(documentName, { rest: setTimeout(write, this.writeDelayMs), deadline: pending?.deadline ?? setTimeout(write, this.maxWriteDelayMs) });
  }

  private writeNow(documentName: string): void {
    const pending = this.timers.get(documentName);
    if (pending) {
      clearTimeout(pending.rest);
      clearTimeout(pending.deadline);
      this.timers.delete(documentName);
    }
    const document = this.documents.get(documentName);
    if (!document) return;
    const text = document.getText(TEXT_NAME).toString();
    if (this.read(documentName) === text) return;
    try {
      this.diskTexts.remember(documentName, text);
      writeFileAtomic(join(this.options.folder, documentName), text);
    } catch (error) {
      this.options.onError(`${documentName}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)}); the edits are kept in ${this.options.stateFolder}`);
    }
  }

  private read(documentName: string): string | undefined {
    try {
      return readFileSync(join(this.options.folder, documentName), 'utf8');
    } catch {
      return undefined;
    }
  }
}

/**
 * Starts an empty document from the file's text as if one fixed writer, named by the text's hash,
 * had typed it: servers that start from the same commit (behind a load balancer, `--redis`) then
 * make the very same first edit, which Yjs merges into one instead of doubling the text.
 */
function seed(document: Document, text: string): void {
  const writer = new Y.Doc();
  writer.clientID = createHash('sha256').update(text).digest().readUInt32BE(0) & 0x3fffffff;
  writer.getText(TEXT_NAME).insert(0, text);
  Y.applyUpdate(document, Y.encodeStateAsUpdate(writer));
  writer.destroy();
}
