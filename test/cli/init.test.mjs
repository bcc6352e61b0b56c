// `argmap init`: a new map folder that checks cleanly, with its quotes checked against its sources/.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { argmap } from './in-process.mjs';

const root = new URL('../../', import.meta.url).pathname;
const temp = mkdtempSync(join(tmpdir(), 'argmap-init-'));
after(async () => rmSync(temp, { recursive: true, force: true }));


describe('argmap init', () => {
  it('creates a map, an example source and a README, and check then passes with the quote checked', async () => {
    const dir = join(temp, 'club');
    const created = await argmap('init', dir);
    assert.equal(created.code, 0, created.err);
    assert.deepEqual(readdirSync(dir).sort(), ['README.md', 'debate.md', 'sources']);
    assert.deepEqual(readdirSync(join(dir, 'sources')), ['four-day-week.txt']);
    const checked = await argmap('check', dir);
    assert.equal(checked.code, 0, checked.out);
    assert.equal(checked.out, `0 errors, 0 warnings in 1 claims, 0 relations, 1 quotes, 1 sources (quotes checked against their sources in ${dir}/sources)\n`);
  });

  it('makes check verify quotes against sources/ without --sources, and --sources still wins', async () => {
    const dir = join(temp, 'changed');
    await argmap('init', dir);
    const map = join(dir, 'debate.md');
    writeFileSync(map, readFileSync(map, 'utf8').replace('hire teachers they could not', 'hire teachers they can not'));
    const checked = await argmap('check', dir);
    assert.equal(checked.code, 1);
    assert.match(checked.out, /debate\.md:\d+:1: error: quote not found verbatim in "four-day-week\.txt"/);
    const elsewhere = await argmap('check', dir, '--sources', join(root, 'test/fixtures'));
    assert.match(elsewhere.out, /names file "four-day-week\.txt", which is not among the source texts/);
  });

  it('refuses a folder that is not empty, in one line', async () => {
    const dir = join(temp, 'taken');
    await argmap('init', dir);
    const again = await argmap('init', dir);
    assert.equal(again.code, 1);
    assert.equal(again.err, `argmap: ${dir}: already exists and is not empty; choose a new folder, or pass --force to write the example files into it\n`);
    assert.equal((await argmap('init')).code, 2);
  });

  it('with --force, writes into a folder that has files, keeping the others and replacing its own', async () => {
    const dir = join(temp, 'forced');
    await argmap('init', dir);
    writeFileSync(join(dir, 'debate.md'), 'my edits');
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const forced = await argmap('init', dir, '--force');
    assert.equal(forced.code, 0, forced.err);
    assert.equal(readFileSync(join(dir, 'notes.txt'), 'utf8'), 'mine');
    assert.match(readFileSync(join(dir, 'debate.md'), 'utf8'), /^# four-day-week:/);
    assert.deepEqual(readdirSync(dir).filter((name) => name.endsWith('.tmp')), []);
    assert.equal((await argmap('check', dir)).code, 0);
  });
});
