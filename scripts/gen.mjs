// `npm run gen -- --claims N --seed S --out PREFIX`: a synthetic debate for the benchmark
// (bench/debate.ts), deterministic for a seed, written as
//   PREFIX.md          our Markdown map
//   PREFIX.source.txt  the source text holding every quote verbatim: `argmap check PREFIX.md --sources DIR` passes
//   PREFIX.argdown     the same debate in Argdown, for Argdown's parser
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { importTs } from '../bench/lib/import-ts.mjs';

/** Writes the three files for `claims` claims and `seed`; returns their paths. */
export async function writeDebate({ claims, seed, out }) {
  const { generateDebate, toArgdown, toMarkdown, toSourceText } = await importTs('bench/debate.ts');
  mkdirSync(dirname(out) || '.', { recursive: true });
  const debate = generateDebate({ claims, seed });
  const paths = { markdown: `${out}.md`, source: `${out}.source.txt`, argdown: `${out}.argdown` };
  writeFileSync(paths.markdown, toMarkdown(debate, basename(paths.source)));
  writeFileSync(paths.source, toSourceText(debate, seed));
  writeFileSync(paths.argdown, toArgdown(debate));
  return paths;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: {
    claims: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'bench/out/debate' },
  } });
  const claims = Number(values.claims);
  const seed = Number(values.seed);
  if (!Number.isInteger(claims) || claims < 1 || !Number.isInteger(seed)) {
    console.error('usage: npm run gen -- --claims N --seed S --out PREFIX   (N ≥ 1, S an integer)');
    process.exit(2);
  }
  const paths = await writeDebate({ claims, seed, out: values.out });
  console.log(`${claims} claims, seed ${seed}: ${Object.values(paths).join(', ')}`);
}
