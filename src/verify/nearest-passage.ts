import { GRAM_LENGTH, type QuoteFinder } from './quote-finder.js';
import { hashOf, prefixHashes } from './text-hash.js';

/** A stretch `[start, end)` of a text and its edit distance to the sought words. */
export interface Passage {
  start: number;
  end: number;
  distance: number;
}

/**
 * The work one run may spend on nearest passages: units of one dynamic-programming cell or one
 * seed looked at (a few nanoseconds each), and a time limit, since a busy machine is slower. A
 * map whose quotes are all wrong still gets every error at once; past the budget, its errors come
 * without a suggestion.
 */
export class SearchBudget {
  /** Quotes whose nearest passage was not sought because the budget was spent. */
  skipped = 0;
  /** The clock starts at the first search, not when the budget is made. */
  private deadline: number | undefined;

  constructor(private remaining: number, private readonly milliseconds = Infinity) {}

  /** Whether `work` units are left (and time). */
  affords(work: number): boolean {
    this.deadline ??= performance.now() + this.milliseconds;
    return work <= this.remaining && performance.now() < this.deadline;
  }

  /** Takes `work` units if they are left; false if not. */
  take(work: number): boolean {
    if (!this.affords(work)) return false;
    this.remaining -= work;
    return true;
  }
}

/**
 * About a second of work on this project's 2-core benchmark machine: a few hundred wrong
 * quotes of a long source each get their nearest passage, a thousand quotes of a short article.
 */
export const NEAREST_PASSAGE_BUDGET = 150_000_000;
/** And at most this long, however much work is left. */
export const NEAREST_PASSAGE_MILLISECONDS = 2000;
/** A source small enough for this many cells is searched whole, as the nearest passage deserves. */
const WHOLE_SEARCH_CELLS = 1 << 24;
/** Seeds (places where a gram of the quote sits in the source) looked at for one quote. */
const SEEDS_PER_QUOTE = 4096;
/** Stretches of the source, around the seeds' best diagonals, searched for one quote. */
const WINDOWS_PER_QUOTE = 2;
const DIAGONAL_BAND = 32;

/**
 * The passage of the finder's (normalised) source nearest to `needle` (normalised too): the whole
 * source when it is small, else the stretches where most of the needle's grams line up (the
 * seed-and-extend of sequence search). Undefined when the budget is spent.
 */
export function seekNearestPassage(needle: string, finder: QuoteFinder, budget: SearchBudget): Passage | undefined {
  const text = finder.source.text;
  const m = needle.length;
  if (m === 0) return { start: 0, end: 0, distance: 0 };
  const wholeCells = m * text.length;
  if (wholeCells <= WHOLE_SEARCH_CELLS || m < GRAM_LENGTH) {
    return budget.take(wholeCells) ? nearestPassage(needle, text) : undefined;
  }
  const slack = DIAGONAL_BAND + (m >> 3);
  // The least a seeded search costs: hashing the needle's grams, then one window.
  if (!budget.affords(m * (m + 2 * slack + 1))) return undefined;
  const windows = seedWindows(needle, finder, budget, slack);
  if (windows === undefined) return undefined;
  if (windows.length === 0) return budget.take(wholeCells) ? nearestPassage(needle, text) : undefined;
  let best: Passage | undefined;
  for (const [from, to] of windows) {
    if (!budget.take(m * (to - from))) return best;
    const found = nearestPassage(needle, text, from, to);
    if (!best || found.distance < best.distance || (found.distance === best.distance && found.start < best.start)) best = found;
  }
  return best;
}

/** Stretches `[from, to)` of the source around the diagonals where most seeds of `needle` fall. */
function seedWindows(needle: string, finder: QuoteFinder, budget: SearchBudget, slack: number): [number, number][] | undefined {
  const grams = finder.gramIndex();
  const text = finder.source.text;
  const m = needle.length;
  const needleGrams: { offset: number; gram: number; count: number }[] = [];
  const needleHash = prefixHashes(needle, grams.base);
  for (let j = 0; j + GRAM_LENGTH <= m; j++) {
    const gram = hashOf(needleHash, j, j + GRAM_LENGTH, grams.gramPower);
    const count = grams.count(gram);
    if (count > 0) needleGrams.push({ offset: j, gram, count });
  }
  if (!budget.take(m)) return undefined;
  needleGrams.sort((a, b) => a.count - b.count || a.offset - b.offset);
  const votes = new Map<number, number>();
  let seeds = 0;
  for (const { offset, gram, count } of needleGrams) {
    if (seeds > 0 && seeds + count > SEEDS_PER_QUOTE) break;
    const { positions, from, to } = grams.bucket(gram);
    const looked = Math.min(to - from, SEEDS_PER_QUOTE);
    if (!budget.take(looked)) return undefined;
    seeds += looked;
    for (let k = from; k < from + looked; k++) {
      if (grams.hashAt(positions[k]) !== gram) continue;
      const band = Math.floor((positions[k] - offset) / DIAGONAL_BAND);
      votes.set(band, (votes.get(band) ?? 0) + 1);
    }
  }
  // The best diagonal, and the runner-up if nearly as good (a passage the source repeats).
  const ranked = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const bands = ranked.slice(0, WINDOWS_PER_QUOTE).filter(([, count]) => count * 2 > ranked[0][1]);
  return bands.map(([band]) => [Math.max(0, band * DIAGONAL_BAND - slack), Math.min(text.length, band * DIAGONAL_BAND + m + slack)]);
}

/**
 * The stretch of `haystack[from, to)` with the smallest edit distance to `needle` (Sellers'
 * approximate string matching), to show a writer what their quote should have been. Two rows of
 * the table at a time: memory grows with the stretch, not with the quote times the stretch.
 */
export function nearestPassage(needle: string, haystack: string, from = 0, to = haystack.length): Passage {
  const m = needle.length;
  const n = to - from;
  const codes = new Uint16Array(n);
  for (let j = 0; j < n; j++) codes[j] = haystack.charCodeAt(from + j);
  let previous = new Int32Array(n + 1);
  let previousStart = new Int32Array(n + 1);
  let current = new Int32Array(n + 1);
  let currentStart = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) previousStart[j] = j;
  for (let i = 1; i <= m; i++) {
    const code = needle.charCodeAt(i - 1);
    // The three neighbours of cell (i, j), carried along the row in locals.
    let left = i;
    let leftStart = 0;
    let diagonal = previous[0];
    let diagonalStart = previousStart[0];
    current[0] = left;
    currentStart[0] = leftStart;
    for (let j = 1; j <= n; j++) {
      const up = previous[j];
      const upStart = previousStart[j];
      let cost = diagonal + (code === codes[j - 1] ? 0 : 1);
      let start = diagonalStart;
      if (cost > up + 1 || cost > left + 1) {
        if (up <= left) {
          cost = up + 1;
          start = upStart;
        } else {
          cost = left + 1;
          start = leftStart;
        }
      }
      current[j] = cost;
      currentStart[j] = start;
      diagonal = up;
      diagonalStart = upStart;
      left = cost;
      leftStart = start;
    }
    const [row, rowStart] = [previous, previousStart];
    previous = current;
    previousStart = currentStart;
    current = row;
    currentStart = rowStart;
  }
  let end = 0;
  for (let j = 1; j <= n; j++) if (previous[j] < previous[end]) end = j;
  return { start: from + previousStart[end], end: from + end, distance: previous[end] };
}
