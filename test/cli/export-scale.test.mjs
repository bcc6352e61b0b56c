// Issue #21: `argmap convert` writes every format for maps that are deep (a chain of 100,000
// claims), bushy (a tree of 100,000) or wide (50,000 threads), each run within generous bounds:
// 10 s of processor time and a 1 GB heap. The maps are made here, not committed.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { argmapWithinBounds } from './bounded-argmap.mjs';
import { jsonChain as chain, jsonThreads as threads, jsonTree as tree } from '../../bench/lib/hostile-inputs.mjs';

const root = new URL('../../', import.meta.url).pathname;
const FORMATS = ['markdown', 'json', 'argdown', 'aif'];

describe('argmap convert on large maps (issue #21)', () => {
  let dir;
  const inputs = { 'a chain of 100,000 claims': () => chain(100_000), 'a tree of 100,000 claims': () => tree(100_000), '50,000 threads': () => threads(50_000) };
  const files = {};
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'argmap-scale-'));
    for (const [name, make] of Object.entries(inputs)) {
      files[name] = join(dir, `${name.replace(/\W+/g, '-')}.json`);
      writeFileSync(files[name], JSON.stringify(make()));
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const name of Object.keys(inputs)) {
    for (const format of FORMATS) {
      it(`writes ${name} as ${format} within 10 s of processor time and a 1 GB heap`, () => {
        const out = join(dir, `out.${format}`);
        const result = argmapWithinBounds(['convert', files[name], '--to', format, '-o', out], { cwd: root });
        assert.equal(result.code, 0, result.err);
        assert.ok(statSync(out).size > 1_000_000, 'the whole map is written');
      });
    }
  }
});
