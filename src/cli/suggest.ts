// "Did you mean": the known word closest to a misspelt command or option.

/**
 * Edits between two words: insertions, deletions, substitutions and swaps of two neighbouring
 * letters (so `chekc` is one edit from `check`), the optimal-string-alignment distance.
 */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The candidate nearest to `typed`, if it is near enough to be a slip (at most a third of the word's
 * letters wrong, at least one allowed) or starts the same way (`--sou` for `--sources`); else undefined.
 */
export function nearest(typed: string, candidates: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  if (best !== undefined && bestDistance <= Math.max(1, Math.floor(word.replace(/^-+/, '').length / 3))) return best;
  const bare = word.replace(/^-+/, '');
  if (bare.length >= 3) return candidates.find((candidate) => candidate.toLowerCase().replace(/^-+/, '').startsWith(bare));
  return undefined;
}
