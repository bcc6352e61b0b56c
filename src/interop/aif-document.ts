import type { RelationKind } from '../model/types.js';

/**
 * The Argument Interchange Format as OVA and AIFdb write it in JSON: a graph of information
 * nodes (I, the claims) and scheme nodes (RA for an inference, CA for a conflict, and others
 * for dialogue and preference), joined by edges.
 *
 * ```json
 * { "nodes": [{ "nodeID": "1", "text": "Homework steals time.", "type": "I" },
 *             { "nodeID": "2", "text": "Default Inference", "type": "RA" }, …],
 *   "edges": [{ "edgeID": "1", "fromID": "1", "toID": "2" }, …],
 *   "locutions": [] }
 * ```
 */
export interface AifDocument {
  nodes: AifNode[];
  edges: AifEdge[];
  locutions: unknown[];
}

export interface AifNode {
  nodeID: string;
  text: string;
  /** `I`, `RA`, `CA`, `MA`, `PA`, `L`, `YA`, `TA`, … */
  type: string;
}

export interface AifEdge {
  edgeID: string;
  fromID: string;
  toID: string;
}

/**
 * What our map makes of each scheme node type that it keeps. A Map, so that a node of type
 * `constructor` or `__proto__` finds nothing instead of Object.prototype's members.
 */
export const AIF_RELATION_KINDS: ReadonlyMap<string, RelationKind> = new Map([['RA', 'supports'], ['CA', 'attacks']]);

/** True for parsed JSON that is AIF rather than our own map. */
export function looksLikeAif(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Array.isArray((value as { nodes?: unknown }).nodes) &&
    !Object.hasOwn(value, 'claims');
}
