import { releaseProxy, type Remote, wrap } from 'comlink';
import type { LayoutDirection, Point } from '../graph/layout.js';
import type { ReadAheadLayout } from '../graph/stored-layout.js';
import type { MapFormat } from '../interop/formats.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Labelling } from '../model/semantics/labelling.js';
import type { ArgumentMap, Claim, Relation } from '../model/types.js';
import type { MapFile, ParseResult } from '../parse/parse-markdown.js';
import type { MapWorker } from './map-worker.js';

/** From this many characters on, a map is read in the map worker: below, a worker's start-up costs more than it saves. */
export const WORKER_THRESHOLD = 512 * 1024;
/**
 * Claims (or relations) per message from the worker. Each message is copied into the page in a task
 * of its own; a slice this size takes a few milliseconds, so that no task comes near 50 ms.
 */
const SLICE = 2000;

/** A map read in the worker, and its layout when one was asked for and the map has no errors. */
export interface ReadInWorker extends ParseResult {
  layout?: ReadAheadLayout;
  /** The grounded labelling with nothing assumed, when the map has no errors. */
  grounded?: Labelling;
}

/** Why the worker could not be used: the caller reads on the main thread instead. */
export class WorkerUnavailable extends Error {}

/**
 * Reads, checks and (given `layout`) lays out `files` in a module worker, so that a big map never
 * blocks the page: the texts go to the worker, the map comes back in slices of `SLICE` claims and
 * relations, the positions as a transferred Float64Array. The layout in the other direction
 * follows once the map is shown, then the worker ends (see `ReadAheadLayout`). Rejects with
 * `WorkerUnavailable` when there is no Worker, the page's Content-Security-Policy refuses it,
 * or the worker's file fails to load or dies; with the abort reason when `signal` aborts.
 */
export async function readInWorker(files: readonly MapFile[], format: MapFormat | undefined, loadDiagnostics: readonly Diagnostic[],
  options: { signal?: AbortSignal; layout?: { aspectRatio: number; direction: LayoutDirection } } = {}): Promise<ReadInWorker> {
  const worker = startWorker();
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => { event.preventDefault(); reject(new WorkerUnavailable(`the map worker failed: ${event.message || 'it did not load'}`)); });
    worker.addEventListener('messageerror', () => reject(new WorkerUnavailable('the map worker sent a message that could not be read')));
    options.signal?.addEventListener('abort', () => reject(options.signal!.reason), { once: true });
  });
  failed.catch(() => {});
  const remote: Remote<MapWorker> = wrap<MapWorker>(worker);
  const ask = <T>(question: Promise<T>) => Promise.race([question, failed]);
  const end = () => {
    remote[releaseProxy]();
    worker.terminate();
  };
  try {
    options.signal?.throwIfAborted();
    const header = await ask(remote.read([...files], format, [...loadDiagnostics], options.layout));
    const claims: Claim[] = [];
    for (let start = 0; start < header.claimCount; start += SLICE) claims.push(...(await ask(remote.claims(start, start + SLICE))));
    const relations: Relation[] = [];
    for (let start = 0; start < header.relationCount; start += SLICE) relations.push(...(await ask(remote.relations(start, start + SLICE))));
    const map: ArgumentMap = { threads: header.threads, claims, relations, sources: header.sources };
    const grounded = header.grounded ? new Map(claims.map((claim, i) => [claim.id, header.grounded![i]])) : undefined;
    if (!header.positions || !options.layout) {
      end();
      return { map, diagnostics: header.diagnostics, ...(grounded ? { grounded } : {}) };
    }
    const layout = new Map<LayoutDirection, Map<string, Point>>([[options.layout.direction, layoutOf(claims, header.positions)]]);
    const other = options.layout.direction === 'down' ? 'right' : 'down';
    void ask(remote.layout(other))
      .then((positions) => { if (positions) layout.set(other, layoutOf(claims, positions)); })
      .catch(() => {})
      .finally(end);
    return { map, diagnostics: header.diagnostics, layout, ...(grounded ? { grounded } : {}) };
  } catch (error) {
    end();
    throw error;
  }
}

function layoutOf(claims: readonly Claim[], positions: Float64Array): Map<string, Point> {
  const layout = new Map<string, Point>();
  claims.forEach((claim, i) => layout.set(claim.id, { x: positions[2 * i], y: positions[2 * i + 1] }));
  return layout;
}

/** The Trusted Types policy that lets the worker's URL through a page that requires them; made once. */
let policy: TrustedScriptUrlPolicy | null | undefined;

interface TrustedScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}

/**
 * The map worker, from the file beside this module (dist/map-worker.js beside the bundles). Under
 * `require-trusted-types-for 'script'` its URL goes through the policy `argument-map-worker`, which
 * admits that one URL only; a page whose policy names leave it out reads on the main thread.
 */
function startWorker(): Worker {
  if (typeof Worker !== 'function') throw new WorkerUnavailable('this page has no Worker');
  const url = new URL('./map-worker.js', import.meta.url).href;
  const trustedTypes = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): TrustedScriptUrlPolicy } }).trustedTypes;
  if (policy === undefined && trustedTypes) {
    try {
      policy = trustedTypes.createPolicy('argument-map-worker', {
        createScriptURL: (asked) => {
          if (asked !== url) throw new TypeError(`argument-map-worker admits only ${url}`);
          return asked;
        },
      });
    } catch {
      policy = null;
    }
  }
  try {
    return new Worker((policy ? policy.createScriptURL(url) : url) as string, { type: 'module', name: 'argument-map' });
  } catch (error) {
    throw new WorkerUnavailable(`the map worker could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}
