import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { computeStoredLayout, withPositions } from '../../graph/stored-layout.js';
import { addDiagnostics, formatDiagnostic, hasErrors } from '../../model/diagnostic.js';
import { mapJsonText } from '../../model/to-json.js';
import type { ArgumentMap } from '../../model/types.js';
import { sortDiagnostics } from '../../parse/parse-map.js';
import { verifyQuotes } from '../../verify/verify-quotes.js';
import { explorerBundle } from '../explorer-bundle.js';
import { explorerPage } from '../explorer-page.js';
import { type Command, mapPaths, summarize } from '../io.js';
import { readMap, readSourceTexts, UsageError } from '../read-inputs.js';
import { sourcesFolder } from '../sources-folder.js';

export const site: Command = {
  usage: 'site [paths…] -o OUT [--sources DIR] [--force]',
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
      options: { output: { type: 'string', short: 'o' }, sources: { type: 'string' }, force: { type: 'boolean', default: false } },
    });
    const out = values.output;
    if (out === undefined) throw new UsageError('site needs a folder to write: argmap site [paths…] -o OUT');
    const target = targetState(out);
    if (target === 'taken' && !values.force) {
      throw new UsageError(`${out}: already exists and is not empty; choose a new folder, or pass --force to replace it`, 1);
    }
    const paths = mapPaths(positionals);
    const folder = sourcesFolder(paths, values.sources);
    if (target === 'taken' && [...paths, ...(folder === undefined ? [] : [folder])].some((path) => isInside(path, out))) {
      throw new UsageError(`${out}: holds the map or its sources, which the site would replace; choose another folder`, 1);
    }
    const { map, diagnostics } = await readMap(paths);
    const texts = folder === undefined ? new Map<string, string>() : readSourceTexts(folder, diagnostics);
    if (folder !== undefined) addDiagnostics(diagnostics, verifyQuotes(map, texts));
    sortDiagnostics(diagnostics);
    for (const d of diagnostics) io.err(formatDiagnostic(d));
    if (hasErrors(diagnostics)) {
      io.err(`argmap: no site: ${summarize(diagnostics)}`);
      return 1;
    }
    const bundle = await explorerBundle();
    const cited = [...new Set(map.sources.flatMap((s) => (s.file !== undefined && texts.has(s.file) ? [s.file] : [])))];
    const published = publishedNames(cited);
    const publishedMap: ArgumentMap = { ...map, sources: map.sources.map((s) => (s.file !== undefined && published.has(s.file) ? { ...s, file: published.get(s.file) } : s)) };
    const files = new Map<string, string | Uint8Array>(bundle);
    files.set('map.json', `${mapJsonText(withPositions(publishedMap, computeStoredLayout(publishedMap)), false)}\n`);
    for (const [file, name] of published) files.set(`sources/${name}`, texts.get(file)!);
    files.set('index.html', explorerPage({ title: titleOf(map), mapSrc: 'map.json', sourcesBase: cited.length ? 'sources/' : undefined }));
    try {
      writeSite(out, files, target);
    } catch (error) {
      throw new UsageError(`${out}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 1);
    }
    const chunks = [...bundle.keys()].filter((p) => p.startsWith('chunks/')).length;
    io.out(`wrote ${out}: index.html, explorer.js (+${chunks} chunks), map.json (${map.claims.length} claims, laid out), ` +
      `${sourceTexts(cited.length)}; serve the folder from any static web host`);
    return 0;
  },
};

type Target = 'missing' | 'empty' | 'taken';

function isInside(path: string, folder: string): boolean {
  try {
    const where = relative(realpathSync(folder), realpathSync(path));
    return where === '' || (!where.startsWith(`..${sep}`) && where !== '..' && !isAbsolute(where));
  } catch {
    return false;
  }
}

function targetState(out: string): Target {
  try {
    return readdirSync(out).length === 0 ? 'empty' : 'taken';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'missing';
    throw new UsageError(`${out}: ${code === 'ENOTDIR' ? 'exists and is not a folder' : `cannot read this folder (${code ?? 'error'})`}`, 1);
  }
}

/**
 * Writes the site into a fresh folder beside OUT, then renames it to OUT: a failed or killed run
 * leaves OUT as it was, and an existing OUT (with --force) is replaced only by a complete site.
 */
function writeSite(out: string, files: ReadonlyMap<string, string | Uint8Array>, target: Target): void {
  const parent = dirname(resolve(out));
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(join(parent, `.${basename(out)}.argmap-new-`));
  let old: string | undefined;
  try {
    // mkdtemp makes a private folder; a web server running as another user must read it.
    chmodSync(staging, 0o777 & ~process.umask());
    for (const [path, contents] of files) {
      mkdirSync(dirname(join(staging, path)), { recursive: true });
      writeFileSync(join(staging, path), contents);
    }
    if (target === 'taken') {
      const aside = join(parent, `.${basename(out)}.argmap-old-${randomBytes(6).toString('hex')}`);
      renameSync(out, aside);
      old = aside;
    }
    // Over a missing or empty folder; a folder that filled up meanwhile makes this fail.
    renameSync(staging, out);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (old !== undefined) renameSync(old, out);
    throw error;
  }
  if (old !== undefined) rmSync(old, { recursive: true, force: true });
}

/**
 * The names the site publishes the cited source texts under: each ends in `.txt`, so that any
 * static host serves it as plain text, never as a page (`article.html` → `article.html.txt`).
 */
function publishedNames(files: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const file of files) {
    const base = /\.txt$/i.test(file) ? file : `${file}.txt`;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = base.replace(/\.txt$/i, `-${n}.txt`);
    taken.add(name.toLowerCase());
    names.set(file, name);
  }
  return names;
}

const sourceTexts = (n: number) => `${n} source text${n === 1 ? '' : 's'}`;

function titleOf(map: ArgumentMap): string {
  const [first] = map.threads;
  return first ? `${first.title} · argument map` : 'argument map';
}
