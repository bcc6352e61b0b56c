// The benchmark's tables, as Markdown: printed, and written to bench/results.md.
import { LIMIT_BYTES, LIMIT_MS, withinBounds, worstPerCommand } from './hostile-commands.mjs';

const ms = (value) => (value === undefined ? '–' : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const or = (result, show) => (result?.skipped ? `skipped: ${result.skipped}` : result ? show(result) : '–');

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** Each issue-7 target, with whether this run met it. */
function targets(results, bundles) {
  const at = (n) => results.find((r) => r.claims === n);
  const lines = [];
  const check = (ok, text) => lines.push(`- ${ok === undefined ? '–' : ok ? '✅' : '❌'} ${text}`);
  const big = at(20000);
  const parse = big?.parse?.ours?.median;
  check(parse === undefined ? undefined : parse <= 200, `parse + validate 20,000 claims ≤ 200 ms: ${ms(parse)}`);
  const ratios = results.map((r) => r.parse?.argdown?.median / r.parse?.ours?.median).filter(Number.isFinite);
  check(ratios.length ? Math.min(...ratios) >= 10 : undefined, `≥ 10× faster than Argdown's parse + model: ${ratios.map((x) => `${x.toFixed(1)}×`).join(', ')}`);
  const perClaim = results.filter((r) => r.claims >= 1000 && r.parse?.ours?.median).map((r) => r.parse.ours.median / r.claims);
  const growth = Math.max(...perClaim) / Math.min(...perClaim);
  check(perClaim.length > 1 ? growth <= 2 : undefined,
    `parse cost grows linearly (from 1,000 claims up, the cost per claim stays within 2×): ${perClaim.map((x) => `${(x * 1000).toFixed(1)} µs`).join(', ')} per claim`);
  for (const [n, limit] of [[1000, 1000], [5000, 3000], [20000, 8000]]) {
    const live = at(n)?.live?.firstFrame;
    const stored = at(n)?.stored?.firstFrame;
    const worst = Math.max(live ?? -1, stored ?? -1);
    check(worst < 0 ? undefined : worst <= limit, `first frame at ${n.toLocaleString('en')} claims ≤ ${ms(limit)}: ${ms(live)} laid out in the page, ${ms(stored)} with a stored layout`);
  }
  const task = at(5000)?.stored;
  check(task?.longestTaskMax === undefined ? undefined : task.longestTaskMax <= 200,
    `no main-thread task over 200 ms while a 5,000-claim map with a stored layout loads: longest ${ms(task?.longestTask)} (median), ${ms(task?.longestTaskMax)} (worst run)`);
  const explorer = bundles.find((b) => b.file.endsWith('explorer.js'));
  check(explorer ? explorer.gzip <= 250 * 1024 : undefined, `explorer JavaScript ≤ 250 kB min + gzip: ${explorer ? kb(explorer.gzip) : '–'}`);
  return lines.join('\n');
}

/** The CLI section: build and check on 20,000 claims (issue 19), hostile quotes (issue 21). */
export function cliSection(cli, runs) {
  if (!cli) return '';
  const mem = (bytes) => (bytes === undefined ? '–' : mb(bytes));
  const ratio = cli.check.median / cli.build.median;
  const argdownRatio = cli.argdown.median / cli.build.median;
  const rows = [
    ['`argmap build big.md -o big.json`', ms(cli.build.median), mem(cli.build.memory)],
    ['`argmap check big.md --sources DIR`', ms(cli.check.median), mem(cli.check.memory)],
    ['check ÷ build', `${ratio.toFixed(2)}×`, ''],
    ['Argdown: parse + model + map of `big.argdown`', ms(cli.argdown.median), mem(cli.argdown.memory)],
    ['Argdown ÷ build', `${argdownRatio.toFixed(2)}×`, ''],
  ];
  const hostileRows = cli.hostile.map((h) => [h.name, h.quotes.toLocaleString('en'), ms(h.ms), mem(h.memory), String(h.code),
    `${h.reported.toLocaleString('en')} (${h.suggested.toLocaleString('en')} with their nearest passage)`]);
  const worst = cli.hostile.reduce((a, b) => (b.ms > a.ms ? b : a));
  const worstMemory = Math.max(...cli.hostile.map((h) => h.memory ?? 0));
  const check = (ok, text) => `- ${ok ? '✅' : '❌'} ${text}`;
  return `
## The CLI (whole processes)

Wall time of \`node --max-old-space-size=1024 dist/cli/argmap.js …\` from start to exit (median of ${runs} runs,
build and check in turns), and peak resident memory (GNU time). The map is \`npm run gen -- --claims 20000 --seed 7\`
(6.7 MB of Markdown, 25,967 quotes from one 5.1 MB source text named by 500 sources). Argdown's whole
process (\`bench/lib/argdown-build.cjs\`: read, parse, model and map, as \`argdown map\` does before drawing) runs
on the twin \`big.argdown\` in the same turns.

${table(['command (20,000 claims)', 'time', 'peak memory'], rows)}

The hostile inputs of issue 21 (\`bench/lib/hostile-quotes.mjs\`, the same as \`test/cli/big-quotes.test.mjs\`),
\`argmap check --sources\` once each: *missing-600*, 2,000 quotes of 600 characters, each a passage of a 1 MB
source with one word changed; *near-identical-1k*, 10,000 quotes of 1 kB, one passage with a different
character changed in each; *one-10mb-line*, one quote of a single 10 MB line, its 10 MB source the same line
with a word changed near its end.

${table(['input', 'quotes', 'time', 'peak memory', 'exit', 'errors reported'], hostileRows)}

${check(ratio <= 1.5, `check ≤ 1.5× build on 20,000 claims (issue 19): ${ratio.toFixed(2)}×`)}
${check(argdownRatio >= 5, `build ≥ 5× faster than Argdown's whole process on its twin (issue 19): ${argdownRatio.toFixed(2)}×`)}
${check(worst.ms <= 10000 && cli.hostile.every((h) => h.code === 1 && h.reported === h.quotes), `hostile quotes answered within 10 s, exit 1, every quote reported (issue 21): worst ${ms(worst.ms)} (${worst.name})`)}
${check(worstMemory > 0 && worstMemory < 1024 ** 3, `memory under 1 GB on the hostile quotes: at most ${mem(worstMemory || undefined)}`)}
${commandsSection(cli.commands, mem)}`;
}

/** Issue 21: each command on the big hostile inputs of the CLI tests, and its worst case against the bounds. */
function commandsSection(rows, mem) {
  if (!rows?.length) return '';
  const mark = (ok) => (ok ? '✅' : '❌');
  const runRows = rows.map((r) => [`\`${r.command}\``, r.input, ms(r.ms), mem(r.memory), String(r.code), mark(withinBounds(r))]);
  const worst = worstPerCommand(rows);
  const worstRows = worst.map((w) => [`\`${w.command}\``, String(w.inputs), `${ms(w.slowest.ms)} (${w.slowest.input})`,
    `${mem(w.memory)}${w.hungriest && w.hungriest !== w.slowest ? ` (${w.hungriest.input})` : ''}`,
    [...new Set(rows.filter((r) => r.command === w.command).map((r) => String(r.code)))].join(', '),
    w.ok ? '✅ within' : `❌ ${w.failed.map((f) => f.input).join('; ')}`]);
  const allOk = worst.every((w) => w.ok);
  const slowest = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
  const hungriest = Math.max(...rows.map((r) => r.memory ?? 0));
  return `
### Worst case per command on hostile inputs

Each command once on each big hostile input it applies to (\`bench/lib/hostile-inputs.mjs\`, the generators of
\`test/cli/big-hostile.test.mjs\`, \`big-imports.test.mjs\` and \`export-scale.test.mjs\`): wall time of the whole
process, peak resident memory (GNU time) and exit code, with a 1 GB heap. The bounds are ${ms(LIMIT_MS)} and ${mem(LIMIT_BYTES)}
with exit 0 or 1 (answered, never a crash). Wall time on a shared machine: the tests bound processor time instead.

${table(['command', 'inputs', 'worst time', 'peak memory (worst)', 'exits', `within ${ms(LIMIT_MS)}, ${mem(LIMIT_BYTES)}`], worstRows)}

<details><summary>Every run</summary>

${table(['command', 'input', 'time', 'peak memory', 'exit', 'within'], runRows)}

</details>

${check(allOk, `every command answers every hostile input within ${ms(LIMIT_MS)} and 1 GB (issue 21): slowest ${ms(slowest.ms)} (\`${slowest.command}\`, ${slowest.input}), at most ${mem(hungriest || undefined)}`)}
`;
}

function check(ok, text) {
  return `- ${ok ? '✅' : '❌'} ${text}`;
}

/**
 * The explorer section (issue 19): the page \`argmap site\` writes, opening the 20,000-claim debate of
 * seed 7 without a stored layout and the 5,000-claim one with it; the longest main-thread task while
 * loading, and while the reader pans, zooms, searches and filters the 20,000.
 */
export function explorerSection(explorer, runs) {
  if (!explorer) return '';
  const rows = explorer.map(({ claims, stored, result: r }) => [
    claims.toLocaleString('en'),
    stored ? 'stored' : 'in the page',
    ms(r.firstFrame),
    `${ms(r.longestTask)} (${ms(r.longestTaskMax)})`,
    r.interactTask === undefined ? '–' : `${ms(r.interactTask)} (${ms(r.interactTaskMax)})`,
    r.panZoom === undefined ? '–' : `${ms(r.panZoom)} / ${ms(r.panZoomMax)}`,
    r.keystroke === undefined ? '–' : ms(r.keystroke),
    r.filterOne === undefined ? '–' : `${ms(r.filterOne)} / ${ms(r.filterAll)}`,
  ]);
  const live = explorer.find((e) => e.claims === 20000 && !e.stored)?.result;
  const stored = explorer.find((e) => e.claims === 5000 && e.stored)?.result;
  const lines = [];
  if (live) {
    lines.push(check(live.firstFrame <= 3000 && live.longestTaskMax <= 100,
      `20,000 claims without a stored layout: first frame ≤ 3 s with no task over 100 ms: ${ms(live.firstFrame)}, longest task ${ms(live.longestTask)} (worst run ${ms(live.longestTaskMax)})`));
    if (live.interactTaskMax !== undefined) {
      lines.push(check(live.interactTaskMax <= 100,
        `no task over 100 ms while panning, zooming, searching and filtering 20,000 claims: longest ${ms(live.interactTask)} (worst run ${ms(live.interactTaskMax)})`));
    }
  }
  if (stored) {
    lines.push(check(stored.firstFrame <= 1500 && stored.longestTaskMax <= 100,
      `5,000 claims with a stored layout: first frame ≤ 1.5 s with no task over 100 ms: ${ms(stored.firstFrame)}, longest task ${ms(stored.longestTask)} (worst run ${ms(stored.longestTaskMax)})`));
  }
  return `
## The explorer (issue 19)

The page \`argmap site\` writes (\`dist/explorer.js\`, in \`bench/explorer.html\`), 1280×800, opening the JSON of
\`argmap build\` on the debate of \`npm run gen -- --claims N --seed 7\` through \`default-src\`: the element
fetches, reads and checks the map, lays it out (unless \`--layout\` stored positions) and draws it. Medians of
${runs} runs after a warm-up. *First frame*: from adding the explorer to the first frame that shows the map.
*Longest task*: the longest main-thread task (Long Tasks API) until a second after it (median, and worst run).
Then, on 20,000 claims: all threads shown (the explorer opens on the first), a wheel zoom and a drag pan over
them (median / slowest step, input to frame), a search typed letter by letter and cleared (slowest keystroke,
input to frame), one thread then all again (from the thread menu to the settled frame), and the longest
main-thread task over all of these.

${table(['claims', 'layout', 'first frame', 'longest task loading (worst)', 'longest task interacting (worst)', 'pan/zoom frame (median / max)', 'search keystroke', 'thread filter (one / all)'], rows)}

${lines.join('\n')}
`;
}

/** The element section: `<argument-map>` given the built JSON, laid out in the page and stored. */
export function elementSection(results) {
  const elementRows = results.map(({ claims, live, stored }) => [
    claims.toLocaleString('en'),
    or(live, (r) => ms(r.firstFrame)),
    or(stored, (r) => ms(r.firstFrame)),
    or(live, (r) => ms(r.layout)),
    or(stored, (r) => `${ms(r.longestTask)} (${ms(r.longestTaskMax)})`),
    or(stored, (r) => `${ms(r.panZoom)} / ${ms(r.panZoomMax)}`),
    or(stored, (r) => ms(r.zoomToLabels)),
    or(stored, (r) => `${ms(r.filterOne)} / ${ms(r.filterAll)}`),
    or(stored, (r) => mb(r.heap)),
  ]);
  return `## The element (headless Chromium)

\`<argument-map>\` from \`dist/argument-map.js\`, 1280×800, given the JSON that \`argmap build\` writes
(fetched and parsed by the page, then set as \`map\`). *First frame*: from the fetch to the first frame that
shows the map, with the element laying the map out, or with the positions \`argmap build --layout\`
stored. *Layout*: the element's layout of every claim. The rest with a stored layout: the longest
main-thread task from the fetch to a second after the first frame (median, and worst run); a wheel
zoom and a drag pan, from input to the frame that shows it (median / slowest step); zooming to 100%
on a claim until its label shows; showing one thread, then all again; the JS heap after GC.

${table(['claims', 'first frame (layout in page)', 'first frame (stored layout)', 'layout', 'longest task (worst)', 'pan/zoom frame (median / max)', 'zoom in to labels', 'thread filter (one / all)', 'JS heap'], elementRows)}
`;
}

export function report({ machine, results, bundles, notes, runs, parseRuns, cli, explorer }) {
  const parseRows = results.map(({ claims, parse }) => [
    claims.toLocaleString('en'),
    or(parse?.ours, (r) => ms(r.median)),
    or(parse?.ours, (r) => `${((r.median * 1000) / claims).toFixed(1)} µs`),
    or(parse?.argdown, (r) => ms(r.median)),
    parse?.ours?.median && parse?.argdown?.median ? `${(parse.argdown.median / parse.ours.median).toFixed(1)}×` : '–',
    or(parse?.argdownWithData, (r) => ms(r.median)),
  ]);
  return `# Benchmark: big maps

Written by \`npm run bench\` on ${machine.date}. Medians of ${runs} runs after a warm-up (of at least ${parseRuns} for parsing).

Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory} memory, ${machine.os}; Node ${machine.node}; ${machine.chromium}
(headless, software rendering: \`--disable-gpu\`). Load average (1 min): ${machine.load}.

Debates from \`npm run gen\` (seed 1): threads of about 200 claims, support/attack trees with branching
about 3, one claim in twenty also attacking a claim in another thread, one or two quotes per claim.

## Parse (Node)

Ours: \`parseMap\` (Markdown → model, then validation) on \`debate-N.md\`. Argdown: \`@argdown/core\`
${machine.argdown} with its parser and model plugins on the same debate in \`debate-N.argdown\`; the last
column adds its data plugin, which reads the quotes and sources that the statements carry as data.
Each parser warms up for a second (at least one run), then runs for a second (at least ${parseRuns} times, at
most 1,000); garbage is collected once before each series and not between runs, so every run pays for
the garbage of the runs before it. Our reading is one pass over the lines with a fixed amount of work
per block; what makes a claim cost more in a larger map is V8's garbage collection, which copies the
growing model (about 1 kB per claim) between heap spaces.

${table(['claims', 'ours: parse + validate', 'per claim', 'Argdown: parse + model', 'Argdown ÷ ours', 'Argdown + data'], parseRows)}

${elementSection(results)}
${explorerSection(explorer, runs)}
## Bundles

As \`npm run build\` reports them: esbuild --minify, gzip -9, with the chunks each entry loads at start.

${table(['file', 'min + gzip', 'what'], bundles.map((b) => [b.file, kb(b.gzip), b.note]))}

## Targets of issue 7

${targets(results, bundles)}
${cliSection(cli, runs)}${notes.length ? `\n## Notes\n\n${notes.map((n) => `- ${n}`).join('\n')}\n` : ''}`;
}
