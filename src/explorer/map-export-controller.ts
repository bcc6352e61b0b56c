import type { ReactiveControllerHost } from 'lit';
import type { ArgumentMapElement } from '../components/argument-map/argument-map.js';
import { download } from '../components/shared/download.js';
import { exportMap } from '../interop/export-map.js';

/** What the last export did: a file saved, or why it failed. */
export interface ExportOutcome {
  message: string;
  failed: boolean;
}

/**
 * The toolbar's Export menu: saves the map, the view or an image of it, and keeps what happened
 * for the page to say. It needs no part in the host's lifecycle, so it is not registered with it.
 */
export class MapExportController {
  outcome: ExportOutcome | null = null;

  constructor(private readonly host: ReactiveControllerHost, private readonly element: () => ArgumentMapElement) {}

  readonly onExport = async (event: Event): Promise<void> => {
    const select = event.target as HTMLSelectElement;
    const choice = select.value;
    select.value = '';
    const element = this.element();
    const map = element.state.$map.get()?.map;
    if (!choice || !map) return;
    // Any failure is said on the page: an export is a user's action, not something to lose silently.
    try {
      let name: string;
      if (choice === 'png' || choice === 'svg') {
        this.say(`Making the ${choice.toUpperCase()} image…`);
        name = `argument-map.${choice}`;
        download(await element.exportImage(choice), name);
      } else {
        const format = choice === 'view-json' ? 'json' : choice as 'markdown' | 'argdown' | 'aif';
        const result = exportMap(choice === 'view-json' ? element.shownMap()! : map, format);
        name = choice === 'view-json' ? 'argument-map-view.json' : `argument-map.${{ json: 'json', markdown: 'md', argdown: 'argdown', aif: 'aif.json' }[format]}`;
        // A map the format cannot hold is not saved half-right: the reasons are shown instead.
        if (!result.ok) {
          this.say(`This map cannot be saved as ${format} as it is: ${result.problems.map((p) => p.message).join('; ')}`, true);
          return;
        }
        download(result.text, name, format === 'json' ? 'application/json' : undefined);
      }
      this.say(`Saved ${name}.`);
    } catch (error) {
      this.say(`Export failed: ${error instanceof Error ? error.message : String(error)}`, true);
    }
  };

  private say(message: string, failed = false): void {
    this.outcome = { message, failed };
    this.host.requestUpdate();
  }
}
