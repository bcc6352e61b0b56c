// In-page half of `npm run bench`: loads a map into <argument-map> and times what a reader waits for.
// Runs against dist/argument-map.js, the bundle pages embed. Plain JS: the page loads it as is.

const until = (target, type) => new Promise((resolve) => target.addEventListener(type, resolve, { once: true }));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves after the next frame has run all its animation-frame callbacks (Cytoscape's and the
 * overview's) and been handed to the compositor: a message posted from a frame callback is
 * delivered only after that frame's rendering step.
 */
function afterNextFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  }));
}

/**
 * Resolves with the time of the first frame that shows the map: the element marks it
 * (`argument-map:first-frame`) once the overview and Cytoscape have both drawn it. Bundles from
 * before that mark existed are timed by Cytoscape's first frame with the claims in place.
 * The element's `cy` is not touched before that: reading it would make Cytoscape start early.
 */
function firstFrame(el) {
  return new Promise((resolve) => {
    const marked = performance.getEntriesByName('argument-map:first-frame')[0];
    if (marked) {
      resolve(marked.startTime);
      return;
    }
    const observer = new PerformanceObserver((list) => {
      const mark = list.getEntriesByName('argument-map:first-frame')[0];
      if (mark) done(mark.startTime);
    });
    const marks = typeof viewOf(el)?.settled === 'function';
    const cy = marks ? null : el.cy;
    const onRender = () => {
      const claims = cy.nodes('.claim');
      const last = claims[claims.length - 1];
      if (!last || (claims.length > 1 && last.position().x === 0 && last.position().y === 0)) return;
      done(performance.now());
    };
    const done = (time) => {
      observer.disconnect();
      cy?.off('render', onRender);
      resolve(time);
    };
    observer.observe({ type: 'mark' });
    cy?.on('render', onRender);
  });
}

/** The page's `<argument-map>`: on its own (page.html) or inside the explorer (explorer.html). */
const theElement = () => document.querySelector('argument-map') ?? document.querySelector('argument-explorer')?.shadowRoot?.querySelector('argument-map');

/** Main-thread tasks over 50 ms from now on; `stop()` returns them. */
function watchLongTasks() {
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  return { stop: () => { observer.takeRecords().forEach((t) => tasks.push(t)); observer.disconnect(); return tasks; } };
}

const longest = (tasks) => Math.max(0, ...tasks.map((t) => t.duration));

/** The element's graph view (`view_` in older bundles), where the bundle has one that can say when its detail has settled. */
const viewOf = (el) => el.view_ ?? el.graph?.view;

async function settled(el) {
  const view = viewOf(el);
  if (view && typeof view.settled === 'function') await view.settled();
  else await sleep(300);
}

/**
 * Times `<argument-map>` from nothing to its first frame: fetching the built JSON, parsing it,
 * validating, laying out (unless the JSON has positions) and drawing. Long tasks are counted
 * until a second after the first frame.
 */
window.loadMap = async function loadMap(url) {
  await customElements.whenDefined('argument-map');
  document.querySelector('argument-map')?.remove();
  performance.clearMarks();
  performance.clearMeasures();
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  const map = await (await fetch(url)).json();
  const fetched = performance.now();
  const el = document.createElement('argument-map');
  const loaded = Promise.race([until(el, 'map-load'), until(el, 'map-error').then((e) => { throw new Error(e.detail.message); })]);
  el.map = map;
  document.body.append(el);
  await loaded;
  const mapLoaded = performance.now();
  const drawn = await firstFrame(el);
  await sleep(1000);
  observer.disconnect();
  const measures = {};
  for (const m of performance.getEntriesByType('measure')) measures[m.name] = (measures[m.name] ?? 0) + m.duration;
  const during = tasks.filter((t) => t.startTime >= start - 1);
  return {
    fetch: fetched - start,
    mapLoad: mapLoaded - start,
    firstFrame: drawn - start,
    longestTask: Math.max(0, ...during.map((t) => t.duration)),
    longTasks: during.length,
    layout: measures['argument-map:layout'] ?? 0,
  };
};

/**
 * Zooms with the wheel, then pans by dragging, as a reader does, and times each step from the
 * input event to the end of the frame that shows it.
 */
window.panZoom = async function panZoom() {
  const el = theElement();
  const container = el.shadowRoot.querySelector('.graph');
  const canvases = container.querySelectorAll('canvas');
  const target = canvases[canvases.length - 1] ?? container;
  const box = container.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const steps = [];
  const step = async (dispatch) => {
    await afterNextFrame();
    const t = performance.now();
    dispatch();
    steps.push((await afterNextFrame()) - t);
  };
  for (let i = 0; i < 8; i++) {
    const deltaY = i < 4 ? -120 : 120;
    await step(() => target.dispatchEvent(new WheelEvent('wheel', { deltaY, clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true })));
  }
  await sleep(300);
  await step(() => target.dispatchEvent(new MouseEvent('mousedown', { button: 0, buttons: 1, clientX: x, clientY: y, bubbles: true, composed: true })));
  for (let i = 1; i <= 12; i++) {
    await step(() => window.dispatchEvent(new MouseEvent('mousemove', { button: 0, buttons: 1, clientX: x + i * 15, clientY: y + i * 8, bubbles: true, composed: true })));
  }
  await step(() => window.dispatchEvent(new MouseEvent('mouseup', { button: 0, clientX: x + 180, clientY: y + 96, bubbles: true, composed: true })));
  await settled(el);
  const sorted = [...steps].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1), zoom: el.cy.zoom() };
};

/**
 * Zooms to 100% on a claim in the middle of the map and times it until the frame that shows the
 * labels there: for a big map, until Cytoscape has been handed the claims around the viewport.
 */
window.zoomToLabels = async function zoomToLabels() {
  const el = theElement();
  const cy = el.cy;
  const claims = el.state.$map.get().map.claims;
  const claim = claims[Math.floor(claims.length / 2)].id;
  const view = viewOf(el);
  const at = view?.look ? view.look(claim).position : cy.$id(claim).position();
  await afterNextFrame();
  const t = performance.now();
  cy.viewport({ zoom: 1, pan: { x: cy.width() / 2 - at.x, y: cy.height() / 2 - at.y } });
  await settled(el);
  const done = await afterNextFrame();
  return { time: done - t, held: cy.nodes().length };
};

/**
 * Shows one thread, then all of them again, and times each change until the frame that shows it:
 * the element filters in place rather than rebuilding the graph.
 */
window.filterThread = async function filterThread() {
  const el = theElement();
  const threads = el.state.$map.get().map.threads;
  const times = [];
  for (const thread of [threads[Math.floor(threads.length / 2)].id, '']) {
    await afterNextFrame();
    const t = performance.now();
    el.thread = thread;
    await el.updateComplete;
    await afterNextFrame();
    await settled(el);
    times.push((await afterNextFrame()) - t);
  }
  return { one: times[0], all: times[1] };
};

/**
 * Opens the explorer on `url` as `argmap site` does (`default-src`): the element fetches, reads and
 * checks the map, lays it out unless it has stored positions, and draws it. Times the first frame and
 * the longest main-thread task until a second after it.
 */
window.loadExplorer = async function loadExplorer(url) {
  await customElements.whenDefined('argument-explorer');
  document.querySelector('argument-explorer')?.remove();
  performance.clearMarks();
  performance.clearMeasures();
  const watch = watchLongTasks();
  const start = performance.now();
  const marked = new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      const mark = list.getEntriesByName('argument-map:first-frame')[0];
      if (mark) { observer.disconnect(); resolve(mark.startTime); }
    });
    observer.observe({ type: 'mark' });
  });
  const app = document.createElement('argument-explorer');
  app.setAttribute('default-src', url);
  document.body.append(app);
  const drawn = await marked;
  await sleep(1000);
  const tasks = watch.stop().filter((t) => t.startTime >= start - 1);
  return { firstFrame: drawn - start, longestTask: longest(tasks), longTasks: tasks.length };
};

/**
 * What a reader does next in the explorer: shows all threads (the explorer opens on the first),
 * pans and zooms over all of them, types a search word letter by letter and clears it, then shows
 * one thread and all again. Times each, and the longest main-thread task over all of it.
 */
window.interactExplorer = async function interactExplorer() {
  const app = document.querySelector('argument-explorer');
  const el = theElement();
  const watch = watchLongTasks();
  const select = app.shadowRoot.querySelector('select[aria-label="Thread"]');
  const chooseThread = async (value) => {
    await afterNextFrame();
    const t = performance.now();
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await app.updateComplete;
    await el.updateComplete;
    await afterNextFrame();
    await settled(el);
    return (await afterNextFrame()) - t;
  };
  const all = [...select.options].at(-1).value;
  await chooseThread(all);
  await sleep(300);
  const panZoom = await window.panZoom();
  const input = app.shadowRoot.querySelector('input[type="search"]');
  const type = async (value) => {
    await afterNextFrame();
    const t = performance.now();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await app.updateComplete;
    await el.updateComplete;
    await afterNextFrame();
    return performance.now() - t;
  };
  const keystrokes = [];
  for (const value of ['p', 'pr', 'pri', 'pric', 'price', 'prices', '']) keystrokes.push(await type(value));
  await sleep(500);
  const threads = el.state.$map.get().map.threads;
  const filter = { one: await chooseThread(threads[Math.floor(threads.length / 2)].id), all: await chooseThread(all) };
  await sleep(300);
  const tasks = watch.stop();
  return { panZoom, keystroke: Math.max(...keystrokes), filter, longestTask: longest(tasks), longTasks: tasks.length };
};
