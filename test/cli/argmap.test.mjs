// The argmap command as a user runs it: real files in, exit code and printed lines out.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { argmap } from './in-process.mjs';

const root = new URL('../../', import.meta.url).pathname;


function tempMap(text) {
  const dir = mkdtempSync(join(tmpdir(), 'argmap-'));
  writeFileSync(join(dir, 'map.md'), text);
  return dir;
}

const small = readFileSync(join(root, 'test/fixtures/small.md'), 'utf8');

describe('argmap check', () => {
  it('passes a correct map whose quotes are in its sources', async () => {
    const { code, out } = await argmap('check', 'test/fixtures/small.md', '--sources', 'test/fixtures');
    assert.equal(code, 0, out);
    assert.match(out, /^0 errors, 0 warnings in 4 claims, 3 relations, 4 quotes, 1 sources \(quotes checked/m);
  });

  it('reports a changed quote with file, line and the nearest passage, and exits 1', async () => {
    const dir = tempMap(small.replace('sleep half an hour less', 'sleep an hour less'));
    const { code, out } = await argmap('check', dir, '--sources', join(root, 'test/fixtures'));
    assert.equal(code, 1);
    assert.match(out, new RegExp(`${dir}/map.md:13:1: error: quote not found verbatim in "study.txt".*nearest passage, at line 2: "Children who do homework every night sleep half an hour less\\."`));
  });

  it('reports a broken reference and a duplicate id on their lines', async () => {
    const broken = small.replace('- attacks: homework-helps', '- attacks: homework-help').replace('## homework-helps:', '## homework-steals-time:');
    const { code, out } = await argmap('check', tempMap(broken));
    assert.equal(code, 1);
    assert.match(out, /map\.md:17:4: error: claim id "homework-steals-time" is already used \(first at .*map\.md:9\)/);
    assert.match(out, /map\.md:27:1: error: "attacks: homework-help" names unknown claim "homework-help"/);
  });

  it('checks the JSON that build writes as well as Markdown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-'));
    const built = await argmap('build', 'test/fixtures/small.md', '-o', join(dir, 'map.json'));
    assert.equal(built.code, 0, built.err);
    const json = JSON.parse(readFileSync(join(dir, 'map.json'), 'utf8'));
    assert.deepEqual(Object.keys(json), ['threads', 'claims', 'relations', 'sources']);
    assert.equal(json.claims[1].quotes[0].speaker, 'Jane Doe');
    assert.equal((await argmap('check', join(dir, 'map.json'), '--sources', 'test/fixtures')).code, 0);
  });

  it('says in one line what is wrong with the command, never a stack trace', async () => {
    const cases = [
      [['check', '--bogus'], 2, /unknown option --bogus/],
      [['frobnicate'], 2, /unknown command "frobnicate"/],
      [['check', 'no/such/dir'], 1, /^argmap: no\/such\/dir: no such file or folder$/m],
      [['check', 'src/cli'], 1, /no map files/],
      [['check', 'test/fixtures/small.md', '--sources', 'nowhere'], 1, /nowhere: no such file or folder/],
    ];
    for (const [args, exit, message] of cases) {
      const { code, err } = await argmap(...args);
      assert.equal(code, exit, args.join(' '));
      assert.match(err, message);
      assert.doesNotMatch(err, /\n\s+at /, 'no stack trace');
    }
  });
});

describe('argmap build', () => {
  it('prints the model as JSON to stdout by default', async () => {
    const { code, out } = await argmap('build', 'test/fixtures/small.md');
    assert.equal(code, 0);
    const json = JSON.parse(out);
    assert.equal(json.claims.length, 4);
    assert.equal(json.claims[0].location, undefined, 'no source locations in the JSON');
  });

  it('refuses to build a map with errors', async () => {
    const { code, out, err } = await argmap('build', tempMap('# t: T?\n\n## a: A.\n\n- supports: b\n'));
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.match(err, /names unknown claim "b"/);
  });
});

// End to end, as a user runs it: the real bin/argmap.js in a process of its own (the rest of the
// CLI tests call main() in-process).
describe('bin/argmap.js in a process of its own', () => {
  const bin = new URL('../../bin/argmap.js', import.meta.url).pathname;
  const run = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

  it('checks a map, prints the summary on stdout and exits 0', () => {
    const result = run('check', 'test/fixtures/small.md', '--sources', 'test/fixtures');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^0 errors, 0 warnings in 4 claims/m);
  });

  it('exits 1 on a map with errors and 2 on a mistyped command, saying so on stderr', () => {
    const broken = run('check', tempMap(small.replace('- attacks: homework-helps', '- attacks: homework-help')));
    assert.equal(broken.status, 1);
    assert.match(broken.stdout, /homework-help/);
    const mistyped = run('chekc');
    assert.equal(mistyped.status, 2);
    assert.match(mistyped.stderr, /check/);
  });
});
