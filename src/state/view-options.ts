/** How an `<argument-map>` shows its map: the values of its view properties. */
export type { ColorBy } from '../graph/style.js';

/** `tree-down`: theses on top; `tree-right`: theses on the left. */
export type MapLayout = 'tree-down' | 'tree-right';
/** `auto` follows the page's `prefers-color-scheme`. */
export type MapTheme = 'auto' | 'light' | 'dark';
/** `graph`, or `outline`: the map as nested lists. */
export type MapView = 'graph' | 'outline';
