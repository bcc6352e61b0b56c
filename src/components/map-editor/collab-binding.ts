import { HocuspocusProvider } from '@hocuspocus/provider';
import type { Extension } from '@codemirror/state';
import { yCollab } from 'y-codemirror.next';
import * as Y from 'yjs';
import type { MapFile } from '../../parse/parse-markdown.js';

/** The Y.Text each file lives in on the `argmap collab` server (`src/cli/collab/markdown-files.ts`). */
const TEXT_NAME = 'text';

/** Where the page stands with the shared map: `offline` keeps edits in the page until the server is back. */
export type CollabStatus = 'connecting' | 'connected' | 'offline' | 'refused';

/** Who the others see at this page's cursor. */
export interface Collaborator {
  name: string;
  color: string;
}

export interface CollabOptions {
  /** The server's WebSocket address, `ws(s)://host/collab`. */
  url: string;
  /** The token of the edit or view link. */
  token: string;
  /** The map's files: `file` as the page names it, `document` its path in the shared folder. */
  documents: readonly { file: string; document: string }[];
  user: Collaborator;
  /** Something changed: a text (anyone's edit), the status, or whether this page may write. */
  onChange(): void;
  /** Someone came, went, or moved their cursor. */
  onPresence(): void;
}

interface SharedFile {
  provider: HocuspocusProvider;
  text: Y.Text;
  undo: Y.UndoManager;
  synced: boolean;
  /** Connected and let in by the server: edits flow both ways. */
  live: boolean;
  /** The connection was lost, or failed, at least once. */
  lost: boolean;
}

/** How long a first connection may take before the page says the server cannot be reached. */
const PATIENCE_MS = 5000;

/**
 * The map's files as live documents on an `argmap collab` server, one Hocuspocus provider each.
 * The Y.Docs outlive the connection: edits made offline stay in them and merge when it returns.
 */
export class CollabSession {
  status: CollabStatus = 'connecting';
  /** The server let this page only read (a view link). */
  readOnly = false;
  private readonly files = new Map<string, SharedFile>();
  private patience: ReturnType<typeof setTimeout> | undefined = setTimeout(() => {
    this.patience = undefined;
    this.updateStatus();
  }, PATIENCE_MS);

  constructor(private readonly options: CollabOptions) {
    for (const { file, document } of options.documents) {
      const doc = new Y.Doc();
      const text = doc.getText(TEXT_NAME);
      const shared: SharedFile = { text, undo: new Y.UndoManager(text), synced: false, live: false, lost: false, provider: undefined! };
      // Before the provider, whose first status event comes while it is made.
      this.files.set(file, shared);
      shared.provider = new HocuspocusProvider({
        url: options.url,
        name: document,
        token: options.token,
        document: doc,
        onSynced: () => {
          shared.synced = true;
          this.changed();
        },
        onAuthenticated: ({ scope }) => {
          this.readOnly = scope === 'readonly';
          shared.live = true;
          this.updateStatus();
          this.changed();
        },
        onAuthenticationFailed: () => {
          this.status = 'refused';
          shared.provider.destroy();
          this.changed();
        },
        onStatus: ({ status }) => {
          if (status === 'connected') return;
          shared.live = false;
          shared.lost ||= status === 'disconnected';
          this.updateStatus();
        },
      });
      text.observe(() => this.options.onChange());
      shared.provider.awareness?.on('change', () => {
        tameOthers(shared.provider.awareness!.getStates());
        this.options.onPresence();
      });
    }
    this.setUser(options.user);
  }

  /** Whether `file` has had the server's text: before that, it is edited in the page alone. */
  synced(file: string): boolean {
    return this.files.get(file)?.synced ?? false;
  }

  text(file: string): string | undefined {
    const shared = this.files.get(file);
    return shared?.synced ? shared.text.toString() : undefined;
  }

  /** The files with the shared text of those that have it, `fallback`'s text for the rest. */
  mapFiles(fallback: readonly MapFile[]): MapFile[] {
    return fallback.map((f) => ({ name: f.name, text: this.text(f.name) ?? f.text }));
  }

  /** What binds a CodeMirror editor to `file`'s shared text, with the others' cursors and an undo of one's own edits. */
  binding(file: string): Extension | undefined {
    const shared = this.files.get(file);
    return shared?.synced ? yCollab(shared.text, shared.provider.awareness, { undoManager: shared.undo }) : undefined;
  }

  /** Edits the server has not acknowledged yet: closing the page now would lose them. */
  get unsynced(): boolean {
    return [...this.files.values()].some((f) => f.provider.hasUnsyncedChanges);
  }

  /** The names of the others on the map now, by their cursors, each once. */
  others(): string[] {
    const names = new Set<string>();
    for (const { provider } of this.files.values()) {
      const awareness = provider.awareness;
      if (!awareness) continue;
      for (const [client, state] of awareness.getStates()) {
        const name = (state.user as { name?: unknown } | undefined)?.name;
        if (client !== awareness.clientID && typeof name === 'string') names.add(name);
      }
    }
    return [...names];
  }

  get user(): Collaborator {
    return this.options.user;
  }

  setUser(user: Collaborator): void {
    this.options.user = user;
    for (const { provider } of this.files.values()) {
      provider.awareness?.setLocalStateField('user', { name: user.name, color: user.color, colorLight: `${user.color}33` });
    }
  }

  destroy(): void {
    clearTimeout(this.patience);
    for (const { provider } of this.files.values()) provider.destroy();
    this.files.clear();
  }

  /** `offline` once a connection was lost, failed, or took too long, until every file is live again. */
  private updateStatus(): void {
    if (this.status === 'refused') return;
    const files = [...this.files.values()];
    const next: CollabStatus = files.length > 0 && files.every((f) => f.live) ? 'connected'
      : this.patience === undefined || files.some((f) => f.lost) || this.status !== 'connecting' ? 'offline' : 'connecting';
    if (next === 'connected') clearTimeout(this.patience);
    if (next !== this.status) {
      this.status = next;
      this.changed();
    }
  }

  private changed(): void {
    this.options.onChange();
  }
}

/**
 * Others' names and colours come from their pages, and the cursor widget writes the colour into a
 * style attribute: anything but a plain `#rrggbb` colour and a short name is replaced before it is drawn.
 */
function tameOthers(states: Map<number, Record<string, unknown>>): void {
  for (const state of states.values()) {
    const user = state.user as { name?: unknown; color?: unknown; colorLight?: unknown } | undefined;
    if (!user || typeof user !== 'object') continue;
    const color = typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#888888';
    state.user = { name: typeof user.name === 'string' ? user.name.slice(0, 40) : 'Anonymous', color, colorLight: `${color}33` };
  }
}
