// `argmap build`: the JSON is indented for maps up to 2,000 claims, on one line above, indented with --pretty.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';

const root = new URL('../../', import.meta.url).pathname;

function argmap(...args) {
  const result = spawnSync(process.execPath, [join(root, 'bin/argmap.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function mapOf(claims) {
  const text = Array.from({ length: claims }, (_, i) => `## c${i}: Claim ${i}.\n\n> Words ${i}.\n>\n> — s\n`).join('\n');
  return `# t: Thread?\n\n${text}\n# Sources\n\n## s: Source\n\n- file: s.txt\n`;
}

describe('argmap build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'argmap-build-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a small map indented, a big one on one line, and indents any with --pretty', () => {
    writeFileSync(join(dir, 'small.md'), mapOf(3));
    writeFileSync(join(dir, 'big.md'), mapOf(2001));
    assert.equal(argmap('build', join(dir, 'small.md'), '-o', join(dir, 'small.json')).code, 0);
    assert.equal(argmap('build', join(dir, 'big.md'), '-o', join(dir, 'big.json')).code, 0);
    assert.equal(argmap('build', join(dir, 'big.md'), '--pretty', '-o', join(dir, 'big-pretty.json')).code, 0);
    const small = readFileSync(join(dir, 'small.json'), 'utf8');
    const big = readFileSync(join(dir, 'big.json'), 'utf8');
    const pretty = readFileSync(join(dir, 'big-pretty.json'), 'utf8');
    assert.ok(small.startsWith('{\n  "threads": ['));
    assert.equal(big.split('\n').length, 2, 'one line and the final newline');
    assert.deepEqual(JSON.parse(pretty), JSON.parse(big));
    assert.ok(pretty.startsWith('{\n  "threads": ['));
    assert.equal(JSON.parse(big).claims.length, 2001);
    assert.ok(!big.includes('"location"'), 'no source locations');
  });
});
