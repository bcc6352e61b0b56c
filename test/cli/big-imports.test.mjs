// Kialo and AIF exports as large as real ones get (and deeper than any), generated here rather
// than committed: argmap check and build read them within generous bounds of time and memory.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { argmapWithinBounds } from './bounded-argmap.mjs';
import { aifSchemes, kialoDeep, kialoGroups, kialoLinks } from '../../bench/lib/hostile-inputs.mjs';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'argmap-big-imports-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name, text) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function expectWithinBounds(path, claims) {
  for (const command of [['check'], ['build', '-o', join(dir, 'out.json')]]) {
    const run = argmapWithinBounds([command[0], path, ...command.slice(1)], { cwd: root });
    assert.equal(run.code, 0, `${command[0]}: ${run.out.split('\n').filter((l) => l.includes(': error: ')).slice(0, 5).join('\n')}${run.err.slice(0, 2000)}`);
    if (process.env.ARGMAP_SHOW_BOUNDS) console.log(`${path} ${command[0]}: ${run.ms} ms CPU, ${Math.round(run.rssKb / 1024)} MB`);
    if (command[0] === 'check') assert.match(run.out, new RegExp(`^0 errors, \\d+ warnings in ${claims} claims`, 'm'));
  }
}

describe('big and deep imports', () => {
  it('a Kialo export of 100,000 claims', () => {
    expectWithinBounds(file('big.txt', kialoGroups()), 100_000);
  });

  it('a Kialo export with 50,000 "-> See" links, many in chains of links', () => {
    expectWithinBounds(file('links.txt', kialoLinks()), 2);
  });

  it('a Kialo export nested 2,000 levels deep', () => {
    expectWithinBounds(file('deep.txt', kialoDeep(2000)), 2001);
  });

  for (const size of [5000, 50_000]) {
    it(`AIF with ${size.toLocaleString('en')} claims and as many schemes`, () => {
      expectWithinBounds(file(`aif-${size}.json`, aifSchemes(size)), size);
    });
  }
});
