// Whole-process timings of the argmap CLI (issue 19 and issue 21): `argmap build` and `argmap
// check --sources` on a 20,000-claim debate, and `check` on the hostile quotes of issue 21.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeDebate } from '../../scripts/gen.mjs';
import { HOSTILE_QUOTES } from './hostile-quotes.mjs';
import { median } from './stats.mjs';

const CLI = 'dist/cli/argmap.js';
/** GNU time reports a child's peak memory; without it, memory is not measured. */
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs the CLI once with a 1 GB heap: wall time in ms, exit code, peak resident memory in bytes (when known). */
export function run(args, script = CLI) {
  const command = [process.execPath, '--max-old-space-size=1024', script, ...args];
  const started = performance.now();
  const result = GNU_TIME
    ? spawnSync(GNU_TIME, ['-f', 'peak-kB %M', ...command], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 120_000 })
    : spawnSync(command[0], command.slice(1), { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 120_000 });
  const ms = performance.now() - started;
  const peak = /peak-kB (\d+)/.exec(result.stderr ?? '')?.[1];
  return { ms, code: result.status, memory: peak === undefined ? undefined : Number(peak) * 1024, out: result.stdout ?? '' };
}

/** Argdown's parse + model + map of the debate's twin, as a whole process (bench/lib/argdown-build.cjs). */
const ARGDOWN_BUILD = 'bench/lib/argdown-build.cjs';

/**
 * Build, check and Argdown's whole process on its twin, on the 20,000-claim debate of issue 19
 * (seed 7), `runs` times each, in turns; then each hostile input once. Returns medians and each run's figures.
 */
export function timeCli({ runs, log }) {
  const dir = 'bench/out/cli';
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'sources'), { recursive: true });
  log('CLI: generating the 20,000-claim debate (seed 7)');
  return writeDebate({ claims: 20000, seed: 7, out: join(dir, 'sources', 'big') }).then((paths) => {
    const builds = [];
    const checks = [];
    const argdowns = [];
    log(`CLI: argmap build, argmap check --sources and Argdown on the twin, ${runs} runs each`);
    for (let i = 0; i < runs; i++) {
      builds.push(run(['build', paths.markdown, '-o', join(dir, 'big.json')]));
      checks.push(run(['check', paths.markdown, '--sources', join(dir, 'sources')]));
      argdowns.push(run([paths.argdown], ARGDOWN_BUILD));
    }
    const hostile = [];
    for (const [name, write] of Object.entries(HOSTILE_QUOTES)) {
      log(`CLI: argmap check on the hostile quotes "${name}"`);
      const input = write(join(dir, name));
      const result = run(['check', input.map, '--sources', input.sources]);
      const lines = result.out.trim().split('\n');
      hostile.push({
        name, quotes: input.quotes, ms: result.ms, code: result.code, memory: result.memory,
        reported: lines.filter((l) => l.includes('error: quote not found verbatim')).length,
        suggested: lines.filter((l) => l.includes('nearest passage, at line')).length,
      });
      rmSync(join(dir, name), { recursive: true, force: true });
    }
    const ok = (list) => list.every((r) => r.code === 0);
    return {
      build: { median: median(builds.map((r) => r.ms)), memory: Math.max(...builds.map((r) => r.memory ?? 0)) || undefined, ok: ok(builds) },
      check: { median: median(checks.map((r) => r.ms)), memory: Math.max(...checks.map((r) => r.memory ?? 0)) || undefined, ok: ok(checks) },
      argdown: { median: median(argdowns.map((r) => r.ms)), memory: Math.max(...argdowns.map((r) => r.memory ?? 0)) || undefined, ok: ok(argdowns) },
      hostile,
    };
  });
}
