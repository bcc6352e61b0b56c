import type { ArgumentMap } from '../model/types.js';
import type { AifDocument, AifEdge, AifNode } from './aif-document.js';
import type { ExportResult } from './export-result.js';
import { UniqueIds } from './imported-names.js';

/**
 * The map as AIF JSON for OVA and AIFdb: each claim an I-node whose `nodeID` is the claim's id,
 * each relation an RA node (supports) or CA node (attacks) with one edge in from the claim that
 * supports or attacks and one edge out to its target. Threads, tags, notes, quotes and sources
 * have no place in AIF and are left out, as are a second claim with the same id and relations
 * whose ends are not claims of the map. AIF holds any id and text, so nothing is refused.
 *
 * Read back with `importAif`, the claims and relations come back, in one thread named after the
 * file, with the reader's normalisations: texts on one line (runs of whitespace made one space),
 * ids that are not valid map ids made into slugs, and repeated or circular relations left out.
 */
export function exportAif(map: ArgumentMap): ExportResult {
  const nodeIds = new UniqueIds();
  const claimIds = new Set<string>();
  const nodes: AifNode[] = [];
  for (const claim of map.claims) {
    if (claimIds.has(claim.id)) continue;
    claimIds.add(nodeIds.claim(claim.id, claim.id));
    nodes.push({ nodeID: claim.id, text: claim.text, type: 'I' });
  }
  const edges: AifEdge[] = [];
  const edge = (fromID: string, toID: string) => edges.push({ edgeID: String(edges.length + 1), fromID, toID });
  for (const relation of map.relations) {
    if (!claimIds.has(relation.from) || !claimIds.has(relation.to)) continue;
    const type = relation.kind === 'supports' ? 'RA' : 'CA';
    const nodeID = nodeIds.claim(`${type.toLowerCase()}-${relation.from}-${relation.to}`, type);
    nodes.push({ nodeID, text: type === 'RA' ? 'Default Inference' : 'Default Conflict', type });
    edge(relation.from, nodeID);
    edge(nodeID, relation.to);
  }
  const document: AifDocument = { nodes, edges, locutions: [] };
  return { ok: true, text: `${JSON.stringify(document, null, 2)}\n` };
}
