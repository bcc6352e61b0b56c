import type { ArgumentMapElement } from '../components/argument-map/argument-map.js';

const listening = new WeakMap<HTMLElement, EventSource>();

/**
 * On a page served by `argmap serve`, which announces its change events in
 * `<meta name="argmap-live-reload" content="URL">`, reloads the explorer's map each time a file
 * is saved, keeping the selection, filters and viewport. Elsewhere it does nothing. The meta's
 * `data-state` says whether the page is listening (`open`) or not (`closed`).
 *
 * ```ts
 * startLiveReload(explorer); // in the explorer's connectedCallback
 * ```
 */
export function startLiveReload(explorer: HTMLElement): void {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="argmap-live-reload"]');
  if (!meta?.content || listening.has(explorer) || typeof EventSource === 'undefined') return;
  const events = new EventSource(new URL(meta.content, document.baseURI));
  listening.set(explorer, events);
  const reload = () => {
    if (!explorer.isConnected) {
      events.close();
      listening.delete(explorer);
      return;
    }
    void explorer.shadowRoot?.querySelector<ArgumentMapElement>('argument-map')?.reload();
  };
  let openedBefore = false;
  events.addEventListener('open', () => {
    meta.dataset.state = 'open';
    // Back after the server restarted: files may have changed meanwhile.
    if (openedBefore) reload();
    openedBefore = true;
  });
  events.addEventListener('error', () => {
    meta.dataset.state = 'closed';
  });
  events.addEventListener('change', reload);
}
