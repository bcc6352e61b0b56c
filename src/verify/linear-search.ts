/**
 * Exact search whose time is linear whatever the text: the quote finder's way for the quotes its
 * gram index cannot place quickly (very short quotes, or quotes whose every gram is common, as in
 * a text that repeats itself). Many patterns share one Aho–Corasick pass; a very long pattern gets
 * a Knuth–Morris–Pratt pass of its own, so that memory stays proportional to a batch.
 */

/** Patterns per Aho–Corasick pass, in characters: about 50 bytes of tables per character. */
const BATCH_CHARACTERS = 1 << 20;

/**
 * The first place each pattern starts in `text` (-1 where it does not occur; an empty pattern
 * never occurs), in time O(text · (1 + Σ patterns / 2^20) + Σ patterns).
 */
export function firstOccurrences(text: string, patterns: readonly string[]): Int32Array {
  const found = new Int32Array(patterns.length).fill(-1);
  let batch: number[] = [];
  let batchCharacters = 0;
  const flush = () => {
    if (batch.length === 0) return;
    const starts = ahoCorasickFirstOccurrences(text, batch.map((i) => patterns[i]));
    batch.forEach((index, k) => { found[index] = starts[k]; });
    batch = [];
    batchCharacters = 0;
  };
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0 || pattern.length > text.length) return;
    if (pattern.length > BATCH_CHARACTERS) {
      found[index] = kmpFirstOccurrence(text, pattern);
      return;
    }
    if (batchCharacters + pattern.length > BATCH_CHARACTERS) flush();
    batch.push(index);
    batchCharacters += pattern.length;
  });
  flush();
  return found;
}

/** Knuth–Morris–Pratt: the first start of `pattern` in `text`, or -1. */
export function kmpFirstOccurrence(text: string, pattern: string): number {
  const m = pattern.length;
  if (m === 0) return -1;
  const border = new Int32Array(m);
  for (let i = 1, k = 0; i < m; i++) {
    while (k > 0 && pattern.charCodeAt(i) !== pattern.charCodeAt(k)) k = border[k - 1];
    if (pattern.charCodeAt(i) === pattern.charCodeAt(k)) k++;
    border[i] = k;
  }
  for (let i = 0, k = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    while (k > 0 && code !== pattern.charCodeAt(k)) k = border[k - 1];
    if (code === pattern.charCodeAt(k)) k++;
    if (k === m) return i - m + 1;
  }
  return -1;
}

/** The trie's edges, `(node, code unit) → child`, in one open-addressing table of typed arrays. */
class EdgeTable {
  private readonly fromNode: Int32Array;
  private readonly code: Uint16Array;
  private readonly child: Int32Array;
  private readonly mask: number;

  constructor(edges: number) {
    let capacity = 16;
    while (capacity < edges * 2) capacity *= 2;
    this.fromNode = new Int32Array(capacity).fill(-1);
    this.code = new Uint16Array(capacity);
    this.child = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  private slot(node: number, code: number): number {
    return Math.imul(Math.imul(node, 0x9e3779b1) ^ code, 0x85ebca77) >>> 7 & this.mask;
  }

  get(node: number, code: number): number {
    for (let s = this.slot(node, code); ; s = (s + 1) & this.mask) {
      const from = this.fromNode[s];
      if (from === -1) return -1;
      if (from === node && this.code[s] === code) return this.child[s];
    }
  }

  set(node: number, code: number, child: number): void {
    let s = this.slot(node, code);
    while (this.fromNode[s] !== -1) s = (s + 1) & this.mask;
    this.fromNode[s] = node;
    this.code[s] = code;
    this.child[s] = child;
  }
}

function ahoCorasickFirstOccurrences(text: string, patterns: readonly string[]): Int32Array {
  const maxNodes = 1 + patterns.reduce((sum, p) => sum + p.length, 0);
  const edges = new EdgeTable(maxNodes);
  const parent = new Int32Array(maxNodes);
  const codeOf = new Uint16Array(maxNodes);
  const depth = new Int32Array(maxNodes);
  const endNode = new Int32Array(patterns.length);
  const terminal = new Uint8Array(maxNodes);
  let nodes = 1;
  let maxDepth = 0;
  patterns.forEach((pattern, index) => {
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let next = edges.get(node, code);
      if (next < 0) {
        next = nodes++;
        edges.set(node, code, next);
        parent[next] = node;
        codeOf[next] = code;
        depth[next] = depth[node] + 1;
        if (depth[next] > maxDepth) maxDepth = depth[next];
      }
      node = next;
    }
    endNode[index] = node;
    terminal[node] = 1;
  });

  // Breadth-first order (a counting sort by depth): a node's failure link is shallower than it.
  const byDepth = new Int32Array(maxDepth + 2);
  for (let v = 1; v < nodes; v++) byDepth[depth[v] + 1]++;
  for (let d = 0; d <= maxDepth; d++) byDepth[d + 1] += byDepth[d];
  const order = new Int32Array(nodes);
  for (let v = 1; v < nodes; v++) order[byDepth[depth[v]]++] = v;

  const fail = new Int32Array(nodes);
  // `output[v]`: the nearest pattern end strictly down v's failure chain that may still be unfound.
  const output = new Int32Array(nodes).fill(-1);
  for (let k = 0; k < nodes - 1; k++) {
    const v = order[k];
    if (depth[v] > 1) {
      const code = codeOf[v];
      let f = fail[parent[v]];
      for (;;) {
        const next = edges.get(f, code);
        if (next >= 0) {
          fail[v] = next;
          break;
        }
        if (f === 0) break;
        f = fail[f];
      }
    }
    const f = fail[v];
    output[v] = terminal[f] ? f : output[f];
  }

  const firstEnd = new Int32Array(nodes).fill(-1);
  // Skips pattern ends already found, shortening the chain as it goes (path compression), so
  // that a text which ends a thousand nested patterns at every step still costs linear time.
  const unfound = (from: number): number => {
    let end = from;
    while (end >= 0 && firstEnd[end] >= 0) end = output[end];
    for (let v = from; v !== end;) {
      const next = output[v];
      output[v] = end;
      v = next;
    }
    return end;
  };
  let left = new Set(endNode).size;
  let state = 0;
  for (let i = 0; i < text.length && left > 0; i++) {
    const code = text.charCodeAt(i);
    for (;;) {
      const next = edges.get(state, code);
      if (next >= 0) {
        state = next;
        break;
      }
      if (state === 0) break;
      state = fail[state];
    }
    let end = terminal[state] && firstEnd[state] < 0 ? state : (output[state] = unfound(output[state]));
    while (end >= 0) {
      firstEnd[end] = i;
      left--;
      end = unfound(output[end]);
    }
  }
  return endNode.map((node, index) => (firstEnd[node] < 0 ? -1 : firstEnd[node] - patterns[index].length + 1));
}
