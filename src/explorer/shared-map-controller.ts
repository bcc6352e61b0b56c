import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CollabSession } from '../components/map-editor/collab-binding.js';
import { fetchMapFiles } from '../load/fetch-map.js';
import type { MapFile } from '../parse/parse-markdown.js';
import { collabServerUrl, documentNames } from './collab-link.js';

/** Edits pause this long before the map is read again. */
const PAUSE_MS = 300;

export interface SharedMapOptions {
  /** The map's index as `argmap collab` serves it. */
  src(): string;
  /** The map's files are loaded (their text as saved), or could not be. */
  onFiles(result: { files?: MapFile[]; error?: string }): void;
  /** Someone's edits have paused: read the map again. */
  onTexts(): void;
}

/**
 * The page's part in a map shared by `argmap collab`: joins it with the link's token (one live
 * document per file, Yjs and the provider loaded only then), tells the page when texts change,
 * and leaves when the page goes. `revision` counts the session's changes for those who render it.
 */
export class SharedMapController implements ReactiveController {
  session: CollabSession | null = null;
  revision = 0;
  private joined = false;
  private pause: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: SharedMapOptions) {
    host.addController(this);
  }

  /** Edits made offline live only in this page until the server has them: leaving asks first. */
  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (this.session?.unsynced) event.preventDefault();
  };

  hostConnected(): void {
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  get started(): boolean {
    return this.joined;
  }

  async join(token: string): Promise<void> {
    this.joined = true;
    try {
      const src = this.options.src();
      const [{ files }, documents, { CollabSession }, { thisCollaborator }] = await Promise.all([
        fetchMapFiles(src),
        // Without an index (one file), each file is the document of its name.
        fetch(new URL(src, document.baseURI)).then((r) => r.json() as Promise<unknown>).then(documentNames, () => new Map<string, string>()),
        import('../components/map-editor/collab-binding.js'),
        import('../components/map-editor/collaborator.js'),
      ]);
      this.options.onFiles({ files });
      if (!this.host.isConnected || !this.joined) return;
      this.session = new CollabSession({
        url: collabServerUrl(document.baseURI),
        token,
        documents: files.map((f) => ({ file: f.name, document: documents.get(f.name) ?? f.name })),
        user: thisCollaborator(),
        onPresence: () => {
          this.revision++;
          this.host.requestUpdate();
        },
        onChange: () => {
          this.revision++;
          this.host.requestUpdate();
          clearTimeout(this.pause);
          this.pause = setTimeout(() => this.options.onTexts(), PAUSE_MS);
        },
      });
    } catch (error) {
      this.options.onFiles({ error: `could not join the shared map: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  /** `files` with the shared text of those the session has, and `edits` (made in the page alone) over both. */
  files(files: readonly MapFile[], edits: ReadonlyMap<string, string>): MapFile[] {
    const shared = this.session?.mapFiles(files) ?? files;
    return shared.map((f) => ({ name: f.name, text: edits.get(f.name) ?? f.text }));
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    clearTimeout(this.pause);
    this.session?.destroy();
    this.session = null;
    this.joined = false;
  }
}
