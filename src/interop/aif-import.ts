import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt } from '../model/diagnostic.js';
import type { Claim, Relation, RelationKind, SourceLocation, Thread } from '../model/types.js';
import { emptyMap } from '../model/types.js';
import type { ParseResult } from '../parse/parse-markdown.js';
import { AIF_RELATION_KINDS } from './aif-document.js';
import { inCanonicalOrder } from './canonical-order.js';
import { threadNamedAfterFile } from './file-thread.js';
import { idFromTitle, singleLine, UniqueIds } from './imported-names.js';
import { JsonPositions, parseJson } from './json-positions.js';

interface ReadNode {
  id: string;
  type: string;
  text: string;
  location: SourceLocation;
}

const IGNORED_TYPES: Record<string, string> = {
  L: 'locutions', YA: 'illocutionary anchors', TA: 'transitions', MA: 'rephrases', PA: 'preferences',
};

/**
 * Reads AIF JSON (OVA, AIFdb) into one thread named after the file. I-nodes become claims (their
 * `nodeID` is the claim id when it is a valid id); each premise of an RA node `supports` its
 * conclusion and the attacker of a CA node `attacks` its target. Several premises of one RA
 * become one `supports` each: the map has no linked arguments. Dialogue nodes (L, YA, TA),
 * rephrases (MA) and preferences (PA) are left out, with one warning per kind. Never throws.
 */
export function importAif(text: string, file = 'map.json'): ParseResult {
  const parsed = parseJson(text, file);
  if ('error' in parsed) return { map: emptyMap(), diagnostics: [parsed.error] };
  return new AifReader(parsed.value, new JsonPositions(text, file), file).result();
}

class AifReader {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly nodes = new Map<string, ReadNode>();
  private readonly claimIds = new Map<string, string>();
  private readonly claims: Claim[] = [];
  private readonly relations: Relation[] = [];
  private readonly thread: Thread;

  constructor(private readonly value: unknown, private readonly positions: JsonPositions, file: string) {
    this.thread = threadNamedAfterFile(file, 'aif');
  }

  result(): ParseResult {
    const document = this.value as { nodes?: unknown; edges?: unknown };
    if (typeof this.value !== 'object' || this.value === null || !Array.isArray(document.nodes)) {
      this.error('', 'not-aif', 'not AIF: expected an object with "nodes" and "edges" arrays');
      return { map: emptyMap(), diagnostics: this.diagnostics };
    }
    if (document.edges !== undefined && !Array.isArray(document.edges)) this.error('edges', 'not-aif', 'edges: expected an array of edges');
    this.readNodes(document.nodes);
    const edges = this.readEdges(Array.isArray(document.edges) ? document.edges : []);
    this.readSchemes(edges);
    const threads = this.claims.length > 0 ? [this.thread] : [];
    const map = inCanonicalOrder({ threads, claims: this.claims, relations: this.relations, sources: [] });
    return { map, diagnostics: this.diagnostics };
  }

  private readNodes(nodes: unknown[]): void {
    const ids = new UniqueIds();
    const ignored = new Map<string, number>();
    nodes.forEach((raw, i) => {
      const path = `nodes[${i}]`;
      const node = raw as { nodeID?: unknown; text?: unknown; type?: unknown };
      if (typeof raw !== 'object' || raw === null) return this.error(path, 'bad-aif', `${path}: expected a node object`);
      if (typeof node.nodeID !== 'string' && typeof node.nodeID !== 'number') return this.error(path, 'bad-aif', `${path}.nodeID: missing; every node needs an id`);
      if (typeof node.type !== 'string') return this.error(path, 'bad-aif', `${path}.type: missing; expected "I", "RA", "CA", …`);
      const id = String(node.nodeID);
      if (this.nodes.has(id)) return this.error(path, 'duplicate-id', `${path}: node id "${id}" is used twice`);
      const read: ReadNode = { id, type: node.type, text: typeof node.text === 'string' ? node.text : '', location: this.positions.at(path) };
      this.nodes.set(id, read);
      if (node.type === 'I') {
        const claimId = ids.claim(idFromTitle(id), 'node');
        this.claimIds.set(id, claimId);
        const text = singleLine(read.text);
        if (!text) this.error(path, 'empty-text', `${path}: this I-node has no text`);
        this.claims.push({ id: claimId, text, thread: this.thread.id, tags: [], quotes: [], location: read.location });
      } else if (!(node.type in AIF_RELATION_KINDS)) {
        ignored.set(node.type, (ignored.get(node.type) ?? 0) + 1);
      }
    });
    for (const [type, count] of ignored) {
      const what = IGNORED_TYPES[type] ?? 'nodes of a kind the map does not hold';
      this.diagnostics.push(diagnosticAt(this.positions.at('nodes'), 'warning', 'ignored-nodes',
        `${count} ${type} node${count === 1 ? '' : 's'} (${what}) left out: the map keeps claims (I), support (RA) and attack (CA)`));
    }
  }

  private readEdges(edges: unknown[]): { from: ReadNode; to: ReadNode; path: string }[] {
    const read: { from: ReadNode; to: ReadNode; path: string }[] = [];
    edges.forEach((raw, i) => {
      const path = `edges[${i}]`;
      const edge = (typeof raw === 'object' && raw !== null ? raw : {}) as { fromID?: unknown; toID?: unknown };
      if (edge.fromID === undefined || edge.toID === undefined) return this.error(path, 'bad-aif', `${path}: an edge needs "fromID" and "toID"`);
      const from = this.nodes.get(String(edge.fromID));
      const to = this.nodes.get(String(edge.toID));
      if (!from || !to) return this.error(path, 'unknown-node', `${path}: ${from ? 'toID' : 'fromID'} "${String(from ? edge.toID : edge.fromID)}" names no node`);
      read.push({ from, to, path });
    });
    return read;
  }

  private readSchemes(edges: { from: ReadNode; to: ReadNode; path: string }[]): void {
    const seen = new Set<string>();
    for (const scheme of this.nodes.values()) {
      const kind: RelationKind | undefined = AIF_RELATION_KINDS[scheme.type as keyof typeof AIF_RELATION_KINDS];
      if (!kind) continue;
      const premises = edges.filter((e) => e.to === scheme && e.from.type === 'I');
      const conclusions = edges.filter((e) => e.from === scheme);
      const at = scheme.location;
      if (premises.length === 0 || conclusions.length === 0) {
        this.diagnostics.push(diagnosticAt(at, 'warning', 'incomplete-scheme',
          `${scheme.type} node "${scheme.id}" has ${premises.length === 0 ? 'no incoming edge from an I-node' : 'no outgoing edge'}, so it relates nothing`));
        continue;
      }
      for (const conclusion of conclusions) {
        if (conclusion.to.type !== 'I') {
          this.diagnostics.push(diagnosticAt(this.positions.at(conclusion.path), 'warning', 'unsupported-target',
            `${scheme.type} node "${scheme.id}" points at ${conclusion.to.type} node "${conclusion.to.id}", not at a claim: the map cannot hold a relation on a relation, so it is left out`));
          continue;
        }
        for (const premise of premises) {
          const from = this.claimIds.get(premise.from.id)!;
          const to = this.claimIds.get(conclusion.to.id)!;
          const key = `${from} ${kind} ${to}`;
          if (from === to || seen.has(key)) continue;
          seen.add(key);
          this.relations.push({ from, to, kind, location: at });
        }
      }
    }
  }

  private error(path: string, code: string, message: string): void {
    this.diagnostics.push(diagnosticAt(this.positions.at(path), 'error', code, message));
  }
}
