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
  /** Edges into and out of this node, in the order the file lists them. */
  incoming: ReadEdge[];
  outgoing: ReadEdge[];
}

interface ReadEdge {
  from: ReadNode;
  to: ReadNode;
  path: string;
}

const IGNORED_TYPES = new Map([
  ['L', 'locutions'], ['YA', 'illocutionary anchors'], ['TA', 'transitions'], ['MA', 'rephrases'], ['PA', 'preferences'],
]);

/**
 * A scheme node joins each of its premises to each of its conclusions; real ones have a few of
 * each. Past this many pairs a node is more likely hostile than an argument, and is left out.
 */
const MAX_SCHEME_PAIRS = 10_000;

/**
 * Reads AIF JSON (OVA, AIFdb) into one thread named after the file. I-nodes become claims (their
 * `nodeID` is the claim id when it is a valid id); each premise of an RA node `supports` its
 * conclusion and the attacker of a CA node `attacks` its target. Several premises of one RA
 * become one `supports` each: the map has no linked arguments. Dialogue nodes (L, YA, TA),
 * rephrases (MA) and preferences (PA) are left out, with one warning per kind. Never throws:
 * a field of the wrong type is a diagnostic at that field.
 */
export function importAif(text: string, file = 'map.json'): ParseResult {
  const parsed = parseJson(text, file);
  if ('error' in parsed) return { map: emptyMap(), diagnostics: [parsed.error] };
  return new AifReader(parsed.value, new JsonPositions(text, file), file).result();
}

class AifReader {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly nodes = new Map<string, ReadNode>();
  private readonly claimIds = new Map<ReadNode, string>();
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
    const edges = Object.hasOwn(this.value, 'edges') ? document.edges : undefined;
    if (edges !== undefined && !Array.isArray(edges)) this.error('edges', 'not-aif', 'edges: expected an array of edges');
    this.readNodes(document.nodes);
    this.readEdges(Array.isArray(edges) ? edges : []);
    this.readSchemes();
    const threads = this.claims.length > 0 ? [this.thread] : [];
    const map = inCanonicalOrder({ threads, claims: this.claims, relations: this.relations, sources: [] });
    return { map, diagnostics: this.diagnostics };
  }

  private readNodes(nodes: readonly unknown[]): void {
    const ids = new UniqueIds();
    const ignored = new Map<string, number>();
    for (let i = 0; i < nodes.length; i++) {
      const path = `nodes[${i}]`;
      const node = ownFields(nodes[i]);
      if (!node) {
        this.error(path, 'bad-aif', `${path}: expected a node object`);
        continue;
      }
      const nodeId = idOf(node.nodeID);
      if (nodeId === undefined) {
        this.error(node.nodeID === undefined ? path : `${path}.nodeID`, 'bad-aif', `${path}.nodeID: ${node.nodeID === undefined ? 'missing' : `expected a string or number, got ${kindOf(node.nodeID)}`}; every node needs an id`);
        continue;
      }
      if (typeof node.type !== 'string') {
        this.error(node.type === undefined ? path : `${path}.type`, 'bad-aif', `${path}.type: ${node.type === undefined ? 'missing' : `expected a string, got ${kindOf(node.type)}`}; expected "I", "RA", "CA", …`);
        continue;
      }
      if (node.text !== undefined && node.text !== null && typeof node.text !== 'string') {
        this.error(`${path}.text`, 'bad-aif', `${path}.text: expected a string, got ${kindOf(node.text)}`);
      }
      if (this.nodes.has(nodeId)) {
        this.error(path, 'duplicate-id', `${path}: node id "${nodeId}" is used twice`);
        continue;
      }
      const read: ReadNode = {
        id: nodeId, type: node.type, text: typeof node.text === 'string' ? node.text : '', location: this.positions.at(path), incoming: [], outgoing: [],
      };
      this.nodes.set(nodeId, read);
      if (node.type === 'I') {
        const claimId = ids.claim(idFromTitle(nodeId), 'node');
        this.claimIds.set(read, claimId);
        const text = singleLine(read.text);
        if (!text) this.error(path, 'empty-text', `${path}: this I-node has no text`);
        this.claims.push({ id: claimId, text, thread: this.thread.id, tags: [], quotes: [], location: read.location });
      } else if (!AIF_RELATION_KINDS.has(node.type)) {
        ignored.set(node.type, (ignored.get(node.type) ?? 0) + 1);
      }
    }
    for (const [type, count] of ignored) {
      const what = IGNORED_TYPES.get(type) ?? 'nodes of a kind the map does not hold';
      this.diagnostics.push(diagnosticAt(this.positions.at('nodes'), 'warning', 'ignored-nodes',
        `${count} ${type} node${count === 1 ? '' : 's'} (${what}) left out: the map keeps claims (I), support (RA) and attack (CA)`));
    }
  }

  private readEdges(edges: readonly unknown[]): void {
    for (let i = 0; i < edges.length; i++) {
      const path = `edges[${i}]`;
      const edge = ownFields(edges[i]);
      if (!edge) {
        this.error(path, 'bad-aif', `${path}: expected an edge object`);
        continue;
      }
      const ends = (['fromID', 'toID'] as const).map((field) => {
        const id = idOf(edge[field]);
        if (id === undefined) {
          const why = edge[field] === undefined ? 'missing' : `expected a string or number, got ${kindOf(edge[field])}`;
          this.error(edge[field] === undefined ? path : `${path}.${field}`, 'bad-aif', `${path}.${field}: ${why}; an edge joins two node ids`);
          return undefined;
        }
        const node = this.nodes.get(id);
        if (!node) this.error(`${path}.${field}`, 'unknown-node', `${path}: ${field} "${id}" names no node`);
        return node;
      });
      const [from, to] = ends;
      if (!from || !to) continue;
      const read = { from, to, path };
      from.outgoing.push(read);
      to.incoming.push(read);
    }
  }

  private readSchemes(): void {
    const seen = new Set<string>();
    for (const scheme of this.nodes.values()) {
      const kind = AIF_RELATION_KINDS.get(scheme.type);
      if (!kind) continue;
      const premises = scheme.incoming.filter((e) => e.from.type === 'I');
      const conclusions = scheme.outgoing;
      const at = scheme.location;
      if (premises.length === 0 || conclusions.length === 0) {
        this.diagnostics.push(diagnosticAt(at, 'warning', 'incomplete-scheme',
          `${scheme.type} node "${scheme.id}" has ${premises.length === 0 ? 'no incoming edge from an I-node' : 'no outgoing edge'}, so it relates nothing`));
        continue;
      }
      if (premises.length * conclusions.length > MAX_SCHEME_PAIRS) {
        this.diagnostics.push(diagnosticAt(at, 'warning', 'scheme-too-wide',
          `${scheme.type} node "${scheme.id}" joins ${premises.length} premises to ${conclusions.length} conclusions; at most ${MAX_SCHEME_PAIRS} pairs are read, so it is left out`));
        continue;
      }
      for (const conclusion of conclusions) {
        if (conclusion.to.type !== 'I') {
          this.diagnostics.push(diagnosticAt(this.positions.at(conclusion.path), 'warning', 'unsupported-target',
            `${scheme.type} node "${scheme.id}" points at ${conclusion.to.type} node "${conclusion.to.id}", not at a claim: the map cannot hold a relation on a relation, so it is left out`));
          continue;
        }
        this.relate(premises, conclusion.to, kind, at, seen);
      }
    }
  }

  private relate(premises: readonly ReadEdge[], conclusion: ReadNode, kind: RelationKind, at: SourceLocation, seen: Set<string>): void {
    const to = this.claimIds.get(conclusion)!;
    for (const premise of premises) {
      const from = this.claimIds.get(premise.from)!;
      const key = `${from} ${kind} ${to}`;
      if (from === to || seen.has(key)) continue;
      seen.add(key);
      this.relations.push({ from, to, kind, location: at });
    }
  }

  private error(path: string, code: string, message: string): void {
    this.diagnostics.push(diagnosticAt(this.positions.at(path), 'error', code, message));
  }
}

/** A JSON object's own fields, or undefined for anything else (an array, a string, null). */
function ownFields(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const fields: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of ['nodeID', 'type', 'text', 'fromID', 'toID']) {
    if (Object.hasOwn(value, key)) fields[key] = (value as Record<string, unknown>)[key];
  }
  return fields;
}

/** A node id as AIF writes it: a string, or a number that OVA writes for its own ids. */
function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}
