// Medians, and runs bounded by a time budget.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Times `run`: warm-up runs until `warmUpMs` have passed (at least one run), then timed runs until
 * `measureMs` have passed (at least `runs`, at most 1,000), so that runs of a fraction of a
 * millisecond get a steady median too. Garbage is collected once before the warm-up (when Node
 * was started with --expose-gc), not between runs, so each run pays for the garbage the runs
 * before it left, as in steady use. (A collection forced before every run leaves V8's young
 * generation shrunk and its sweeper still busy when the run starts; short runs then measured that
 * more than the parser.) Returns `{ median, runs, warmUps }` in ms, or `{ skipped }` with the
 * reason when the first run shows that the runs would overrun the budget.
 */
export function timed(run, { runs, budgetMs, warmUpMs = 1000, measureMs = 1000 }) {
  const once = () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  };
  globalThis.gc?.();
  const first = once();
  if (first * (runs + 1) > budgetMs) return { skipped: `one run took ${(first / 1000).toFixed(1)} s, over the budget` };
  let warmUps = 1;
  for (let spent = first; spent < warmUpMs && warmUps < 500; warmUps++) spent += once();
  const times = [];
  for (let spent = 0; (times.length < runs || spent < measureMs) && times.length < 1000;) {
    times.push(once());
    spent += times[times.length - 1];
  }
  return { median: median(times), runs: times.length, warmUps };
}
