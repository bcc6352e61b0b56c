import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GraphColours } from '../../../graph/style.js';
import type { MapTheme } from '../../../state/view-options.js';

export interface ThemeHost extends ReactiveControllerHost, HTMLElement {
  theme: MapTheme;
}

/**
 * The element's colours: its `theme`, the page's `prefers-color-scheme` (followed while the
 * element is in a page, in whichever window it is now), and the `--argument-map-*` properties
 * the graph's canvas cannot read from CSS by itself.
 */
export class ThemeController implements ReactiveController {
  private query: MediaQueryList | null = null;
  private readonly onSchemeChange = () => this.changed();

  constructor(private readonly host: ThemeHost, private readonly changed: () => void) {
    host.addController(this);
  }

  hostConnected(): void {
    const window_ = this.host.ownerDocument.defaultView ?? window;
    this.query = window_.matchMedia('(prefers-color-scheme: dark)');
    this.query.addEventListener('change', this.onSchemeChange);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onSchemeChange);
  }

  isDark(): boolean {
    return this.host.theme === 'dark' || (this.host.theme !== 'light' && !!this.query?.matches);
  }

  /** The colours the styles resolve to now, for the canvas. */
  colours(): GraphColours {
    const style = getComputedStyle(this.host);
    const read = (name: string) => style.getPropertyValue(name).trim();
    return {
      text: read('--_text') || '#1d2329',
      background: read('--_background') || '#fff',
      border: read('--_border') || '#7b8794',
      supports: read('--_supports') || '#1b7a32',
      attacks: read('--_attacks') || '#c0262d',
      accent: read('--_accent') || '#1a5fd0',
      match: read('--_match') || '#f2b600',
      dark: this.isDark(),
    };
  }
}
