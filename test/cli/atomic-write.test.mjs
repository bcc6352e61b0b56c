// Every `-o FILE` is written to a temporary file beside it and renamed over it: the old file stays
// whole until the new one is complete, in-place conversion is safe, and each write says what it wrote.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/argmap.js');
const temp = mkdtempSync(join(tmpdir(), 'argmap-write-'));
after(() => rmSync(temp, { recursive: true, force: true }));

function argmap(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const leftovers = (dir) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('argmap -o FILE', () => {
  it('says on stderr what it wrote, and keeps stdout for data', () => {
    const dir = mkdtempSync(join(temp, 'say-'));
    const built = argmap('build', 'test/fixtures/small.md', '-o', join(dir, 'map.json'));
    assert.equal(built.code, 0, built.err);
    assert.equal(built.out, '');
    assert.match(built.err, new RegExp(`^wrote ${join(dir, 'map.json')} \\(\\d+ (B|kB)\\)\\n$`));
    const converted = argmap('convert', 'test/fixtures/small.md', '--to', 'argdown', '-o', join(dir, 'map.argdown'));
    assert.match(converted.err, /^wrote .*map\.argdown \(\d+ (B|kB)\)\n$/);
  });

  it('converts a file in place', () => {
    const dir = mkdtempSync(join(temp, 'in-place-'));
    const file = join(dir, 'map.md');
    writeFileSync(file, readFileSync(join(root, 'test/fixtures/small.md')));
    const expected = argmap('convert', file, '--to', 'markdown').out;
    const converted = argmap('convert', file, '--to', 'markdown', '-o', file);
    assert.equal(converted.code, 0, converted.err);
    assert.equal(readFileSync(file, 'utf8'), expected);
    assert.deepEqual(leftovers(dir), []);
  });

  it('writes through a link to its target, which stays a link', () => {
    const dir = mkdtempSync(join(temp, 'link-'));
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real/map.json'), 'old');
    symlinkSync(join(dir, 'real/map.json'), join(dir, 'map.json'));
    assert.equal(argmap('build', 'test/fixtures/small.md', '-o', join(dir, 'map.json')).code, 0);
    assert.equal(JSON.parse(readFileSync(join(dir, 'real/map.json'), 'utf8')).claims.length > 0, true);
    assert.deepEqual(leftovers(dir), []);
    assert.deepEqual(leftovers(join(dir, 'real')), []);
  });

  it('leaves no temporary file behind when the write fails', () => {
    const dir = mkdtempSync(join(temp, 'fail-'));
    mkdirSync(join(dir, 'map.json'));
    const failed = argmap('build', 'test/fixtures/small.md', '-o', join(dir, 'map.json'));
    assert.equal(failed.code, 1);
    assert.match(failed.err, /map\.json: cannot write \(E\w+\)/);
    assert.deepEqual(leftovers(dir), []);
  });

  it('keeps the previous file whole when killed in the middle of the write', { timeout: 60000 }, async () => {
    const dir = mkdtempSync(join(temp, 'killed-'));
    const body = 'A long paragraph that makes the output big. '.repeat(40);
    const claims = Array.from({ length: 4000 }, (_, i) => `## claim-${i}: Claim number ${i} says something.\n\n${body}\n`).join('\n');
    writeFileSync(join(dir, 'big.md'), `# thread: A question?\n\n${claims}`);
    const out = join(dir, 'map.json');
    const previous = '{"the": "previous file"}\n';
    writeFileSync(out, previous);

    const child = spawn(process.execPath, [bin, 'build', join(dir, 'big.md'), '-o', out], { cwd: root });
    const watcher = watch(dir, (_event, name) => {
      if (String(name).endsWith('.tmp')) child.kill('SIGKILL');
    });
    const [code, signal] = await new Promise((resolve) => child.on('exit', (...result) => resolve(result)));
    watcher.close();
    const now = readFileSync(out, 'utf8');
    assert.ok(signal === 'SIGKILL' || code === 0, `argmap exited with ${code}`);
    // Killed while writing its temporary file, the previous file is untouched; had the rename won
    // the race with the kill, the new file would be whole. Never anything in between.
    if (now !== previous) assert.equal(JSON.parse(now).claims.length, 4000);
  });
});
