// One argmap process within the bounds of issue 21: 10 s of processor time and a 1 GB heap. The
// limit is on processor time (user and system), which the child reports as it exits: the machine
// is shared (the suites run side by side), and the wall clock says more about the other processes
// than about argmap. A run still going after `wallMs` is killed as a hang.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import assert from 'node:assert/strict';

export const CPU_LIMIT_MS = 10_000;
export const MEMORY_LIMIT_KB = 1024 * 1024;

const cli = join(new URL('../../', import.meta.url).pathname, 'dist/cli/argmap.js');
const REPORT = 'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();' +
  'process.stderr.write(`\\nRESOURCES ${u.userCPUTime+u.systemCPUTime} ${u.maxRSS}\\n`)})';
const REPORT_LINE = /\nRESOURCES (\d+) (\d+)\n$/;

/** Runs `argmap ...args`; its output without the report, its processor time (ms) and peak memory (kB). */
export function boundedArgmap(args, { cwd, wallMs = 12 * CPU_LIMIT_MS } = {}) {
  const result = spawnSync(process.execPath, ['--max-old-space-size=1024', '--import', REPORT, cli, ...args], {
    cwd, encoding: 'utf8', maxBuffer: 512 << 20, timeout: wallMs, killSignal: 'SIGKILL',
  });
  const what = `argmap ${args.join(' ').slice(0, 200)}`;
  assert.equal(result.signal, null, `${what} did not end within ${wallMs / 1000} s`);
  const report = REPORT_LINE.exec(result.stderr);
  assert.ok(report, `${what} ended without its report: ${result.stderr.slice(-500)}`);
  const err = result.stderr.slice(0, report.index);
  return { code: result.status, out: result.stdout, err, all: result.stdout + err, ms: Number(report[1]) / 1000, rssKb: Number(report[2]) };
}

/** `boundedArgmap`, asserting the processor-time and memory bounds. */
export function argmapWithinBounds(args, options) {
  const run = boundedArgmap(args, options);
  const what = `argmap ${args.join(' ').slice(0, 200)}`;
  assert.ok(run.ms < CPU_LIMIT_MS, `${what} used ${Math.round(run.ms)} ms of processor time`);
  assert.ok(run.rssKb < MEMORY_LIMIT_KB, `${what} used ${Math.round(run.rssKb / 1024)} MB`);
  return run;
}
