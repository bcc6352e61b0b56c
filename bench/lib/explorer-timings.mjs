// The explorer half of `npm run bench` (issue 19): the page `argmap site` writes, opening a big map
// through `default-src` as a reader's browser does, in bench/explorer.html.
import { median } from './stats.mjs';

/**
 * Opens the explorer on `url` `runs` times after a warm-up and takes medians: the first frame, the
 * longest main-thread task while loading; with `interact`, also the longest task while the reader
 * pans, zooms, searches and filters, and how long each of those took.
 */
export async function timeExplorer(browser, baseUrl, url, { runs, interact }) {
  const once = async () => {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    try {
      await page.setViewport({ width: 1280, height: 800 });
      await page.goto(`${baseUrl}/bench/explorer.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => typeof window.loadExplorer === 'function' && customElements.get('argument-explorer'));
      const run = { load: await page.evaluate((u) => window.loadExplorer(u), url) };
      if (interact) run.interact = await page.evaluate(() => window.interactExplorer());
      return run;
    } finally {
      await page.close();
    }
  };
  await once();
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await once());
  const of = (pick) => median(all.map(pick));
  const result = {
    runs: all.length,
    firstFrame: of((r) => r.load.firstFrame),
    longestTask: of((r) => r.load.longestTask),
    longestTaskMax: Math.max(...all.map((r) => r.load.longestTask)),
  };
  if (interact) {
    Object.assign(result, {
      interactTask: of((r) => r.interact.longestTask),
      interactTaskMax: Math.max(...all.map((r) => r.interact.longestTask)),
      panZoom: of((r) => r.interact.panZoom.median),
      panZoomMax: Math.max(...all.map((r) => r.interact.panZoom.max)),
      keystroke: of((r) => r.interact.keystroke),
      filterOne: of((r) => r.interact.filter.one),
      filterAll: of((r) => r.interact.filter.all),
    });
  }
  return result;
}
