import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LayoutDirection, Point } from '../../../graph/layout.js';

type Step = 'parent' | 'child' | 'previous' | 'next';

/** What each arrow does in a map that grows down (theses on top) or right (theses on the left). */
const STEPS: Record<LayoutDirection, Record<string, Step>> = {
  down: { ArrowUp: 'parent', ArrowDown: 'child', ArrowLeft: 'previous', ArrowRight: 'next' },
  right: { ArrowLeft: 'parent', ArrowRight: 'child', ArrowUp: 'previous', ArrowDown: 'next' },
};

/** What the keys act on. */
export interface KeyboardTarget {
  selected(): string | null;
  visible(): ReadonlySet<string>;
  positionsOf(ids: ReadonlySet<string>): Map<string, Point>;
  direction(): LayoutDirection;
  /** The claims `id` supports or attacks. */
  targetsOf(id: string): readonly string[];
  /** The claims that support or attack `id`. */
  childrenOf(id: string): readonly string[];
  firstClaim(visible: ReadonlySet<string>): string | undefined;
  select(id: string | null): void;
  bringIntoView(id: string): void;
  focusPanel(): void;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
}

/**
 * The graph's keys: arrows follow the map's structure (towards the thesis: to the claim argued
 * about; away from it: to the first claim arguing about this one; across: to the previous or next
 * claim arguing about the same one, in the order drawn), Home goes to the first thesis, Escape clears, Enter goes into the panel, plus and minus zoom, 0 fits.
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
    const step = STEPS[t.direction()][event.key];
    if (step) {
      event.preventDefault();
      const current = selected && visible.has(selected) ? selected : undefined;
      const next = current ? this.stepFrom(current, step, visible) : t.firstClaim(visible);
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

  /** The claim one `step` from `id` in the map's structure, among `visible`. */
  private stepFrom(id: string, step: Step, visible: ReadonlySet<string>): string | undefined {
    const t = this.target;
    const across = t.direction() === 'down' ? 'x' : 'y';
    const positions = t.positionsOf(visible);
    // In the order they are drawn across the map, so that the keys match what the reader sees.
    const inOrder = (ids: readonly string[]) => [...new Set(ids)].filter((c) => positions.has(c))
      .sort((a, b) => positions.get(a)![across] - positions.get(b)![across]);
    const parent = t.targetsOf(id).find((c) => visible.has(c));
    if (step === 'parent') return parent;
    if (step === 'child') return inOrder(t.childrenOf(id))[0];
    const siblings = parent ? inOrder(t.childrenOf(parent)) : inOrder([...visible].filter((c) => !t.targetsOf(c).some((p) => visible.has(p))));
    const at = siblings.indexOf(id);
    return at < 0 ? undefined : siblings[at + (step === 'next' ? 1 : -1)];
  }
}
