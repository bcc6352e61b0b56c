import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { generateDebate, toMarkdown } from '../../bench/debate.js';
import '../../src/components/argument-map/argument-map.js';
import type { ArgumentMapElement } from '../../src/components/argument-map/argument-map.js';
import type { ArgumentMap } from '../../src/model/types.js';
import { until } from '../helpers/until.js';
import { nextFrames, panelOf } from './helpers.js';

/**
 * The hostile-input probe's categories (#13), each given to the element in the page: it must
 * keep responding while it loads (a `setTimeout(0)` callback runs at least every 2 s), and end
 * showing either the map or a visible error in its status part, never an uncaught error.
 * Inputs are generated here and served by an in-page route (a stand-in for `fetch` that answers
 * for `/__hostile/NAME` with the given bytes), so each file has the name and bytes a user's would.
 */

/** Longest the page may go without running a task while a map loads. */
const RESPONSIVE_MS = 2000;
/**
 * The same for 100,000 claims. Loading them is a series of tasks (reading in 40 ms slices, then
 * checking, indexing, the stores, measuring labels in slices, layout); on an idle machine the
 * longest is about half a second, but the few that are not sliced (checking, indexing, the
 * stores' labelling, layout) each took 2–2.5 s with the test machine's two cores shared by many
 * runs. The bound is looser here so that the test catches a freeze, not a busy machine.
 */
const BIG_MAP_RESPONSIVE_MS = 5000;
const ROUTE = '/__hostile/';

type Body = string | Uint8Array<ArrayBuffer>;

const encoder = new TextEncoder();

/** A small, valid map whose claims carry `claimText`. */
const smallMap = (claimText = 'It is so.') => `# t: Is it so?

## yes: ${claimText}

> It is so.
>
> — s

## no: It is not so.

- attacks: yes

> It is not so.
>
> — s

# Sources

## s: A source
`;

function utf16le(text: string, bom = true): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let at = 0;
  if (bom) {
    bytes[at++] = 0xff;
    bytes[at++] = 0xfe;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[at++] = code & 0xff;
    bytes[at++] = code >> 8;
  }
  return bytes;
}

/** UTF-8 with bytes that are not UTF-8 where the claim's text is. */
function invalidUtf8(): Uint8Array<ArrayBuffer> {
  const [before, after] = smallMap('MARK').split('MARK');
  return new Uint8Array([...encoder.encode(`${before}It is `), 0xc3, 0x28, 0xff, 0xfe, 0x80, ...encoder.encode(` so.${after}`)]);
}

/** Bytes that look like no text: a PNG signature, then noise (a fixed seed, so every run is alike). */
function binary(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let seed = 42;
  for (let i = 8; i < size; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = seed >> 16;
  }
  return bytes;
}

function manyClaims(count: number): string {
  return toMarkdown(generateDebate({ claims: count, seed: 7 }), 'generated.source.txt');
}

/** Claims whose quotes differ by one word: the kind of map that makes quote lookups slow. */
function nearIdenticalQuotes(count: number): string {
  const sentence = 'The export controls on advanced chips were meant to slow progress but may have spurred innovation instead';
  const claims = Array.from({ length: count }, (_, i) => `## q${i}: Claim ${i}.\n\n${i ? `- supports: q0\n\n` : ''}> ${sentence} ${i}.\n>\n> — s\n`);
  return `# t: Is it so?\n\n${claims.join('\n')}\n# Sources\n\n## s: A source\n`;
}

/** Ids an object lookup or Cytoscape could trip on. Markdown ids start with a letter or digit, so `__proto__` only comes in JSON. */
const HOSTILE_IDS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'r0', 'r1'];
const MARKDOWN_IDS = HOSTILE_IDS.filter((id) => /^[A-Za-z0-9]/.test(id));

function hostileIdsMarkdown(): string {
  const ids = MARKDOWN_IDS;
  const claims = ids.map((id, i) => `## ${id}: Claim called ${id}.\n\n${i ? `- supports: ${ids[i - 1]}\n\n` : ''}- tags: constructor, __proto__\n\n> Claim called ${id}.\n>\n> — ${i % 2 ? 'toString' : 'constructor'}\n`);
  return `# constructor: A thread called constructor?\n\n${claims.join('\n')}\n# Sources\n\n## toString: A source called toString\n\n## constructor: A source called constructor\n\n- stance:\n  - constructor: for — A stance on the thread called constructor.\n`;
}

function hostileIdsJson(): ArgumentMap {
  return {
    threads: [{ id: '__proto__', title: 'A thread called __proto__?' }],
    claims: HOSTILE_IDS.map((id) => ({ id, text: `Claim called ${id}.`, thread: '__proto__', tags: ['__proto__', 'constructor'], quotes: [{ text: 'Words.', source: 'constructor' }] })),
    relations: HOSTILE_IDS.slice(1).map((id, i) => ({ from: id, to: HOSTILE_IDS[i], kind: i % 2 ? 'attacks' as const : 'supports' as const })),
    sources: [{ id: 'constructor', title: 'A source called constructor', stances: [{ thread: '__proto__', position: 'for', summary: '' }] }],
  };
}

/**
 * `fetch` answering for `/__hostile/NAME` with `files[NAME]`, as a server would; the rest goes on
 * as usual. Text is turned into bytes here, before the element asks, as a server has it ready.
 */
class InPageRoute extends Map<string, Uint8Array<ArrayBuffer>> {
  serve(name: string, body: Body): void {
    this.set(name, typeof body === 'string' ? encoder.encode(body) : body);
  }
}

function serveInPage(files: ReadonlyMap<string, Uint8Array<ArrayBuffer>>): () => void {
  const realFetch = window.fetch;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(ROUTE)) return realFetch(input, init);
    const body = files.get(decodeURIComponent(url.pathname.slice(ROUTE.length)));
    if (body === undefined) return Promise.resolve(new Response('not found', { status: 404 }));
    const type = url.pathname.endsWith('.json') ? 'application/json' : 'text/markdown';
    return Promise.resolve(new Response(body, { headers: { 'content-type': type } }));
  }) as typeof fetch;
  return () => {
    window.fetch = realFetch;
  };
}

/**
 * The longest the page went without running a `setTimeout(0)` callback, from now until `stop`,
 * and what the long tasks were (with the element's own `argument-map:*` measures), to say why.
 */
function watchResponsiveness() {
  const entries: string[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) entries.push(`${e.entryType === 'longtask' ? 'long task' : e.name} at ${Math.round(e.startTime)} ms: ${Math.round(e.duration)} ms`);
  });
  observer.observe({ entryTypes: ['longtask', 'measure'] });
  let last = performance.now();
  let worst = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  return () => {
    running = false;
    observer.disconnect();
    return { worst: Math.max(worst, performance.now() - last), entries };
  };
}

/** Errors and rejections that nothing caught. */
function watchUncaught() {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    return seen;
  };
}

interface Outcome {
  el: ArgumentMapElement;
  event: 'map-load' | 'map-error';
  /** The status part's text when the element shows an error. */
  error: string;
  worstPauseMs: number;
  /** The long tasks and the element's measures while it loaded. */
  tasks: string[];
}

/**
 * Puts an `<argument-map>` on the page given `input` (a route name, a `map` object or inline
 * Markdown), and watches it until it has shown the map or an error.
 */
async function give(input: { src: string } | { map: ArgumentMap } | { inline: string }, timeoutMs = 60_000): Promise<Outcome> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px; height: 640px"></div>`);
  const stopUncaught = watchUncaught();
  const stopWatching = watchResponsiveness();
  const settled = new Promise<'map-load' | 'map-error'>((resolve, reject) => {
    wrapper.addEventListener('map-load', () => resolve('map-load'));
    wrapper.addEventListener('map-error', () => resolve('map-error'));
    setTimeout(() => reject(new Error(`neither map-load nor map-error within ${timeoutMs} ms`)), timeoutMs);
  });
  if ('src' in input) render(html`<argument-map src=${ROUTE + input.src}></argument-map>`, wrapper);
  else if ('map' in input) render(html`<argument-map .map=${input.map}></argument-map>`, wrapper);
  // Inline Markdown goes in as the script's text, as a page would write it.
  else render(html`<argument-map><script type="text/markdown">${input.inline}</script></argument-map>`, wrapper);
  const event = await settled;
  const el = wrapper.querySelector('argument-map')!;
  await el.updateComplete;
  await nextFrames(3);
  const { worst: worstPauseMs, entries: tasks } = stopWatching();
  const uncaught = stopUncaught();
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
  const status = el.shadowRoot!.querySelector<HTMLElement>('[part=status]');
  const error = event === 'map-error' ? status?.textContent?.replace(/\s+/g, ' ').trim() ?? '' : '';
  return { el, event, error, worstPauseMs, tasks };
}

/** The element shows the map: claims drawn (by Cytoscape or, for big maps, the overview) and no error. */
function expectMapShown(outcome: Outcome, claims?: number) {
  expect(outcome.event, outcome.error).to.equal('map-load');
  const loaded = outcome.el.state.$map.get()!;
  if (claims !== undefined) expect(loaded.map.claims.length).to.equal(claims);
  expect(outcome.el.shadowRoot!.querySelector('[part=status]')).to.equal(null);
}

/** The element shows an error, visibly and as an alert, in place of the graph. */
function expectErrorShown(outcome: Outcome, words?: RegExp) {
  expect(outcome.event).to.equal('map-error');
  const status = outcome.el.shadowRoot!.querySelector<HTMLElement>('[part=status]')!;
  expect(status.getAttribute('role')).to.equal('alert');
  const box = status.getBoundingClientRect();
  expect(box.width * box.height).to.be.above(1000);
  if (words) expect(outcome.error).to.match(words);
}

/** The map with claims on screen, or a visible message (an error, or that the map has no claims). */
function expectMapOrMessage(outcome: Outcome) {
  const claims = outcome.el.state.$map.get()?.map.claims.length ?? 0;
  if (outcome.event === 'map-load' && claims > 0) return;
  const status = outcome.el.shadowRoot!.querySelector<HTMLElement>('[part=status]');
  expect(status, 'a message in place of an empty graph').to.not.equal(null);
  expect(status!.getAttribute('role')).to.be.oneOf(['alert', 'status']);
  const box = status!.getBoundingClientRect();
  expect(box.width * box.height).to.be.above(1000);
  expect(status!.textContent).to.match(outcome.event === 'map-load' ? /has no claims/ : /could not be shown/);
}

function expectResponsive(outcome: Outcome, bound = RESPONSIVE_MS) {
  expect(outcome.worstPauseMs, `longest pause of the page while loading (ms); ${outcome.tasks.join('; ')}`).to.be.below(bound);
}

describe('<argument-map> given hostile input stays responsive and shows the map or an error', function () {
  this.timeout(120_000);
  const files = new InPageRoute();
  let restore: () => void;
  before(() => (restore = serveInPage(files)));
  after(() => restore());
  afterEach(() => files.clear());

  it('a 50 MB text: refused with a message saying how large it may be', async () => {
    files.serve('huge.md', `# t: Is it so?\n\n${'word '.repeat(10 * 1024 * 1024)}`);
    const outcome = await give({ src: 'huge.md' });
    expectErrorShown(outcome, /at most 32 M/);
    expectResponsive(outcome);
  });

  it('a 10 MB single line: a claim whose text is one 10 MB word', async () => {
    files.serve('line.md', smallMap('x'.repeat(10 * 1024 * 1024)));
    const outcome = await give({ src: 'line.md' });
    expectMapShown(outcome, 2);
    // The box shows the start of the text, cut short; the panel has it whole.
    await until(() => outcome.el.cy!.$id('yes').nonempty(), 'the claim drawn');
    const label: string = outcome.el.cy!.$id('yes').data('wrapped');
    expect(label.length).to.be.below(1000);
    expect(outcome.el.cy!.$id('yes').height()).to.be.below(400);
    expectResponsive(outcome);
  });

  it('a 10 MB line with no structure at all: a message that the map has no claims, not an empty graph', async () => {
    files.serve('noise.md', 'x'.repeat(10 * 1024 * 1024));
    const outcome = await give({ src: 'noise.md' });
    expectMapOrMessage(outcome);
    expectResponsive(outcome);
  });

  it('100,000 claims', async () => {
    files.serve('many.md', manyClaims(100_000));
    const outcome = await give({ src: 'many.md' });
    expectMapShown(outcome, 100_000);
    expectResponsive(outcome, BIG_MAP_RESPONSIVE_MS);
  });

  it('quotes and lists nested 100,000 deep, in Markdown and JSON', async () => {
    files.serve('deep-quotes.md', `${smallMap()}\n${'>'.repeat(100_000)} deep\n`);
    files.serve('deep-lists.md', `${smallMap()}\n${Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')}\n`);
    files.serve('deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    files.serve('deep-object.json', `${'{"claims":'.repeat(50_000)}[]${'}'.repeat(50_000)}`);
    for (const name of ['deep-quotes.md', 'deep-lists.md', 'deep.json', 'deep-object.json']) {
      const outcome = await give({ src: name });
      expectErrorShown(outcome);
      expectResponsive(outcome);
    }
  });

  it('5,000 claims with near-identical quotes', async () => {
    files.serve('quotes.md', nearIdenticalQuotes(5000));
    const outcome = await give({ src: 'quotes.md' });
    expectMapShown(outcome, 5000);
    expectResponsive(outcome);
  });

  it('an empty file, and one of only whitespace', async () => {
    files.serve('empty.md', '');
    files.serve('blank.md', ' \n\t\n\r\n');
    for (const name of ['empty.md', 'blank.md']) {
      const outcome = await give({ src: name });
      expectErrorShown(outcome, /is empty/);
    }
  });

  it('bare JSON values: 1, "x", null, [], true', async () => {
    for (const [i, value] of ['1', '"x"', 'null', '[]', 'true'].entries()) {
      files.serve(`bare-${i}.json`, value);
      const outcome = await give({ src: `bare-${i}.json` });
      expectErrorShown(outcome, /expected an object/);
    }
  });

  it('NUL bytes in a claim, a heading and a quote', async () => {
    files.serve('nul.md', smallMap('It\u0000 is\u0000 so.').replace('# t: Is it so?', '# t: Is\u0000 it so?').replace('> It is not so.', '> It is\u0000 not so.'));
    const outcome = await give({ src: 'nul.md' });
    expectMapOrMessage(outcome);
  });

  it('invalid UTF-8 in a claim: the map, or an error, never garbage silently', async () => {
    files.serve('invalid.md', invalidUtf8());
    const outcome = await give({ src: 'invalid.md' });
    if (outcome.event === 'map-load') expect(outcome.el.cy!.$id('yes').data('label')).to.match(/^It is .* so\.$/);
    else expectErrorShown(outcome, /UTF-8|encoding|binary/i);
  });

  it('binary bytes named .md: an error', async () => {
    files.serve('picture.md', binary(64 * 1024));
    const outcome = await give({ src: 'picture.md' });
    expectErrorShown(outcome);
    expectResponsive(outcome);
  });

  it('a map saved as UTF-16 (with a BOM) is shown', async () => {
    files.serve('utf16.md', utf16le(smallMap()));
    const outcome = await give({ src: 'utf16.md' });
    expectMapShown(outcome, 2);
    expect(outcome.el.cy!.$id('yes').data('label')).to.equal('It is so.');
  });

  it('binary bytes named .md: the error says the file is not text', async () => {
    files.serve('picture.md', binary(64 * 1024));
    expectErrorShown(await give({ src: 'picture.md' }), /binary|not a text file/i);
  });

  it('hostile ids (__proto__, constructor, r0, …) in Markdown: every claim and relation drawn, the panel works', async () => {
    files.serve('ids.md', hostileIdsMarkdown());
    const outcome = await give({ src: 'ids.md' });
    expectMapShown(outcome, MARKDOWN_IDS.length);
    const { el } = outcome;
    expect(el.cy!.nodes('.claim').map((n) => n.id()).sort()).to.deep.equal([...MARKDOWN_IDS].sort());
    expect(el.cy!.edges().length).to.equal(MARKDOWN_IDS.length - 1);
    for (const id of ['constructor', 'toString', 'r0']) {
      el.selected = id;
      await el.updateComplete;
      await el.shadowRoot!.querySelector('claim-panel')!.updateComplete;
      expect(panelOf(el)!.querySelector('h2')!.textContent).to.equal(`Claim called ${id}.`);
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('hostile ids in JSON, by src and as the map property', async () => {
    files.serve('ids.json', JSON.stringify(hostileIdsJson()));
    for (const input of [{ src: 'ids.json' }, { map: hostileIdsJson() }]) {
      const outcome = await give(input);
      expectMapShown(outcome, HOSTILE_IDS.length);
      expect(outcome.el.cy!.edges().length).to.equal(HOSTILE_IDS.length - 1);
      expect(outcome.el.cy!.$id('__proto__').data('label')).to.equal('Claim called __proto__.');
      outcome.el.selected = '__proto__';
      await outcome.el.updateComplete;
      await outcome.el.shadowRoot!.querySelector('claim-panel')!.updateComplete;
      expect(panelOf(outcome.el)!.querySelector('h2')!.textContent).to.equal('Claim called __proto__.');
    }
  });

  it('hostile input as inline Markdown: a 2 MB line, and hostile ids', async () => {
    const long = await give({ inline: smallMap('y'.repeat(2 * 1024 * 1024)) });
    expectMapShown(long, 2);
    expectResponsive(long);
    const ids = await give({ inline: hostileIdsMarkdown() });
    expectMapShown(ids, MARKDOWN_IDS.length);
  });
});
