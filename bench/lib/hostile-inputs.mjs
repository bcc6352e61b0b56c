// The big hostile inputs of issue 21 (and issue 13's probes), as text: shared by the CLI tests
// (test/cli/big-hostile.test.mjs, big-imports.test.mjs, export-scale.test.mjs) and the benchmark
// (bench/lib/hostile-commands.mjs). Deterministic: the same inputs on every run.

/** A thread whose source has a stance line of 1,000,000 spaces. */
export function stanceLine() {
  return '# t: A thread?\n\n## c: A claim.\n\n> words\n>\n> — s\n\n# Sources\n\n## s: A source\n\n' +
    `- stance:\n  - t: failed${' '.repeat(1_000_000)}x\n`;
}

/** 200 claims whose relations name unknown ids of a few kB each. */
export function longIds() {
  const parts = ['# t: A thread?\n\n'];
  for (let i = 0; i < 200; i++) parts.push(`## c${i}: Claim ${i}.\n\n- supports: ${'b'.repeat(3000 + i)}\n- attacks: x${'c'.repeat(150 + i)}\n\n`);
  return parts.join('');
}

/** `count` claims, each supporting a claim that does not exist. */
export function unknownRelations(count) {
  const parts = ['# t: A thread?\n\n'];
  for (let i = 0; i < count; i++) parts.push(`## claim-${i}: Claim ${i}.\n\n- supports: missing-${i}\n\n`);
  return parts.join('');
}

/** `length` claims in one thread, each supporting the one before it. */
export function chain(length) {
  const parts = ['# t: A long chain?\n\n## c0: The thesis.\n\n'];
  for (let i = 1; i < length; i++) parts.push(`## c${i}: Claim ${i}.\n\n- supports: c${i - 1}\n\n`);
  return parts.join('');
}

/** An AIF document of `nodes` nodes: I-nodes, each supporting the one before through an RA-node. */
export function aifChain(nodes) {
  const claims = Math.ceil(nodes / 2);
  const list = [];
  const edges = [];
  for (let i = 0; i < claims; i++) list.push({ nodeID: `i${i}`, text: `Claim ${i}.`, type: 'I' });
  for (let i = 1; i < claims && list.length < nodes; i++) {
    list.push({ nodeID: `r${i}`, text: 'Default Inference', type: 'RA' });
    edges.push({ edgeID: `a${i}`, fromID: `i${i}`, toID: `r${i}` }, { edgeID: `b${i}`, fromID: `r${i}`, toID: `i${i - 1}` });
  }
  return JSON.stringify({ nodes: list, edges, locutions: [] });
}

/**
 * A Kialo export of `count` claims: a chain 50 deep, and a crowd of pros and cons on the thesis,
 * so that the brief against it answers their case with tens of thousands of claims at once.
 */
export function kialoCrowd(count) {
  const lines = ['Discussion Title: A crowded debate?', '', '1. The thesis.'];
  let number = '1';
  for (let d = 1; d < 50; d++) {
    number += '.1';
    lines.push(`${number}. ${d % 3 ? 'Pro' : 'Con'}: Step ${d}.`);
  }
  for (let k = 2; lines.length - 2 < count; k++) lines.push(`1.${k}. ${k % 2 ? 'Pro' : 'Con'}: Point ${k}.`);
  return `${lines.join('\n')}\n`;
}

/** A Markdown file of about `bytes` bytes: one claim followed by line after line of words. */
export function hugeFile(bytes) {
  const line = `${'word '.repeat(19)}word\n`;
  return `# t: A huge file?\n\n## c: A claim.\n\n${line.repeat(Math.ceil(bytes / line.length))}`;
}

/** One claim supporting `count` claims that do not exist, on one line. */
export function manyRelations(count) {
  const ids = Array.from({ length: count }, (_, i) => `x${i}`);
  return `# t: Many relations?\n\n## c: A claim.\n\n- supports: ${ids.join(', ')}\n`;
}

/** A claim whose block quote is nested `depth` deep. */
export function nestedQuotes(depth) {
  return `# t: Deep?\n\n## c: A claim.\n\n${'> '.repeat(depth)}deep\n`;
}

/** `count` claims in one file, each supporting the one before (the form of issue 13's probe). */
export function manyClaims(count) {
  const claims = Array.from({ length: count }, (_, i) => `## c${i}: Claim ${i}.\n\n${i ? `- supports: c${i - 1}\n\n` : ''}`).join('');
  return `# t: Many claims?\n\n${claims}`;
}

/** 1 MB of bytes that are not text. */
export function binaryBytes() {
  const bytes = Buffer.alloc(1 << 20);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
  return bytes;
}

/** A Kialo export of 100,000 claims: the thesis, 100 groups and 99,899 reasons spread over them. */
export function kialoGroups() {
  const lines = ['Discussion Title: Should the city build the bridge?', '', '1. The city should build the bridge.'];
  for (let group = 1; group <= 100; group++) lines.push(`1.${group}. Pro: Group ${group}.`);
  for (let i = 1; i <= 99_899; i++) lines.push(`1.${(i % 100) + 1}.${i}. ${i % 2 ? 'Pro' : 'Con'}: Reason number ${i} bears on its group.`);
  return lines.join('\n');
}

/** A Kialo export with 50,000 "-> See" links: a chain of 25,000 links, then 25,000 links straight to 1.1. */
export function kialoLinks() {
  const lines = ['1. Thesis.', '1.1. Pro: The one claim every link comes back to.'];
  for (let i = 2; i <= 25_001; i++) lines.push(`1.${i}. Con: -> See 1.${i - 1}.`);
  for (let i = 25_002; i <= 50_001; i++) lines.push(`1.${i}. Pro: -> See 1.1.`);
  return lines.join('\n');
}

/** A Kialo export nested `depth` levels deep. */
export function kialoDeep(depth) {
  const lines = ['1. Thesis.'];
  let number = '1';
  for (let i = 0; i < depth; i++) {
    number += '.1';
    lines.push(`${number}. ${i % 2 ? 'Con' : 'Pro'}: Level ${i}.`);
  }
  return lines.join('\n');
}

/** AIF with `size` claims and as many schemes: each claim bears on the one before it and on the first. */
export function aifSchemes(size) {
  const nodes = [];
  const edges = [];
  for (let i = 0; i < size; i++) {
    nodes.push({ nodeID: `i${i}`, text: `Claim ${i}.`, type: 'I' });
    if (i === 0) continue;
    nodes.push({ nodeID: `s${i}`, text: 'Default Inference', type: i % 3 ? 'RA' : 'CA' });
    edges.push({ fromID: `i${i}`, toID: `s${i}` }, { fromID: `s${i}`, toID: `i${i - 1}` }, { fromID: `s${i}`, toID: 'i0' });
  }
  return JSON.stringify({ nodes, edges, locutions: [] });
}

const jsonClaim = (id, thread) => ({ id, text: `Claim ${id} holds.`, thread, tags: ['t'], quotes: [] });

/** A map (argmap JSON, as an object) of `size` claims in a chain, supports and attacks in turn. */
export function jsonChain(size) {
  const map = { threads: [{ id: 'chain', title: 'How deep?' }], claims: [], relations: [], sources: [] };
  for (let i = 0; i < size; i++) {
    map.claims.push(jsonClaim(`c${i}`, 'chain'));
    if (i > 0) map.relations.push({ from: `c${i}`, to: `c${i - 1}`, kind: i % 2 ? 'supports' : 'attacks' });
  }
  return map;
}

/** A map of `size` claims in a binary tree of supports. */
export function jsonTree(size) {
  const map = { threads: [{ id: 'tree', title: 'How bushy?' }], claims: [], relations: [], sources: [] };
  for (let i = 0; i < size; i++) {
    map.claims.push(jsonClaim(`c${i}`, 'tree'));
    if (i > 0) map.relations.push({ from: `c${i}`, to: `c${(i - 1) >> 1}`, kind: 'supports' });
  }
  return map;
}

/** A map of `count` threads of two claims, one attacking the other. */
export function jsonThreads(count) {
  const map = { threads: [], claims: [], relations: [], sources: [] };
  for (let i = 0; i < count; i++) {
    map.threads.push({ id: `t${i}`, title: `Thread ${i}?` });
    map.claims.push(jsonClaim(`a${i}`, `t${i}`), jsonClaim(`b${i}`, `t${i}`));
    map.relations.push({ from: `b${i}`, to: `a${i}`, kind: 'attacks' });
  }
  return map;
}
