// The shipped DeepSeek map keeps the structure a debate coach relies on, and every quote is verbatim.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';

const root = new URL('../../', import.meta.url).pathname;
const seeds = join(root, '../shared/seeds');

function argmap(...args) {
  return spawnSync(process.execPath, [join(root, 'bin/argmap.js'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
}

describe('the DeepSeek map in arguments/', () => {
  let map;
  before(() => {
    const built = argmap('build', 'arguments/');
    assert.equal(built.status, 0, built.stderr);
    map = JSON.parse(built.stdout);
  });

  it('passes the checker with every quote found verbatim in the seed articles', { skip: !existsSync(seeds) && 'no ../shared/seeds' }, () => {
    const checked = argmap('check', 'arguments/', '--sources', seeds);
    assert.equal(checked.status, 0, checked.stdout);
    assert.match(checked.stdout, /^0 errors, 0 warnings in \d+ claims/m);
  });

  it('has the four required threads and the further ones the articles argue', () => {
    const threads = map.threads.map((t) => t.id);
    for (const id of ['sanctions', 'openness', 'scarcity', 'spending', 'us-innovation', 'deepseek-claims']) assert.ok(threads.includes(id), id);
  });

  it('gives each thread one thesis with at least three claims on each side within two levels', () => {
    const into = (id) => map.relations.filter((r) => r.to === id);
    for (const thread of map.threads) {
      const roots = map.claims.filter((c) => c.thread === thread.id && !map.relations.some((r) => r.from === c.id));
      assert.equal(roots.length, 1, `${thread.id} has one thesis`);
      const sides = { pro: new Set(), con: new Set() };
      for (const first of into(roots[0].id)) {
        const firstSide = first.kind === 'supports' ? 'pro' : 'con';
        sides[firstSide].add(first.from);
        for (const second of into(first.from)) {
          const flip = second.kind === 'attacks';
          sides[flip ? (firstSide === 'pro' ? 'con' : 'pro') : firstSide].add(second.from);
        }
      }
      assert.ok(sides.pro.size >= 3, `${thread.id}: ${sides.pro.size} for`);
      assert.ok(sides.con.size >= 3, `${thread.id}: ${sides.con.size} against`);
    }
  });

  it('answers attacks: some attacks are themselves attacked', () => {
    const attacks = map.relations.filter((r) => r.kind === 'attacks');
    const answered = attacks.filter((a) => map.relations.some((r) => r.kind === 'attacks' && r.to === a.from));
    assert.ok(answered.length >= 3, `${answered.length} answered attacks`);
  });

  it('backs every claim with a quote, quotes every source, and records stances', () => {
    for (const claim of map.claims) assert.ok(claim.quotes.length > 0, claim.id);
    for (const source of map.sources) {
      assert.ok(map.claims.some((c) => c.quotes.some((q) => q.source === source.id)), `${source.id} quoted`);
      assert.ok(source.stances.length > 0, `${source.id} stances`);
      assert.ok(source.kind, `${source.id} kind`);
    }
    assert.equal(map.sources.length, 5);
  });

  it('keeps claims short enough to read in a graph node', () => {
    for (const claim of map.claims) assert.ok(claim.text.length <= 120, `${claim.id}: ${claim.text.length} chars`);
  });

  it('lists every map file in the index the explorer loads', () => {
    const index = JSON.parse(readFileSync(join(root, 'arguments/index.json'), 'utf8'));
    const files = readdirSync(join(root, 'arguments')).filter((f) => f.endsWith('.md')).sort();
    assert.deepEqual([...index.files].sort(), files);
  });
});
