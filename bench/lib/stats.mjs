// Medians, and runs bounded by a time budget.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Times `run` once to warm up, then `runs` times, collecting garbage between runs when Node was
 * started with --expose-gc. Returns `{ median, runs }` in ms, or `{ skipped }` with the reason
 * when the warm-up shows that the runs would overrun the budget.
 */
export function timed(run, { runs, budgetMs }) {
  const once = () => {
    globalThis.gc?.();
    const start = performance.now();
    run();
    return performance.now() - start;
  };
  const warmUp = once();
  if (warmUp * (runs + 1) > budgetMs) return { skipped: `one run took ${(warmUp / 1000).toFixed(1)} s, over the budget` };
  const times = Array.from({ length: runs }, once);
  return { median: median(times), runs: times.length };
}
