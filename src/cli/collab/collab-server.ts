import type { IncomingMessage, Server } from 'node:http';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { Hocuspocus, type onAuthenticatePayload } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import { WebSocketServer } from 'ws';
import { type Access, accessOf, type Invites } from './invites.js';
import { MarkdownFiles } from './markdown-files.js';
import { sharedInvites } from './shared-invites.js';
import { SqliteStore } from './sqlite-store.js';

/** The WebSocket path the editors connect to; each Markdown file is a document named by its path in the folder. */
export const COLLAB_PATH = '/collab';

/** How long a document waits for another instance's state (a Redis round trip) before it starts from its file. */
const PEER_WAIT_MS = 2000;

export interface CollabOptions {
  folder: string;
  stateFolder: string;
  invites: Invites;
  /** The map files a document may be: a name outside this list is refused, so no path leads out of the folder. */
  isMapFile(documentName: string): boolean;
  /** Accept connections whatever their Host header says (`--host`); else only localhost. */
  anyHost: boolean;
  /** A Redis server (`redis://[user:password@]host:port[/db]`) through which several instances share the documents. */
  redis?: URL;
  onError(message: string): void;
}

/** Live documents for the folder's Markdown files on `server`: Hocuspocus behind a token check. */
export class CollabDocuments {
  readonly files: MarkdownFiles;
  private readonly hocuspocus: Hocuspocus;
  private readonly sockets = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 });
  private readonly redis: Redis | undefined;
  private invites: Invites;

  constructor(server: Server, private readonly options: CollabOptions) {
    this.invites = options.invites;
    // With Redis, a document another instance holds live comes from there, not from this copy of the file.
    this.files = new MarkdownFiles({ folder: options.folder, stateFolder: options.stateFolder, peerWaitMs: options.redis ? PEER_WAIT_MS : 0, onError: options.onError });
    this.redis = options.redis ? redisExtension(options.redis, options.onError) : undefined;
    this.hocuspocus = new Hocuspocus({
      quiet: true,
      debounce: 2000,
      maxDebounce: 10000,
      extensions: [
        new SqliteStore(join(options.stateFolder, 'documents.sqlite')),
        this.files,
        ...(this.redis ? [this.redis] : []),
      ],
      onAuthenticate: async (data) => this.authenticate(data),
    });
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => this.upgrade(request, socket, head));
  }

  /**
   * The invites this server accepts: its folder's, or with Redis those all instances agree on
   * (see `sharedInvites`); undefined when Redis cannot be reached.
   */
  async agreeOnInvites(rotate: boolean): Promise<Invites | undefined> {
    if (!this.redis) return this.invites;
    const shared = await sharedInvites(this.redis.pub, this.options.stateFolder, this.invites, rotate);
    if (shared) this.invites = shared;
    return shared;
  }

  private upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== COLLAB_PATH || (!this.options.anyHost && !isLocalHost(request))) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    this.sockets.handleUpgrade(request, socket, head, (incoming) => {
      incoming.on('error', () => incoming.terminate());
      this.hocuspocus.handleConnection(incoming, request);
    });
  }

  /** Every connection needs an invite: the edit token writes, the view token only reads (enforced here, not in the page). */
  private async authenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<{ access: Access }> {
    const access = accessOf(this.invites, token);
    if (!access) throw new Error('no invite: ask for the edit or view link');
    if (!this.options.isMapFile(documentName)) throw new Error(`${documentName}: not a file of this map`);
    if (access === 'view') connectionConfig.readOnly = true;
    return { access };
  }

  /**
   * Writes pending edits to disk, closes every connection and waits (a few seconds at most) for
   * the documents to be stored and unloaded. The journal holds every acknowledged edit whatever
   * this manages before the process ends.
   */
  async close(): Promise<void> {
    this.files.flush();
    this.hocuspocus.closeConnections();
    for (const client of this.sockets.clients) client.terminate();
    const deadline = Date.now() + 3000;
    while (this.hocuspocus.documents.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    this.files.flush();
    await this.hocuspocus.hooks('onDestroy', { instance: this.hocuspocus });
    await new Promise((resolve) => this.sockets.close(resolve));
  }
}

function isLocalHost(request: IncomingMessage): boolean {
  const host = /^(127\.0\.0\.1|localhost|\[::1\])(?::(\d+))?$/i.exec(request.headers.host ?? '');
  return host !== null && Number(host[2] ?? 80) === request.socket.localPort;
}

/**
 * Hocuspocus's Redis extension: updates and cursors reach every instance. Its store lock (one
 * instance at a time stores a document, in a database they share) is left out: here each instance
 * keeps its own copy of the folder and its own store, and stores every document itself (else its
 * journal would only grow).
 */
class RedisRelay extends Redis {
  override async onStoreDocument(): Promise<void> {}
  override async afterStoreDocument(): Promise<void> {}
}

/** The Redis relay on `url` (`redis://[user:password@]host:port[/db]`, `rediss://` for TLS). */
function redisExtension(url: URL, onError: (message: string) => void): Redis {
  const db = Number(url.pathname.slice(1) || 0);
  const relay = new RedisRelay({
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: Number(url.port || 6379),
    options: {
      username: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      db: Number.isInteger(db) ? db : 0,
      tls: url.protocol === 'rediss:' ? {} : undefined,
    },
  });
  // The client reconnects by itself: say once that Redis is away, and when it is back.
  let away = false;
  relay.pub.on('error', (error: NodeJS.ErrnoException) => {
    if (!away) onError(`Redis at ${url.host}: ${error.code ?? error.message}; edits reach only this instance's clients until it is back`);
    away = true;
  });
  relay.pub.on('ready', () => {
    if (away) onError(`Redis at ${url.host}: connected again`);
    away = false;
  });
  relay.sub.on('error', () => {
    // The same trouble as pub's, said there.
  });
  return relay;
}
