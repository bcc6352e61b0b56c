// The map worker: reads, checks and lays out a big map off the page's main thread (see
// read-in-worker.ts). Bundled as a file of its own (dist/map-worker.js), loaded as a module worker.
import { expose, transfer } from 'comlink';
import { computeStoredLayout } from '../graph/stored-layout.js';
import type { LayoutDirection } from '../graph/layout.js';
import type { MapFormat } from '../interop/formats.js';
import { readMapTexts } from '../interop/read-any.js';
import { type Diagnostic, hasErrors, withExcerpts } from '../model/diagnostic.js';
import { frameworkOfMap } from '../model/semantics/framework.js';
import { groundedLabelling } from '../model/semantics/grounded.js';
import type { Label } from '../model/semantics/labelling.js';
import type { ArgumentMap, Claim, Relation, Source, Thread } from '../model/types.js';
import type { MapFile } from '../parse/parse-markdown.js';

/** What `read` answers at once; the claims and relations follow in slices. */
export interface ReadHeader {
  threads: Thread[];
  sources: Source[];
  claimCount: number;
  relationCount: number;
  diagnostics: Diagnostic[];
  /** Each claim's x and y, in `claims` order, laid out in the direction asked for, unless the map has errors. */
  positions: Float64Array | null;
  /** Each claim's grounded label with nothing assumed, in `claims` order, when the map has no errors. */
  grounded: Label[] | null;
}

let last: { map: ArgumentMap; aspectRatio: number } | null = null;

const mapWorker = {
  /** Reads `files` as `readMapTexts` does, with excerpts; lays the map out `direction` for `aspectRatio` when given. */
  async read(files: MapFile[], format: MapFormat | undefined, loadDiagnostics: Diagnostic[], layout?: { aspectRatio: number; direction: LayoutDirection }): Promise<ReadHeader> {
    const { map, diagnostics } = await readMapTexts(files, format, { diagnostics: loadDiagnostics });
    const laidOut = layout !== undefined && !hasErrors(diagnostics) && map.claims.length > 0;
    last = laidOut ? { map, aspectRatio: layout.aspectRatio } : { map, aspectRatio: 0 };
    const positions = laidOut ? packed(map, computeStoredLayout(map, layout.aspectRatio, layout.direction)) : null;
    const labelling = hasErrors(diagnostics) ? null : groundedLabelling(frameworkOfMap(map));
    const grounded = labelling ? map.claims.map((claim) => labelling.get(claim.id) ?? 'undec') : null;
    const header: ReadHeader = {
      threads: map.threads,
      sources: map.sources,
      claimCount: map.claims.length,
      relationCount: map.relations.length,
      diagnostics: withExcerpts(diagnostics, files),
      positions,
      grounded,
    };
    return positions ? transfer(header, [positions.buffer]) : header;
  },

  /** The last map laid out `direction` as `read` would, or null when it was not laid out. */
  layout(direction: LayoutDirection): Float64Array | null {
    if (!last?.aspectRatio) return null;
    const positions = packed(last.map, computeStoredLayout(last.map, last.aspectRatio, direction));
    return transfer(positions, [positions.buffer]);
  },

  /** The last map's claims from `start` up to `end`. */
  claims(start: number, end: number): Claim[] {
    return last?.map.claims.slice(start, end) ?? [];
  },

  /** The last map's relations from `start` up to `end`. */
  relations(start: number, end: number): Relation[] {
    return last?.map.relations.slice(start, end) ?? [];
  },
};

/** Each claim's x and y in `map.claims` order, two numbers a claim. */
function packed(map: ArgumentMap, layout: ReadonlyMap<string, { x: number; y: number }>): Float64Array {
  const positions = new Float64Array(map.claims.length * 2);
  map.claims.forEach((claim, i) => {
    const at = layout.get(claim.id);
    positions[2 * i] = at?.x ?? 0;
    positions[2 * i + 1] = at?.y ?? 0;
  });
  return positions;
}

export type MapWorker = typeof mapWorker;

expose(mapWorker);
