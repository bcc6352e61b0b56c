import type { ElementDefinition } from 'cytoscape';
import type { MapIndex } from '../model/queries.js';
import type { Side } from '../model/sides.js';
import type { ArgumentMap } from '../model/types.js';
import type { Point } from './layout.js';

/** Prefix of the compound nodes that group a thread's claims; claim ids cannot contain ':'. */
export const THREAD_NODE_PREFIX = 'thread:';

/**
 * The map as Cytoscape elements: a compound node per thread, a node per claim (its id is the
 * claim id), an edge per relation from the arguing claim to the claim it argues about.
 */
export function toElements(map: ArgumentMap, index: MapIndex, sides: ReadonlyMap<string, Side>, positions: ReadonlyMap<string, Point>): ElementDefinition[] {
  const threadOrder = new Map(map.threads.map((t, i) => [t.id, i]));
  const sourceOrder = new Map(map.sources.map((s, i) => [s.id, i]));
  const elements: ElementDefinition[] = map.threads.map((thread) => ({
    group: 'nodes',
    data: { id: THREAD_NODE_PREFIX + thread.id, label: thread.title, thread: thread.id },
    classes: 'thread',
    selectable: false,
  }));
  for (const claim of index.claims.values()) {
    elements.push({
      group: 'nodes',
      data: {
        id: claim.id,
        parent: threadOrder.has(claim.thread) ? THREAD_NODE_PREFIX + claim.thread : undefined,
        label: claim.text,
        thread: claim.thread,
        threadIndex: threadOrder.get(claim.thread) ?? 0,
        side: sides.get(claim.id) ?? 'thesis',
        sourceIndex: sourceOrder.get(claim.quotes[0]?.source ?? '') ?? -1,
      },
      classes: `claim ${sides.get(claim.id) ?? 'thesis'}`,
      position: positions.get(claim.id) ?? { x: 0, y: 0 },
    });
  }
  map.relations.forEach((relation, i) => {
    if (!index.claims.has(relation.from) || !index.claims.has(relation.to)) return;
    elements.push({
      group: 'edges',
      data: { id: `r${i}`, source: relation.from, target: relation.to, kind: relation.kind },
      classes: relation.kind,
    });
  });
  return elements;
}
