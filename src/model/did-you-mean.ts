/** The longest id a map may use; a longer one is an error (see `validateMap`). */
export const MAX_ID_LENGTH = 200;

/**
 * How many unknown ids one run looks for near misses of, and how many characters it may compare
 * doing so. Past either, unknown ids are still reported, without a suggestion: a file of
 * 20,000 mistyped ids must not take minutes to check.
 */
export const MAX_SUGGESTION_SEARCHES = 200;
export const MAX_SUGGESTION_COMPARISONS = 50_000_000;

/** What the searches of one run (one `validateMap`, one brief) may still spend; shared by its `NearMisses`. */
export class SuggestionBudget {
  searchesLeft = MAX_SUGGESTION_SEARCHES;
  comparisonsLeft = MAX_SUGGESTION_COMPARISONS;
}

/**
 * Finds, for an id the map does not know, the known id it was most likely meant to be: the
 * nearest by edit distance, within a third of its length (at least 2); on a tie, the one that
 * comes first. Only ids whose length is within that distance are compared, each with a banded
 * comparison that stops as soon as it cannot win.
 *
 * ```ts
 * const claims = new NearMisses(map.claims.map((c) => c.id));
 * `unknown claim "sanctions-thesys"${claims.didYouMean('sanctions-thesys')}`; // …; did you mean "sanctions-thesis"?
 * ```
 */
export class NearMisses {
  /** Known ids by length, each with its place among the known ids. */
  private readonly byLength = new Map<number, { id: string; order: number }[]>();
  private readonly found = new Map<string, string | undefined>();

  constructor(ids: Iterable<string>, private readonly budget = new SuggestionBudget()) {
    let order = 0;
    for (const id of ids) {
      order++;
      // An empty id or one past the limit is an error of its own, never a suggestion.
      if (id.length === 0 || id.length > MAX_ID_LENGTH) continue;
      const list = this.byLength.get(id.length);
      if (list) list.push({ id, order });
      else this.byLength.set(id.length, [{ id, order }]);
    }
  }

  /** `; did you mean "x"?` for a near miss, so a typo is a one-second fix; otherwise ''. */
  didYouMean(wanted: string): string {
    const best = this.nearest(wanted);
    return best === undefined ? '' : `; did you mean "${best}"?`;
  }

  /** The nearest known id, or undefined when none is near or the run's budget is spent. */
  nearest(wanted: string): string | undefined {
    if (wanted.length > MAX_ID_LENGTH) return undefined;
    if (this.found.has(wanted)) return this.found.get(wanted);
    if (this.budget.searchesLeft <= 0) return undefined;
    this.budget.searchesLeft--;
    const best = this.search(wanted);
    if (best === null) return undefined;
    this.found.set(wanted, best);
    return best;
  }

  /** The nearest id, undefined when none is near, or null when the comparisons ran out. */
  private search(wanted: string): string | undefined | null {
    const reach = Math.max(2, Math.floor(wanted.length / 3));
    let best: string | undefined;
    let bestDistance = reach + 1;
    let bestOrder = Infinity;
    // Lengths nearest to the wanted one first: they hold the likely matches, which tighten the bound.
    for (let step = 0; step <= 2 * reach; step++) {
      const offset = step % 2 === 0 ? step / 2 : -(step + 1) / 2;
      const length = wanted.length + offset;
      if (Math.abs(offset) > bestDistance) continue;
      for (const { id, order } of this.byLength.get(length) ?? []) {
        // A later id must be nearer to win; an earlier one may tie.
        const limit = best !== undefined && order < bestOrder ? bestDistance : bestDistance - 1;
        if (Math.abs(offset) > limit) continue;
        this.budget.comparisonsLeft -= wanted.length * (2 * limit + 1);
        if (this.budget.comparisonsLeft < 0) return null;
        const distance = boundedEditDistance(wanted, id, limit);
        if (distance <= limit) {
          best = id;
          bestDistance = distance;
          bestOrder = order;
        }
      }
    }
    return best;
  }
}

/** Levenshtein distance: insertions, deletions and substitutions of one character each. */
export function editDistance(a: string, b: string): number {
  return boundedEditDistance(a, b, Math.max(a.length, b.length));
}

/**
 * The edit distance of `a` and `b` when it is at most `limit`, otherwise some number above
 * `limit`. Only the diagonal band `limit` wide is computed: O(|a| · limit).
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const over = limit + 1;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current[0] = i <= limit ? i : over;
    if (from > 1) current[from - 1] = over;
    let rowBest = current[0];
    for (let j = from; j <= to; j++) {
      const substitute = previous[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(substitute, previous[j] + 1, current[j - 1] + 1, over);
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (to < b.length) current[to + 1] = over;
    if (rowBest > limit) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length], over);
}
