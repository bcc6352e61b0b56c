import type { ReadAheadLayout } from '../graph/stored-layout.js';
import { atom, computed, type ReadableAtom, type StoreValue } from 'nanostores';
import type { Diagnostic } from '../model/diagnostic.js';
import { MapIndex, searchClaims } from '../model/queries.js';
import { type Side, sidesOf } from '../model/sides.js';
import type { ArgumentMap } from '../model/types.js';
import type { ColorBy } from './view-options.js';
import { frameworkOfMap } from '../model/semantics/framework.js';
import { groundedLabelling } from '../model/semantics/grounded.js';
import type { Labelling } from '../model/semantics/labelling.js';
import { bipolarFrameworkOfMap, dfquadStrengths } from '../model/semantics/dfquad.js';

/** A map ready to show: the model with the lookups every view needs. */
export interface LoadedMap {
  map: ArgumentMap;
  index: MapIndex;
  sides: Map<string, Side>;
  diagnostics: Diagnostic[];
  /** Positions worked out off the page's main thread as the map was read: the graph uses them as it uses a stored layout. */
  layout?: ReadAheadLayout;
  /** The grounded labelling with nothing assumed, worked out off the main thread as the map was read. */
  grounded?: Labelling;
}

export type LoadStatus =
  | { state: 'empty' }
  | { state: 'loading'; src: string }
  | { state: 'loaded' }
  | { state: 'error'; message: string; diagnostics: Diagnostic[] };

/** What the user takes as settled: claims assumed false, and claims conceded as true. */
export interface ClaimAssumptions {
  rejected: readonly string[];
  conceded: readonly string[];
}

export interface Focus {
  claim: string;
  depth: number;
}

export function prepareMap(map: ArgumentMap, diagnostics: Diagnostic[] = [], ahead: { layout?: ReadAheadLayout; grounded?: Labelling } = {}): LoadedMap {
  const index = new MapIndex(map);
  return { map, index, sides: sidesOf(map, index), diagnostics, ...(ahead.layout ? { layout: ahead.layout } : {}), ...(ahead.grounded ? { grounded: ahead.grounded } : {}) };
}

/**
 * The state one `<argument-map>` shows, as nanostores. The element writes them from its
 * properties (which own the view) and from its loads; everything else reads them, through the
 * element's read-only `state` (`ReadonlyMapState`).
 *
 * ```ts
 * const state = createMapState();
 * state.$thread.set('sanctions');
 * state.$visible.subscribe((ids) => console.log(ids.size));
 * ```
 */
export function createMapState() {
  const $map = atom<LoadedMap | null>(null);
  const $status = atom<LoadStatus>({ state: 'empty' });
  const $selected = atom<string | null>(null);
  const $thread = atom<string>('');
  const $search = atom<string>('');
  const $focus = atom<Focus | null>(null);
  const $colorBy = atom<ColorBy>('thread');
  const $assumptions = atom<ClaimAssumptions>({ rejected: [], conceded: [] });

  /** Claims shown at all: those of the chosen thread, or of every thread. */
  const $visible = computed([$map, $thread], (loaded, thread) => {
    const ids = new Set<string>();
    for (const claim of loaded?.map.claims ?? []) {
      if (!thread || claim.thread === thread) ids.add(claim.id);
    }
    return ids;
  });

  /** Claims in focus (the rest is faded), or null when nothing is focused. */
  const $inFocus = computed([$map, $focus], (loaded, focus) =>
    loaded && focus && loaded.index.claims.has(focus.claim) ? loaded.index.neighbourhood(focus.claim, focus.depth) : null);

  const $matches = computed([$map, $search], (loaded, search) => (loaded ? searchClaims(loaded.map, search) : new Set<string>()));

  /** Which claims stand: the grounded labelling of the map's attacks, under the user's assumptions. */
  const $labels = computed([$map, $assumptions], (loaded, assumptions): Labelling =>
    !loaded ? new Map()
      : loaded.grounded && assumptions.rejected.length === 0 && assumptions.conceded.length === 0 ? loaded.grounded
        : groundedLabelling(frameworkOfMap(loaded.map), assumptions));

  /**
   * Each claim's weighed strength (DF-QuAD, base 0.5, under the user's assumptions), as the panel
   * explains it; computed only while claims are coloured by strength (empty otherwise).
   */
  const $strengths = computed([$map, $assumptions, $colorBy], (loaded, assumptions, colorBy): ReadonlyMap<string, number> =>
    loaded && colorBy === 'strength' ? dfquadStrengths(bipolarFrameworkOfMap(loaded.map), assumptions).strengths : new Map());

  return { $map, $status, $selected, $thread, $search, $focus, $colorBy, $assumptions, $visible, $inFocus, $matches, $labels, $strengths };
}

export type MapState = ReturnType<typeof createMapState>;

/**
 * The same stores, to read and subscribe to only: what `<argument-map>` hands out as `state`.
 * The element's properties own what they hold; set the properties to change them.
 */
export type ReadonlyMapState = { readonly [K in keyof MapState]: ReadableAtom<StoreValue<MapState[K]>> };
