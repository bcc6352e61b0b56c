// `npm run bench`: how big maps fare, against Argdown. Not a test: it prints a table and writes
// bench/results.md. Options: --sizes 100,1000,5000,20000  --runs 5  --budget 60 (seconds per
// measurement: a size whose warm-up shows it would take longer is skipped, with a note);
// --only cli times just the argmap CLI (build and check on 20,000 claims, hostile quotes, each command
// on the big hostile inputs), prints
// its section and replaces that section of bench/results.md; --only collab runs 50 live editors against
// argmap collab (and, with redis-server installed, two instances sharing through Redis) and replaces its section.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { launchChromium } from '../bench/lib/browser.mjs';
import { timeElement } from '../bench/lib/browser-timings.mjs';
import { loadParsers, PARSE_RUNS, timeParsers } from '../bench/lib/node-timings.mjs';
import { timeCli } from '../bench/lib/cli-timings.mjs';
import { collabSection, hasRedis, timeCollab } from '../bench/lib/collab-timings.mjs';
import { timeHostileCommands } from '../bench/lib/hostile-commands.mjs';
import { cliSection, report } from '../bench/lib/report.mjs';
import { serve } from '../bench/lib/static-server.mjs';
import { writeDebate } from './gen.mjs';

const { values } = parseArgs({ options: {
  sizes: { type: 'string', default: '100,1000,5000,20000' },
  runs: { type: 'string', default: '5' },
  budget: { type: 'string', default: '60' },
  only: { type: 'string' },
} });
const sizes = values.sizes.split(',').map(Number);
const runs = Math.max(1, Number(values.runs));
const budgetMs = Number(values.budget) * 1000;
const notes = [];
const started = performance.now();
const loadAtStart = loadavg()[0];
const log = (message) => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

/** `results.md` with the section under `heading` replaced by `section` (or added at the end). */
function withSection(previous, heading, section) {
  const at = previous.indexOf(`\n${heading}\n`);
  if (at < 0) return `${previous.trimEnd()}\n${section}`;
  const next = previous.indexOf('\n## ', at + 1);
  return `${previous.slice(0, at)}${section.trimEnd()}\n${next >= 0 ? previous.slice(next) : ''}`;
}
const COLLAB_HEADING = '## Live editing (`argmap collab`)';

if (values.only === 'collab') {
  execFileSync('node', ['scripts/build-cli.mjs'], { stdio: 'inherit' });
  const results = [await timeCollab({ clients: 50, seconds: 30, instances: 1, log })];
  if (hasRedis()) results.push(await timeCollab({ clients: 50, seconds: 30, instances: 2, log }));
  else notes.push('redis-server is not installed: the two-server row is left out.');
  const section = collabSection(results, { date: new Date().toISOString().slice(0, 10), load: `${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end` });
  console.log(section);
  for (const note of notes) console.log(`- ${note}`);
  writeFileSync('bench/results.md', withSection(existsSync('bench/results.md') ? readFileSync('bench/results.md', 'utf8') : '', COLLAB_HEADING, section));
  log('replaced the live-editing section of bench/results.md');
  process.exit(0);
}

if (values.only === 'cli') {
  execFileSync('node', ['scripts/build-cli.mjs'], { stdio: 'inherit' });
  const section = cliSection({ ...(await timeCli({ runs, log })), commands: timeHostileCommands({ log }) }, runs);
  console.log(section);
  // Replace the CLI section of the last report, saying when and how busy the machine was.
  const previous = existsSync('bench/results.md') ? readFileSync('bench/results.md', 'utf8') : '';
  const at = previous.indexOf('\n## The CLI (whole processes)\n');
  if (at >= 0) {
    const next = previous.indexOf('\n## ', at + 1);
    const rerun = `\n(Rerun alone with \`npm run bench -- --only cli\` on ${new Date().toISOString().slice(0, 10)}; load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end.)\n`;
    writeFileSync('bench/results.md', `${previous.slice(0, at)}${section.trimEnd()}\n${rerun}${next >= 0 ? previous.slice(next) : ''}`);
    log('replaced the CLI section of bench/results.md');
  }
  process.exit(0);
}

log('building dist/ (npm run build) and the CLI');
// The build prints each entry's size at start-up, min + gzip, shared chunks included.
const built = spawnSync('node', ['scripts/build.mjs'], { encoding: 'utf8' });
if (built.status !== 0) notes.push(`\`npm run build\` failed (${(built.stderr || built.stdout).trim().split('\n')[0].slice(0, 160)}); the bundles already in dist/ were used.`);
const bundles = [...built.stdout.matchAll(/^(dist\/\S+\.js): ([\d.]+) kB min\+gzip(.*)$/gm)]
  .map(([, file, kB, rest]) => ({ file, gzip: Number(kB) * 1024, note: rest.trim() }));
if (bundles.length === 0) {
  for (const file of ['dist/argument-map.js', 'dist/explorer.js']) {
    if (existsSync(file)) bundles.push({ file, gzip: gzipSync(readFileSync(file), { level: 9 }).length, note: '(this file only)' });
  }
}
execFileSync('node', ['scripts/build-cli.mjs'], { stdio: 'inherit' });

const parsers = await loadParsers();
const { server, url: baseUrl } = await serve('.');
const chromium = await launchChromium();
const results = [];
try {
  for (const claims of sizes) {
    const prefix = `bench/out/debate-${claims}`;
    log(`${claims} claims: generating and building the JSON`);
    await writeDebate({ claims, seed: 1, out: prefix });
    execFileSync('node', ['bin/argmap.js', 'build', `${prefix}.md`, '-o', `${prefix}.json`], { stdio: 'ignore' });
    execFileSync('node', ['bin/argmap.js', 'build', `${prefix}.md`, '--layout', '-o', `${prefix}.layout.json`], { stdio: 'ignore' });

    log(`${claims} claims: parsing in Node`);
    const texts = { markdown: readFileSync(`${prefix}.md`, 'utf8'), argdown: readFileSync(`${prefix}.argdown`, 'utf8') };
    const parse = timeParsers(parsers, texts, { runs: Math.max(runs, PARSE_RUNS), budgetMs });

    log(`${claims} claims: the element in Chromium`);
    const live = await timeElement(chromium.browser, baseUrl, `/${prefix}.json`, { runs, budgetMs, interact: false });
    const stored = await timeElement(chromium.browser, baseUrl, `/${prefix}.layout.json`, { runs, budgetMs, interact: true });
    results.push({ claims, parse, live, stored });
  }
  const cli = { ...(await timeCli({ runs, log })), commands: timeHostileCommands({ log }) };
  const require = createRequire(import.meta.url);
  const machine = {
    date: new Date().toISOString().slice(0, 10),
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    memory: `${(totalmem() / 1024 ** 3).toFixed(0)} GB`,
    os: `${type()} ${release()}`,
    node: process.versions.node,
    chromium: await chromium.browser.version(),
    argdown: require('@argdown/core/package.json').version,
    // Other work on the machine slows every number down: say how busy it was.
    load: `${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`,
  };
  for (const r of results) {
    for (const [what, result] of Object.entries({ ...r.parse, live: r.live, stored: r.stored })) {
      if (result?.skipped) notes.push(`${r.claims} claims, ${what}: skipped, ${result.skipped}.`);
    }
  }
  const markdown = report({ machine, results, bundles, notes, runs, parseRuns: Math.max(runs, PARSE_RUNS), cli });
  // The live-editing section takes a minute of its own: a full run keeps the last one (--only collab).
  const previous = existsSync('bench/results.md') ? readFileSync('bench/results.md', 'utf8') : '';
  const collabAt = previous.indexOf(`\n${COLLAB_HEADING}\n`);
  const kept = collabAt < 0 ? '' : previous.slice(collabAt, previous.indexOf('\n## ', collabAt + 1) >= 0 ? previous.indexOf('\n## ', collabAt + 1) : undefined);
  writeFileSync('bench/results.md', kept ? `${markdown.trimEnd()}\n${kept}` : markdown);
  console.log(markdown);
  log('wrote bench/results.md');
} finally {
  await chromium.close();
  server.close();
}
