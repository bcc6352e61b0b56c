// Issue 21: each argmap command on the big hostile inputs the CLI tests use (bench/lib/hostile-inputs.mjs),
// one whole process per input, for the worst case per command against the bounds (10 s, 1 GB).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './cli-timings.mjs';
import * as make from './hostile-inputs.mjs';

export const LIMIT_MS = 10_000;
export const LIMIT_BYTES = 1024 ** 3;

const CHECK_INPUTS = [
  ['a stance line of 1,000,000 spaces', 'stance.md', make.stanceLine],
  ['200 relations naming unknown ids of 3 kB', 'long-ids.md', make.longIds],
  ['20,000 relations to unknown claims', 'unknown.md', () => make.unknownRelations(20_000)],
  ['1,000,000 relations on one claim', 'relations.md', () => make.manyRelations(1_000_000)],
  ['quotes nested 100,000 deep', 'nested.md', () => make.nestedQuotes(100_000)],
  ['100,000 claims in one file', 'many.md', () => make.manyClaims(100_000)],
  ['a 50 MB file', 'huge.md', () => make.hugeFile(50e6)],
  ['1 MB of binary bytes', 'picture.md', make.binaryBytes],
  ['Kialo, 100,000 claims in 100 groups', 'kialo-groups.txt', make.kialoGroups],
  ['Kialo, 50,000 "-> See" links', 'kialo-links.txt', make.kialoLinks],
  ['Kialo, nested 2,000 deep', 'kialo-deep.txt', () => make.kialoDeep(2000)],
  ['AIF, 50,000 claims and as many schemes', 'aif-schemes.json', () => make.aifSchemes(50_000)],
];
const LAYOUT_INPUTS = [
  ['a chain of 12,000 claims', 'chain-12000.md', () => make.chain(12_000)],
  ['a chain of 100,000 claims', 'chain-100000.md', () => make.chain(100_000)],
  ['AIF, 5,000 nodes in a chain', 'aif-5000.json', () => make.aifChain(5_000)],
  ['AIF, 50,000 nodes in a chain', 'aif-50000.json', () => make.aifChain(50_000)],
  ['Kialo, 100,000 claims in 100 groups', 'kialo-groups.txt', make.kialoGroups],
];
const BRIEF_INPUTS = [
  ['a chain of 12,000 claims, for the thesis', 'chain-12000.md', () => make.chain(12_000), ['--claim', 'c0', '--side', 'for']],
  ['Kialo, 100,000 claims crowding the thesis, against it', 'kialo-crowd.txt', () => make.kialoCrowd(100_000), ['--claim', '1', '--side', 'against']],
];
const CONVERT_INPUTS = [
  ['a chain of 100,000 claims (JSON)', 'json-chain.json', () => JSON.stringify(make.jsonChain(100_000))],
  ['a tree of 100,000 claims (JSON)', 'json-tree.json', () => JSON.stringify(make.jsonTree(100_000))],
  ['50,000 threads (JSON)', 'json-threads.json', () => JSON.stringify(make.jsonThreads(50_000))],
];
const FORMATS = ['markdown', 'argdown', 'aif', 'json'];

/** Each command on each of its inputs, once: rows of { command, input, ms, memory, code }. */
export function timeHostileCommands({ log }) {
  const dir = 'bench/out/hostile';
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const written = new Map();
  const file = (name, content) => {
    if (!written.has(name)) {
      writeFileSync(join(dir, name), content());
      written.set(name, join(dir, name));
    }
    return written.get(name);
  };
  const rows = [];
  const measure = (command, input, args) => {
    log(`CLI: argmap ${command} on ${input}`);
    const { ms, code, memory } = run(args);
    rows.push({ command, input, ms, code, memory });
  };
  for (const [input, name, content] of CHECK_INPUTS) measure('check', input, ['check', file(name, content)]);
  for (const [input, name, content] of LAYOUT_INPUTS) {
    measure('build --layout', input, ['build', file(name, content), '--layout', '-o', join(dir, 'out.json')]);
  }
  for (const [input, name, content, args] of BRIEF_INPUTS) measure('brief', input, ['brief', file(name, content), ...args]);
  for (const format of FORMATS) {
    for (const [input, name, content] of CONVERT_INPUTS) {
      measure(`convert --to ${format}`, input, ['convert', file(name, content), '--to', format, '-o', join(dir, `out.${format}`)]);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return rows;
}

/** Within the bounds: answered (exit 0 or 1) within 10 s and under 1 GB. */
export function withinBounds(row) {
  return (row.code === 0 || row.code === 1) && row.ms <= LIMIT_MS && (row.memory ?? 0) < LIMIT_BYTES;
}

/** Per command, in the order first measured: its slowest run and its largest peak memory. */
export function worstPerCommand(rows) {
  const byCommand = new Map();
  for (const row of rows) {
    const list = byCommand.get(row.command) ?? [];
    list.push(row);
    byCommand.set(row.command, list);
  }
  return [...byCommand].map(([command, list]) => {
    const slowest = list.reduce((a, b) => (b.ms > a.ms ? b : a));
    const memory = Math.max(...list.map((r) => r.memory ?? 0)) || undefined;
    const hungriest = list.find((r) => (r.memory ?? 0) === (memory ?? 0));
    return { command, inputs: list.length, slowest, memory, hungriest, ok: list.every(withinBounds), failed: list.filter((r) => !withinBounds(r)) };
  });
}
