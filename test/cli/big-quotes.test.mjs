// Issue 21: `argmap check --sources` on hostile quotes answers within 10 s and 1 GB, with every
// missing quote reported. The inputs (bench/lib/hostile-quotes.mjs) are written to a temp folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HOSTILE_QUOTES } from '../../bench/lib/hostile-quotes.mjs';

const root = new URL('../../', import.meta.url).pathname;
const LIMIT_MS = 10_000;

/** Runs the built CLI with a 1 GB heap; kills it at the limit. */
function check(map, sources) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--max-old-space-size=1024', join(root, 'dist/cli/argmap.js'), 'check', map, '--sources', sources], { cwd: root });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, ms: performance.now() - started, out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8') });
    });
  });
}

describe('argmap check on hostile quotes (issue 21)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'argmap-big-quotes-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [name, write] of Object.entries(HOSTILE_QUOTES)) {
    it(`${name}: every quote reported missing, within 10 s and 1 GB`, async () => {
      const input = write(join(dir, name));
      const result = await check(input.map, input.sources);
      assert.equal(result.signal, null, `killed after ${Math.round(result.ms)} ms`);
      assert.equal(result.code, 1, result.err);
      const lines = result.out.trim().split('\n');
      const missing = lines.filter((line) => line.includes(': error: quote not found verbatim in "source.txt" (source "source")'));
      assert.equal(missing.length, input.quotes);
      assert.ok(missing[0].includes('; nearest passage, at line'), 'the first error shows its nearest passage');
      const unsearched = missing.length - missing.filter((line) => line.includes('nearest passage, at line')).length;
      if (unsearched > 0) assert.ok(lines.some((line) => line.includes(`warning: nearest passages not searched for ${unsearched} more quotes`)));
      assert.match(lines.at(-1), new RegExp(`^${input.quotes} errors?, [01] warnings? in ${input.quotes} claims`));
    });
  }
});
