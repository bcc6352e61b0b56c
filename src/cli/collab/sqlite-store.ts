import { SQLite, upsertQuery } from '@hocuspocus/extension-sqlite';
import type { storePayload } from '@hocuspocus/server';

/**
 * Hocuspocus's SQLite extension with its writes made dependable: the table exists before the first
 * document is read, the states are written one after another in the order they were taken (an
 * older state never lands over a newer one), a store is finished when its hook returns, and
 * shutdown waits for the last write before closing the file. The stock extension fires its
 * writes without waiting for them.
 */
export class SqliteStore extends SQLite {
  private writes: Promise<unknown> = Promise.resolve();

  constructor(database: string) {
    super({ database });
    this.configuration.store = (payload) => this.write(payload);
  }

  override async onConfigure(): Promise<void> {
    await super.onConfigure();
    const db = this.db;
    if (!db) return;
    db.serialize();
    await new Promise<void>((resolve, reject) => db.exec(this.configuration.schema, (error) => (error ? reject(error) : resolve())));
  }

  async onDestroy(): Promise<void> {
    await this.writes.catch(() => undefined);
    const db = this.db;
    this.db = undefined;
    await new Promise<void>((resolve) => (db ? db.close(() => resolve()) : resolve()));
  }

  private write({ documentName, state }: storePayload): Promise<void> {
    const written = this.writes.catch(() => undefined).then(
      () =>
        new Promise<void>((resolve, reject) => {
          if (!this.db) return reject(new Error('the document store is closed'));
          this.db.run(upsertQuery, { $name: documentName, $data: state }, (error) => (error ? reject(error) : resolve()));
        }),
    );
    this.writes = written;
    return written;
  }
}
