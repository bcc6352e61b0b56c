// Chromium half of `npm run bench`: <argument-map> from the built JSON, in bench/page.html.
import { heapAfterGc, openBenchPage } from './browser.mjs';
import { median } from './stats.mjs';

/**
 * Loads `url` into a fresh page `runs` times after a warm-up and takes medians; with `interact`,
 * each run also pans and zooms, zooms in to read labels, filters by thread and weighs the heap.
 * Skipped, with the reason, when the warm-up shows the runs would overrun the budget.
 */
export async function timeElement(browser, baseUrl, url, { runs, budgetMs, interact }) {
  const once = async () => {
    const page = await openBenchPage(browser, baseUrl);
    try {
      const run = { load: await page.evaluate((u) => window.loadMap(u), url) };
      if (interact) {
        run.heap = await heapAfterGc(page);
        run.panZoom = await page.evaluate(() => window.panZoom());
        run.zoomToLabels = await page.evaluate(() => window.zoomToLabels());
        run.filter = await page.evaluate(() => window.filterThread());
      }
      return run;
    } finally {
      await page.close();
    }
  };
  const started = performance.now();
  await once();
  const warmUp = performance.now() - started;
  if (warmUp * (runs + 1) > budgetMs) return { skipped: `one run took ${(warmUp / 1000).toFixed(1)} s, over the budget` };
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await once());
  const of = (pick) => median(all.map(pick));
  const result = {
    runs: all.length,
    firstFrame: of((r) => r.load.firstFrame),
    mapLoad: of((r) => r.load.mapLoad),
    layout: of((r) => r.load.layout),
    longestTask: of((r) => r.load.longestTask),
    longestTaskMax: Math.max(...all.map((r) => r.load.longestTask)),
  };
  if (interact) {
    Object.assign(result, {
      heap: of((r) => r.heap),
      panZoom: of((r) => r.panZoom.median),
      panZoomMax: Math.max(...all.map((r) => r.panZoom.max)),
      zoomToLabels: of((r) => r.zoomToLabels.time),
      filterOne: of((r) => r.filter.one),
      filterAll: of((r) => r.filter.all),
    });
  }
  return result;
}
