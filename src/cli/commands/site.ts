import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { computeStoredLayout, withPositions } from '../../graph/stored-layout.js';
import { addDiagnostics, formatDiagnostic, hasErrors } from '../../model/diagnostic.js';
import { mapToJson } from '../../model/to-json.js';
import type { ArgumentMap } from '../../model/types.js';
import { sortDiagnostics } from '../../parse/parse-map.js';
import { verifyQuotes } from '../../verify/verify-quotes.js';
import { explorerBundle } from '../explorer-bundle.js';
import { explorerPage, GENERATOR } from '../explorer-page.js';
import { type Command, mapPaths, summarize } from '../io.js';
import { readMap, readSourceTexts, UsageError } from '../read-inputs.js';
import { sourcesFolder } from '../sources-folder.js';

export const site: Command = {
  usage: 'site [paths…] -o OUT [--sources DIR]',
  summary: 'write a static explorer on the map to OUT, for any static web host',
  help: {
    description: 'Writes a static explorer on the map (the page, its script, map.json and the quoted source texts) into OUT, ready for any static web host; refuses a map with errors.',
    options: { '-o, --output OUT': 'the folder to write (required)', '--sources DIR': 'the folder of source texts to check quotes against and publish (default: sources/ beside the map)' },
    examples: ['argmap site -o site', 'argmap site arguments/ -o public --sources sources/'],
  },
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { output: { type: 'string', short: 'o' }, sources: { type: 'string' } },
    });
    const out = values.output;
    if (out === undefined) throw new UsageError('site needs a folder to write: argmap site [paths…] -o OUT');
    const paths = mapPaths(positionals);
    const { map, diagnostics } = await readMap(paths);
    const folder = sourcesFolder(paths, values.sources);
    const texts = folder === undefined ? new Map<string, string>() : readSourceTexts(folder);
    if (folder !== undefined) addDiagnostics(diagnostics, verifyQuotes(map, texts));
    sortDiagnostics(diagnostics);
    for (const d of diagnostics) io.err(formatDiagnostic(d));
    if (hasErrors(diagnostics)) {
      io.err(`argmap: no site: ${summarize(diagnostics)}`);
      return 1;
    }
    prepareFolder(out);
    const bundle = await explorerBundle();
    const cited = map.sources.flatMap((s) => (s.file !== undefined && texts.has(s.file) ? [s.file] : []));
    const files = new Map<string, string | Uint8Array>(bundle);
    files.set('map.json', `${JSON.stringify(mapToJson(withPositions(map, computeStoredLayout(map))))}\n`);
    for (const file of new Set(cited)) files.set(`sources/${file}`, texts.get(file)!);
    files.set('index.html', explorerPage({ title: titleOf(map), mapSrc: 'map.json', sourcesBase: cited.length ? 'sources/' : undefined }));
    try {
      for (const [path, contents] of files) {
        mkdirSync(dirname(join(out, path)), { recursive: true });
        writeFileSync(join(out, path), contents);
      }
    } catch (error) {
      throw new UsageError(`${out}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 1);
    }
    const chunks = [...bundle.keys()].filter((p) => p.startsWith('chunks/')).length;
    io.out(`wrote ${out}: index.html, explorer.js (+${chunks} chunks), map.json (${map.claims.length} claims, laid out), ` +
      `${sourceTexts(new Set(cited).size)}; serve the folder from any static web host`);
    return 0;
  },
};

/**
 * OUT may be new, empty, or an earlier site, whose generated folders are cleared so no stale
 * chunks stay behind; any other folder is left alone.
 */
function prepareFolder(out: string): void {
  let entries: string[];
  try {
    entries = readdirSync(out);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    throw new UsageError(`${out}: ${code === 'ENOTDIR' ? 'exists and is not a folder' : `cannot read this folder (${code ?? 'error'})`}`, 1);
  }
  if (entries.length === 0) return;
  if (!isEarlierSite(join(out, 'index.html'))) throw new UsageError(`${out}: not empty and not a site argmap wrote; choose a new folder`, 1);
  for (const generated of ['chunks', 'sources']) rmSync(join(out, generated), { recursive: true, force: true });
}

function isEarlierSite(index: string): boolean {
  try {
    return readFileSync(index, 'utf8').includes(`<meta name="generator" content="${GENERATOR}"`);
  } catch {
    return false;
  }
}

const sourceTexts = (n: number) => `${n} source text${n === 1 ? '' : 's'}`;

function titleOf(map: ArgumentMap): string {
  const [first] = map.threads;
  return first ? `${first.title} · argument map` : 'argument map';
}
