// `npm run bench`: how big maps fare, against Argdown. Not a test: it prints a table and writes
// bench/results.md. Options: --sizes 100,1000,5000,20000  --runs 5  --budget 60 (seconds per
// measurement: a size whose warm-up shows it would take longer is skipped, with a note);
// --only cli times just the argmap CLI (build and check on 20,000 claims, hostile quotes, each command
// on the big hostile inputs), prints
// its section and replaces that section of bench/results.md; --only explorer does the same for the explorer
// (issue 19: 20,000 claims laid out in the page, 5,000 with a stored layout, and interaction on the 20,000);
// --only page for both the element's rows (at --sizes) and the explorer's; --only collab runs 50 live editors against
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
import { timeExplorer } from '../bench/lib/explorer-timings.mjs';
import { cliSection, elementSection, explorerSection, report } from '../bench/lib/report.mjs';
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

/**
 * Replaces the section of the last report that starts with `heading` (or adds it before `before`),
 * saying when it was rerun and how busy the machine was.
 */
function replaceSection(heading, section, before) {
  const previous = existsSync('bench/results.md') ? readFileSync('bench/results.md', 'utf8') : '';
  const rerun = `\n(Rerun alone with \`npm run bench -- --only ${values.only}\` on ${new Date().toISOString().slice(0, 10)}; load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end.)\n`;
  let at = previous.indexOf(`\n${heading}\n`);
  let next = at >= 0 ? previous.indexOf('\n## ', at + 1) : -1;
  if (at < 0 && before) at = next = previous.indexOf(`\n${before}\n`);
  if (at < 0) at = next = previous.length;
  writeFileSync('bench/results.md', `${previous.slice(0, at)}\n${section.trim()}\n${rerun}${next >= 0 ? previous.slice(next) : ''}`);
  log(`replaced "${heading}" in bench/results.md`);
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
  replaceSection(COLLAB_HEADING, section);
  process.exit(0);
}

if (values.only === 'cli') {
  execFileSync('node', ['scripts/build-cli.mjs'], { stdio: 'inherit' });
  const section = cliSection({ ...(await timeCli({ runs, log })), commands: timeHostileCommands({ log }) }, runs);
  console.log(section);
  replaceSection('## The CLI (whole processes)', section);
  process.exit(0);
}

/** Issue 19's page: the explorer on 20,000 claims without a stored layout and 5,000 with one (seed 7). */
async function timeExplorerRows(browser, baseUrl) {
  const rows = [];
  for (const claims of [20000, 5000]) {
    const prefix = `bench/out/explorer-${claims}`;
    log(`explorer, ${claims} claims: generating and building the JSON`);
    await writeDebate({ claims, seed: 7, out: prefix });
    const stored = claims === 5000;
    execFileSync('node', ['bin/argmap.js', 'build', `${prefix}.md`, ...(stored ? ['--layout'] : []), '-o', `${prefix}.json`], { stdio: 'ignore' });
    log(`explorer, ${claims} claims: loading${stored ? '' : ' and interacting'} in Chromium`);
    rows.push({ claims, stored, result: await timeExplorer(browser, baseUrl, `/${prefix}.json`, { runs, interact: !stored }) });
  }
  return rows;
}

/** Generates the debate of `claims` (seed 1) and builds its JSON without and with a stored layout. */
async function buildDebate(claims) {
  const prefix = `bench/out/debate-${claims}`;
  log(`${claims} claims: generating and building the JSON`);
  await writeDebate({ claims, seed: 1, out: prefix });
  execFileSync('node', ['bin/argmap.js', 'build', `${prefix}.md`, '-o', `${prefix}.json`], { stdio: 'ignore' });
  execFileSync('node', ['bin/argmap.js', 'build', `${prefix}.md`, '--layout', '-o', `${prefix}.layout.json`], { stdio: 'ignore' });
  return prefix;
}

/** The element's rows: the built JSON set as `map`, laid out in the page and stored. */
async function timeElementRow(browser, baseUrl, prefix) {
  const live = await timeElement(browser, baseUrl, `/${prefix}.json`, { runs, budgetMs, interact: false });
  const stored = await timeElement(browser, baseUrl, `/${prefix}.layout.json`, { runs, budgetMs, interact: true });
  return { live, stored };
}

if (values.only === 'explorer' || values.only === 'page') {
  log('building dist/ (npm run build) and the CLI');
  execFileSync('node', ['scripts/build.mjs'], { stdio: 'ignore' });
  execFileSync('node', ['scripts/build-cli.mjs'], { stdio: 'inherit' });
  const { server, url } = await serve('.');
  const chromium = await launchChromium();
  try {
    if (values.only === 'page') {
      const results = [];
      for (const claims of sizes) {
        const prefix = await buildDebate(claims);
        log(`${claims} claims: the element in Chromium`);
        results.push({ claims, ...(await timeElementRow(chromium.browser, url, prefix)) });
      }
      const section = elementSection(results);
      console.log(section);
      replaceSection('## The element (headless Chromium)', section);
    }
    const section = explorerSection(await timeExplorerRows(chromium.browser, url), runs);
    console.log(section);
    replaceSection('## The explorer (issue 19)', section, '## Bundles');
  } finally {
    await chromium.close();
    server.close();
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
    const prefix = await buildDebate(claims);

    log(`${claims} claims: parsing in Node`);
    const texts = { markdown: readFileSync(`${prefix}.md`, 'utf8'), argdown: readFileSync(`${prefix}.argdown`, 'utf8') };
    const parse = timeParsers(parsers, texts, { runs: Math.max(runs, PARSE_RUNS), budgetMs });

    log(`${claims} claims: the element in Chromium`);
    results.push({ claims, parse, ...(await timeElementRow(chromium.browser, baseUrl, prefix)) });
  }
  const explorer = await timeExplorerRows(chromium.browser, baseUrl);
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
  const markdown = report({ machine, results, bundles, notes, runs, parseRuns: Math.max(runs, PARSE_RUNS), cli, explorer });
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
