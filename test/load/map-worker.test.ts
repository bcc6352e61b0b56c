import { expect, html } from '@open-wc/testing';
import { generateDebate, toMarkdown } from '../../bench/debate.js';
import type { ArgumentMapElement } from '../../src/components/argument-map/argument-map.js';
import type { CytoscapeView } from '../../src/graph/cytoscape-view.js';
import { exportMap } from '../../src/interop/export-map.js';
import { readMapText } from '../../src/interop/read-any.js';
import { fetchMap } from '../../src/load/fetch-map.js';
import { frameworkOfMap } from '../../src/model/semantics/framework.js';
import { groundedLabelling } from '../../src/model/semantics/grounded.js';
import { WORKER_THRESHOLD } from '../../src/load/read-in-worker.js';
import { mapElement } from '../components/helpers.js';
import { until } from '../helpers/until.js';

/** A debate of 2,000 claims in Markdown: about 650,000 characters, past the worker's threshold. */
const BIG_MARKDOWN = toMarkdown(generateDebate({ claims: 2000, seed: 3 }), 'debate.source.txt');

const realFetch = window.fetch;
const RealWorker = window.Worker;
let workersStarted = 0;

/** Serves `files` at /virtual/NAME, as a site would; every other URL as before. */
function serveVirtual(files: Record<string, string>) {
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const name = url.pathname.startsWith('/virtual/') ? url.pathname.slice('/virtual/'.length) : undefined;
    if (name !== undefined && name in files) return Promise.resolve(new Response(files[name], { status: 200 }));
    return realFetch(input, init);
  };
}

/** Counts the workers started from now on; `fail` makes each one load a file that is not there. */
function watchWorkers({ fail = false } = {}) {
  workersStarted = 0;
  window.Worker = class extends RealWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      workersStarted++;
      super(fail ? new URL('/test/fixtures/no-such-worker.js', location.href) : url, options);
    }
  };
}

async function loaded(src: string) {
  const { el, detail } = await mapElement(html`<argument-map src=${src}></argument-map>`);
  return { el, map: detail.map, diagnostics: detail.diagnostics };
}

async function failed(src: string) {
  const { el, detail } = await mapElement(html`<argument-map src=${src}></argument-map>`, 'map-error');
  await (el as ArgumentMapElement).updateComplete;
  const status = el.shadowRoot!.querySelector('[part=status]')!.textContent!.replace(/\s+/g, ' ');
  return { message: detail.message as string, diagnostics: detail.diagnostics, status };
}

/** The same file read on the page, without a worker. */
async function onThePage(src: string) {
  window.Worker = undefined as unknown as typeof Worker;
  try {
    return await fetchMap(src);
  } finally {
    window.Worker = RealWorker;
  }
}

describe('a big map is read in a worker, with the same outcome as on the page', () => {
  afterEach(() => {
    window.fetch = realFetch;
    window.Worker = RealWorker;
  });

  it('a big Markdown map shows the same claims, relations and diagnostics', async () => {
    expect(BIG_MARKDOWN.length).to.be.greaterThan(WORKER_THRESHOLD);
    serveVirtual({ 'debate.md': BIG_MARKDOWN });
    watchWorkers();
    const { el, map, diagnostics } = await loaded('/virtual/debate.md');
    expect(workersStarted).to.equal(1);
    const page = await onThePage('/virtual/debate.md');
    expect(map.claims.length).to.equal(2000);
    expect(map).to.deep.equal(page.map);
    expect(diagnostics).to.deep.equal(page.diagnostics);
    expect(el.state.$status.get().state).to.equal('loaded');
    // Which claims stand was worked out in the worker too, as the page works it out.
    const grounded = el.state.$map.get()!.grounded!;
    expect([...grounded]).to.deep.equal([...groundedLabelling(frameworkOfMap(page.map))]);
    expect([...el.state.$labels.get()]).to.deep.equal([...grounded]);
  });

  it('a big built map (JSON) is laid out in the worker: every claim has a place on the graph', async () => {
    const read = await readMapText('debate.md', BIG_MARKDOWN);
    const json = exportMap(read.map, 'json');
    if (!json.ok) throw new Error('the debate did not export as JSON');
    serveVirtual({ 'debate.json': json.text });
    watchWorkers();
    const { el, map } = await loaded('/virtual/debate.json');
    expect(workersStarted).to.equal(1);
    expect(map).to.deep.equal((await onThePage('/virtual/debate.json')).map);
    // Laid out down (the element's layout) as it is read, right a moment later.
    const layout = el.state.$map.get()!.layout!;
    await until(() => layout.has('right'), 'the layout to the right');
    for (const direction of ['down', 'right'] as const) {
      const placed = layout.get(direction)!;
      const places = new Set(map.claims.map((c: { id: string }) => `${placed.get(c.id)!.x},${placed.get(c.id)!.y}`));
      expect(places.size, direction).to.equal(2000);
    }
    // The graph draws each claim where the worker placed it.
    const view = (el as unknown as { graph: { view: CytoscapeView } }).graph.view;
    const claim = map.claims[1234].id;
    expect(view.look(claim)!.position).to.deep.equal(layout.get('down')!.get(claim));
    // The map itself carries no positions: only `argmap build --layout` stores them.
    expect(map.claims.some((c: { position?: unknown }) => c.position)).to.equal(false);
  });

  it('a malformed big map gives its error, where it is, as on the page', async () => {
    const read = await readMapText('debate.md', BIG_MARKDOWN);
    const json = exportMap(read.map, 'json');
    if (!json.ok) throw new Error('the debate did not export as JSON');
    serveVirtual({ 'broken.json': json.text.trimEnd().slice(0, -1) });
    watchWorkers();
    const { message, diagnostics, status } = await failed('/virtual/broken.json');
    expect(workersStarted).to.equal(1);
    expect(status).to.contain('broken.json:');
    expect(diagnostics.some((d: { severity: string }) => d.severity === 'error')).to.equal(true);
    expect(diagnostics).to.deep.equal((await onThePage('/virtual/broken.json')).diagnostics);
    expect(message).to.be.a('string');
  });

  it('a big Markdown map with a mistake shows the diagnostic with its line, as on the page', async () => {
    const text = BIG_MARKDOWN.replace(/\n- supports: [^\n]*/, '\n- supports: no-such-claim');
    serveVirtual({ 'mistake.md': text });
    watchWorkers();
    const inWorker = await fetchMap('/virtual/mistake.md');
    expect(workersStarted).to.equal(1);
    expect(inWorker.diagnostics.map((d) => d.excerpt)).to.include('- supports: no-such-claim');
    expect(inWorker.diagnostics).to.deep.equal((await onThePage('/virtual/mistake.md')).diagnostics);
  });

  it('without Worker, the page reads the big map itself', async () => {
    serveVirtual({ 'debate.md': BIG_MARKDOWN });
    window.Worker = undefined as unknown as typeof Worker;
    const { map, el } = await loaded('/virtual/debate.md');
    expect(map.claims.length).to.equal(2000);
    expect(el.state.$map.get()!.layout).to.equal(undefined);
  });

  it('when the worker fails to load, the page reads the big map itself', async () => {
    serveVirtual({ 'debate.md': BIG_MARKDOWN });
    watchWorkers({ fail: true });
    const { map } = await loaded('/virtual/debate.md');
    expect(workersStarted).to.equal(1);
    expect(map.claims.length).to.equal(2000);
  });

  it('a small map is read on the page, without a worker', async () => {
    serveVirtual({ 'small.md': '# t: Is it?\n\n## a: It is.\n' });
    watchWorkers();
    const { map } = await loaded('/virtual/small.md');
    expect(map.claims.map((c: { id: string }) => c.id)).to.deep.equal(['a']);
    expect(workersStarted).to.equal(0);
  });
});
