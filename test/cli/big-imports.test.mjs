// Kialo and AIF exports as large as real ones get (and deeper than any), generated here rather
// than committed: argmap check and build read them within generous bounds of time and memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'argmap-big-imports-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// Printed by the child as it exits: CPU time counts only this process, however busy the machine is.
const REPORT = 'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();' +
  'process.stderr.write(`\\nRESOURCES ${(u.userCPUTime+u.systemCPUTime)/1e6} ${u.maxRSS}\\n`)})';
const MAX_CPU_SECONDS = 10;
const MAX_RSS_KB = 1024 * 1024;

/** Runs argmap on the file; returns its output, CPU seconds and peak memory (kB). */
function argmapBounded(...args) {
  const result = spawnSync(process.execPath, ['--max-old-space-size=1024', '--import', REPORT, join(root, 'bin/argmap.js'), ...args],
    { cwd: root, encoding: 'utf8', timeout: 120_000, maxBuffer: 512 * 1024 * 1024 });
  const [, cpu, rss] = /RESOURCES (\S+) (\d+)/.exec(result.stderr) ?? [];
  return { code: result.status, out: result.stdout, err: result.stderr, cpu: Number(cpu), rss: Number(rss) };
}

function file(name, text) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function expectWithinBounds(path, claims) {
  for (const command of [['check'], ['build', '-o', join(dir, 'out.json')]]) {
    const run = argmapBounded(command[0], path, ...command.slice(1));
    assert.equal(run.code, 0, `${command[0]}: ${run.out.split('\n').filter((l) => l.includes(': error: ')).slice(0, 5).join('\n')}${run.err.slice(0, 2000)}`);
    assert.ok(run.cpu < MAX_CPU_SECONDS, `${command[0]} took ${run.cpu} s of CPU time`);
    assert.ok(run.rss < MAX_RSS_KB, `${command[0]} used ${Math.round(run.rss / 1024)} MB`);
    if (process.env.ARGMAP_SHOW_BOUNDS) console.log(`${path} ${command[0]}: ${run.cpu} s CPU, ${Math.round(run.rss / 1024)} MB`);
    if (command[0] === 'check') assert.match(run.out, new RegExp(`^0 errors, \\d+ warnings in ${claims} claims`, 'm'));
  }
}

describe('big and deep imports', () => {
  it('a Kialo export of 100,000 claims', () => {
    const lines = ['Discussion Title: Should the city build the bridge?', '', '1. The city should build the bridge.'];
    for (let group = 1; group <= 100; group++) lines.push(`1.${group}. Pro: Group ${group}.`);
    for (let i = 1; i <= 99_899; i++) lines.push(`1.${(i % 100) + 1}.${i}. ${i % 2 ? 'Pro' : 'Con'}: Reason number ${i} bears on its group.`);
    expectWithinBounds(file('big.txt', lines.join('\n')), 100_000);
  });

  it('a Kialo export with 50,000 "-> See" links, many in chains of links', () => {
    const lines = ['1. Thesis.', '1.1. Pro: The one claim every link comes back to.'];
    // 1.2 links to 1.1, 1.3 to 1.2, …: a chain 25,000 links long, then 25,000 links straight to 1.1.
    for (let i = 2; i <= 25_001; i++) lines.push(`1.${i}. Con: -> See 1.${i - 1}.`);
    for (let i = 25_002; i <= 50_001; i++) lines.push(`1.${i}. Pro: -> See 1.1.`);
    expectWithinBounds(file('links.txt', lines.join('\n')), 2);
  });

  it('a Kialo export nested 2,000 levels deep', () => {
    const lines = ['1. Thesis.'];
    let number = '1';
    for (let i = 0; i < 2000; i++) {
      number += '.1';
      lines.push(`${number}. ${i % 2 ? 'Con' : 'Pro'}: Level ${i}.`);
    }
    expectWithinBounds(file('deep.txt', lines.join('\n')), 2001);
  });

  for (const size of [5000, 50_000]) {
    it(`AIF with ${size.toLocaleString('en')} claims and as many schemes`, () => {
      const nodes = [];
      const edges = [];
      for (let i = 0; i < size; i++) {
        nodes.push({ nodeID: `i${i}`, text: `Claim ${i}.`, type: 'I' });
        if (i === 0) continue;
        // Each claim bears on the one before it (a chain as deep as the map) and on the first.
        nodes.push({ nodeID: `s${i}`, text: 'Default Inference', type: i % 3 ? 'RA' : 'CA' });
        edges.push({ fromID: `i${i}`, toID: `s${i}` }, { fromID: `s${i}`, toID: `i${i - 1}` }, { fromID: `s${i}`, toID: 'i0' });
      }
      expectWithinBounds(file(`aif-${size}.json`, JSON.stringify({ nodes, edges, locutions: [] })), size);
    });
  }
});
