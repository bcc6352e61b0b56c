import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapEditEvent } from '../components/map-editor/map-editor.js';
import { exportMap } from '../interop/export-map.js';
import { readMapTexts } from '../interop/read-any.js';
import { fetchMapFiles } from '../load/fetch-map.js';
import { hasErrors, withExcerpts, type Diagnostic } from '../model/diagnostic.js';
import type { ArgumentMap } from '../model/types.js';
import type { MapFile } from '../parse/parse-markdown.js';
import type { LoadedMap } from '../state/map-state.js';
import type { ExplorerSettings } from './url-state.js';
import { SharedMapController } from './shared-map-controller.js';

export interface MapEditingOptions {
  /** Where the map is read from. */
  src(): string;
  settings(): ExplorerSettings;
  /** The map as the element last loaded it, or null. */
  loaded(): LoadedMap | null;
  /** Whether the element has loaded the map or failed to: only then are its files fetched. */
  settled(): boolean;
  /** Shows a map read from the edited texts. */
  show(map: ArgumentMap): void;
}

/** The map's files for the edit tool, the edits made in this page, or why the files could not be loaded. */
export interface EditedFiles {
  files?: MapFile[];
  edits?: ReadonlyMap<string, string>;
  error?: string;
}

/**
 * The explorer's editing session: loads the map's files when the Edit tool first opens (or joins
 * the map shared live), reads each edit again and shows the map when it reads without errors,
 * and keeps the diagnostics the editor shows.
 */
export class MapEditingController implements ReactiveController {
  /** The files being edited, loaded when the editor first opens; null until then. */
  editing: EditedFiles | null = null;
  diagnostics: Diagnostic[] = [];
  /** The map shared live (`argmap collab`, a `collab=` token in the URL): everyone's edits re-read the map, the editor open or not. */
  readonly shared: SharedMapController;
  /** The map last read from the editor: its diagnostics came with it, fuller than the element's. */
  private editedMap: ArgumentMap | null = null;
  /** Counts edits, so that a slow read of an older edit does not replace a newer one. */
  private generation = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: MapEditingOptions) {
    host.addController(this);
    this.shared = new SharedMapController(host, {
      src: options.src,
      onFiles: (result) => this.set(result),
      onTexts: () => void this.readEdited(this.shared.files(this.editing?.files ?? [], this.editing?.edits ?? new Map())),
    });
  }

  hostUpdate(): void {
    const s = this.options.settings();
    const settled = this.options.settled();
    if (s.collab && !this.shared.started && settled) {
      this.set({});
      void this.shared.join(s.collab);
    }
    // After the map has loaded (or failed), so that a built map can be offered as Markdown.
    else if (s.tool === 'edit' && !this.editing && !s.collab && settled) void this.load();
  }

  /** The element loaded a map: its diagnostics are shown unless the map came from the editor, whose own are fuller. */
  mapLoaded(map: ArgumentMap, diagnostics: Diagnostic[]): void {
    if (map !== this.editedMap) this.setDiagnostics(diagnostics);
  }

  mapFailed(diagnostics: Diagnostic[]): void {
    this.setDiagnostics(diagnostics);
  }

  readonly onMapEdit = async (event: MapEditEvent): Promise<void> => {
    const { files, edits } = event.detail;
    this.set({ ...this.editing, edits });
    await this.readEdited(this.shared.session ? this.shared.files(this.editing?.files ?? files, edits) : files);
  };

  private async load(): Promise<void> {
    this.set({});
    try {
      const { files } = await fetchMapFiles(this.options.src());
      // A built map (JSON, as `argmap site` serves) is edited as the Markdown it was written in.
      const loaded = this.options.loaded();
      const built = files.length === 1 && /\.json$/i.test(files[0].name) && loaded;
      const markdown = built ? exportMap(loaded.map, 'markdown') : undefined;
      if (markdown && !markdown.ok) {
        this.set({ error: `this map cannot be edited as Markdown: ${markdown.problems.map((p) => p.message).join('; ')}` });
        return;
      }
      this.set({ files: markdown ? [{ name: files[0].name.replace(/(\.aif)?\.json$/i, '.md'), text: markdown.text }] : files });
    } catch (error) {
      this.set({ error: `could not load the map's text: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  /** Reads the edited texts; the map shows them when they read without errors, else keeps the last good map. */
  private async readEdited(files: MapFile[]): Promise<void> {
    const generation = ++this.generation;
    const { map, diagnostics } = await readMapTexts(files);
    if (generation !== this.generation) return;
    this.setDiagnostics(withExcerpts(diagnostics, files));
    if (hasErrors(diagnostics)) return;
    this.editedMap = map;
    this.options.show(map);
  }

  private set(editing: EditedFiles): void {
    this.editing = editing;
    this.host.requestUpdate();
  }

  private setDiagnostics(diagnostics: Diagnostic[]): void {
    this.diagnostics = diagnostics;
    this.host.requestUpdate();
  }
}
