import { GramIndex } from './gram-index.js';
import { firstOccurrences } from './linear-search.js';
import { type NormalizedText, normalize, normalizeText, unescapeMarkdown } from './normalize.js';
import { hashOf, prefixHashes, randomBase } from './text-hash.js';

/** Where a quote sits in its source text, once found: `sourceText.slice(start, end)`. */
export interface QuoteMatch {
  start: number;
  end: number;
}

/** Grams of this many characters index the source: about four words, rare in any real text. */
export const GRAM_LENGTH = 24;
/** The index holds the gram at every eighth place of the source. */
export const GRAM_STRIDE = 8;
/** Quotes at least this long are placed by the index; shorter ones by the linear-time search. */
const INDEXED_QUOTE = GRAM_LENGTH + GRAM_STRIDE - 1;
/** A quote whose rarest run of grams sits at more places than this goes to the linear-time search. */
const MAX_CANDIDATES = 128;
/** A run of grams this rare is rare enough: looking for a rarer one costs more than checking these. */
const FEW_CANDIDATES = 2 * GRAM_STRIDE;
/** Up to this many quotes, each is sought with `indexOf`; more, and the source is indexed once. */
const FEW_QUOTES = 4;

/**
 * One source text, normalised once, and every quote sought in it. The specification is plain:
 * a quote is found where `normalize(source).text.indexOf(normalize(quote).text)` finds it. Many
 * quotes share an index of the source's grams (`GramIndex`): each quote is compared with the
 * source only at the few places its rarest grams allow, the first match wins; the quotes the
 * index cannot place quickly (short ones, or ones made of grams the source repeats everywhere)
 * go to one Aho–Corasick pass. Linear in the source plus the quotes, whatever they hold. The
 * matches are offsets in the original text, for highlighting and for checks of their context.
 *
 * ```ts
 * const finder = new QuoteFinder(articleText);
 * const [match] = finder.findAll(['It’s over — for now.']);
 * if (match) articleText.slice(match.start, match.end);
 * ```
 */
export class QuoteFinder {
  readonly source: NormalizedText;
  private index: GramIndex | undefined;
  /** Where each normalised quote was sought before starts in the normalised source (-1: nowhere). */
  private readonly sought = new Map<string, number>();
  private lineStarts: Int32Array | undefined;

  constructor(readonly sourceText: string) {
    this.source = normalize(sourceText);
  }

  /** Finds `quote` (as the map writes it: Markdown escapes are undone), forgiving typography only. */
  find(quote: string): QuoteMatch | undefined {
    return this.findAll([quote])[0];
  }

  /** Finds every quote of `quotes` (each normalised once; the source is not read again). */
  findAll(quotes: readonly string[]): (QuoteMatch | undefined)[] {
    const needles = quotes.map(needleOf);
    const fresh = [...new Set(needles)].filter((needle) => !this.sought.has(needle));
    if (fresh.length <= FEW_QUOTES) {
      for (const needle of fresh) this.sought.set(needle, needle.length === 0 ? -1 : this.source.text.indexOf(needle));
    } else {
      const hard: string[] = [];
      for (const needle of fresh) {
        const at = this.seekByGrams(needle);
        if (at === undefined) hard.push(needle);
        else this.sought.set(needle, at);
      }
      const starts = firstOccurrences(this.source.text, hard);
      hard.forEach((needle, i) => this.sought.set(needle, starts[i]));
    }
    return needles.map((needle) => this.matchAt(this.sought.get(needle) ?? -1, needle.length));
  }

  /** The index of the source's grams, built on first use. */
  gramIndex(): GramIndex {
    this.index ??= new GramIndex(this.source.text, randomBase(), GRAM_LENGTH, GRAM_STRIDE);
    return this.index;
  }

  /** The stretch of the original text behind normalised characters `[start, end)`. */
  originalSpan(start: number, end: number): QuoteMatch {
    const { origin } = this.source;
    const from = origin[start] ?? 0;
    return { start: from, end: (origin[Math.max(start, end - 1)] ?? from) + 1 };
  }

  /** The 1-based line of the original text that `offset` falls on. */
  lineOf(offset: number): number {
    if (!this.lineStarts) {
      const starts: number[] = [0];
      for (let i = this.sourceText.indexOf('\n'); i >= 0; i = this.sourceText.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = Int32Array.from(starts);
    }
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  private matchAt(at: number, length: number): QuoteMatch | undefined {
    return at < 0 || length === 0 ? undefined : this.originalSpan(at, at + length);
  }

  /**
   * Where `needle` first starts, by the gram index; undefined when the index cannot tell quickly
   * (a needle shorter than a gram and a stride, or one whose every gram is common). Of any
   * `GRAM_STRIDE` consecutive grams of the needle, exactly one sits at an indexed place wherever
   * the needle occurs: the places of the rarest such run of grams are all the candidates.
   */
  private seekByGrams(needle: string): number | undefined {
    const text = this.source.text;
    const m = needle.length;
    if (m === 0 || m > text.length) return -1;
    if (m < INDEXED_QUOTE) return undefined;
    const grams = this.gramIndex();
    const needleHash = scratch.hashes(needle, grams.base);
    const gramCount = m - GRAM_LENGTH + 1;
    const { gramHashes, counts } = scratch.grams(gramCount);
    let runStart = 0;
    let fewest = Infinity;
    for (let j = 0, run = 0; j < gramCount; j++) {
      gramHashes[j] = hashOf(needleHash, j, j + GRAM_LENGTH, grams.gramPower);
      counts[j] = grams.count(gramHashes[j]);
      run += counts[j] - (j >= GRAM_STRIDE ? counts[j - GRAM_STRIDE] : 0);
      if (j < GRAM_STRIDE - 1 || run >= fewest) continue;
      runStart = j - GRAM_STRIDE + 1;
      fewest = run;
      if (run === 0) return -1;
      if (run <= FEW_CANDIDATES) break;
    }
    if (fewest > MAX_CANDIDATES) return undefined;
    let first = -1;
    for (let j = runStart; j < runStart + GRAM_STRIDE; j++) {
      const { positions, from, to } = grams.bucket(gramHashes[j]);
      for (let k = from; k < to; k++) {
        const gramAt = positions[k];
        const start = gramAt - j;
        if (first >= 0 && start >= first) break;
        if (start < 0 || start + m > text.length || grams.hashAt(gramAt) !== gramHashes[j]) continue;
        if (text.startsWith(needle, start)) {
          first = start;
          break;
        }
      }
    }
    return first;
  }
}

/** Working arrays for one quote at a time, reused: allocating typed arrays for each of many short quotes costs more than the search. */
const scratch = {
  prefix: new Int32Array(1024),
  gramHashes: new Int32Array(1024),
  counts: new Int32Array(1024),
  hashes(needle: string, base: number): Int32Array {
    if (this.prefix.length <= needle.length) this.prefix = new Int32Array(needle.length + 1);
    return prefixHashes(needle, base, this.prefix);
  },
  grams(count: number): { gramHashes: Int32Array; counts: Int32Array } {
    if (this.gramHashes.length < count) [this.gramHashes, this.counts] = [new Int32Array(count), new Int32Array(count)];
    return this;
  },
};

function needleOf(quote: string): string {
  return normalizeText(unescapeMarkdown(quote));
}
