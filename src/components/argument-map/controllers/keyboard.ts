import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Direction, nearestInDirection } from '../../../graph/nearest-in-direction.js';
import type { Point } from '../../../graph/layout.js';

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** What the keys act on. */
export interface KeyboardTarget {
  selected(): string | null;
  visible(): ReadonlySet<string>;
  positionsOf(ids: ReadonlySet<string>): Map<string, Point>;
  firstClaim(visible: ReadonlySet<string>): string | undefined;
  select(id: string | null): void;
  bringIntoView(id: string): void;
  focusPanel(): void;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
}

/**
 * The graph's keys: arrows move the selection to the nearest claim on screen that way, Home to
 * the first thesis, Escape clears, Enter goes into the panel, plus and minus zoom, 0 fits.
 * Stateless; `onKey` is bound to the graph's `keydown` in the template.
 */
export class KeyboardController implements ReactiveController {
  constructor(host: ReactiveControllerHost, private readonly target: KeyboardTarget) {
    host.addController(this);
  }

  hostConnected(): void {}

  readonly onKey = (event: KeyboardEvent): void => {
    const t = this.target;
    const visible = t.visible();
    const selected = t.selected();
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      const current = selected && visible.has(selected) ? selected : undefined;
      const next = current ? nearestInDirection(current, direction, t.positionsOf(visible)) : t.firstClaim(visible);
      if (next) {
        t.select(next);
        t.bringIntoView(next);
      }
    } else if (event.key === 'Home') {
      event.preventDefault();
      const first = t.firstClaim(visible);
      if (first) {
        t.select(first);
        t.bringIntoView(first);
      }
    } else if (event.key === 'Escape') {
      t.select(null);
    } else if (event.key === 'Enter' && selected) {
      // Not on a button: the same key's keypress would press it.
      event.preventDefault();
      t.focusPanel();
    } else if (event.key === '+' || event.key === '=') {
      t.zoomIn();
    } else if (event.key === '-') {
      t.zoomOut();
    } else if (event.key === '0') {
      t.fit();
    }
  };
}
