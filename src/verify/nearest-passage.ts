/**
 * Finds the substring of `haystack` with the smallest edit distance to `needle`
 * (Sellers' approximate string matching), to show a writer what their quote should have been.
 */
export function nearestPassage(needle: string, haystack: string): { start: number; end: number; distance: number } {
  const m = needle.length;
  const n = haystack.length;
  let previous = new Int32Array(n + 1);
  let previousStart = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) previousStart[j] = j;
  for (let i = 1; i <= m; i++) {
    const current = new Int32Array(n + 1);
    const currentStart = new Int32Array(n + 1);
    current[0] = i;
    currentStart[0] = 0;
    for (let j = 1; j <= n; j++) {
      const substitute = previous[j - 1] + (needle[i - 1] === haystack[j - 1] ? 0 : 1);
      const skipNeedle = previous[j] + 1;
      const skipHaystack = current[j - 1] + 1;
      if (substitute <= skipNeedle && substitute <= skipHaystack) {
        current[j] = substitute;
        currentStart[j] = previousStart[j - 1];
      } else if (skipNeedle <= skipHaystack) {
        current[j] = skipNeedle;
        currentStart[j] = previousStart[j];
      } else {
        current[j] = skipHaystack;
        currentStart[j] = currentStart[j - 1];
      }
    }
    previous = current;
    previousStart = currentStart;
  }
  let end = 0;
  for (let j = 1; j <= n; j++) if (previous[j] < previous[end]) end = j;
  return { start: previousStart[end], end, distance: previous[end] };
}
