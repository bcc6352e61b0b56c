import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { MapFormat } from '../interop/formats.js';
import { readMapTexts } from '../interop/read-any.js';
import type { MapFile, ParseResult } from '../parse/parse-markdown.js';

// Kialo's `.txt` is read only when named: a folder's .txt files are more likely source texts.
const MAP_EXTENSIONS = new Set(['.md', '.markdown', '.json', '.argdown', '.ad']);

/** A problem with the command line or the file system: one line for the user, then an exit code. */
export class UsageError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

/**
 * Reads the maps named by `paths` into one validated map, each file in the format its extension
 * names (Markdown, our JSON or AIF, Argdown, Kialo `.txt`) unless `format` says otherwise.
 */
export function readMap(paths: readonly string[], format?: MapFormat): Promise<ParseResult> {
  return readMapTexts(readMapFiles(paths), format);
}

/** Reads the map files named by `paths`; a folder means every map file below it. */
export function readMapFiles(paths: readonly string[]): MapFile[] {
  const files: MapFile[] = [];
  for (const path of paths) {
    const stat = statOrFail(path);
    if (stat.isDirectory()) {
      const found = listMapFiles(path).map(readMapFile).filter((file) => !indexedFiles(file));
      if (found.length === 0) throw new UsageError(`${path}: no map files (.md, .json or .argdown) in this folder`, 1);
      files.push(...found);
    } else {
      const file = readMapFile(path);
      const listed = indexedFiles(file);
      files.push(...(listed ? listed.map((name) => readMapFile(join(dirname(path), name))) : [file]));
    }
  }
  return files;
}

function listMapFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'sources' && !entry.name.startsWith('.')) found.push(...listMapFiles(path));
    else if (entry.isFile() && MAP_EXTENSIONS.has(extname(entry.name).toLowerCase()) && !/^readme\.md$/i.test(entry.name)) found.push(path);
  }
  return found;
}

/** The files an index `{ "files": [...] }` lists; undefined for any other file. */
function indexedFiles(file: MapFile): string[] | undefined {
  if (!file.name.toLowerCase().endsWith('.json')) return undefined;
  try {
    const value = JSON.parse(file.text) as { files?: unknown; claims?: unknown };
    if (Array.isArray(value.files) && value.claims === undefined && value.files.every((f) => typeof f === 'string')) return value.files;
  } catch {
    // Not JSON: the map parser reports it.
  }
  return undefined;
}

function readMapFile(path: string): MapFile {
  const bytes = readOrFail(path);
  if (bytes.includes(0)) throw new UsageError(`${path}: this is a binary file, not a map`, 1);
  return { name: path, text: bytes.toString('utf8') };
}

/**
 * Source texts of a folder, keyed by file name as a source's `file:` field names them; only the
 * files in `only`, when given (a folder may hold far more than the map cites).
 */
export function readSourceTexts(dir: string, only?: ReadonlySet<string>): Map<string, string> {
  if (!statOrFail(dir).isDirectory()) throw new UsageError(`${dir}: --sources must be a folder of source texts`);
  const texts = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && (!only || only.has(basename(entry.name)))) texts.set(basename(entry.name), readOrFail(join(dir, entry.name)).toString('utf8'));
  }
  return texts;
}

function statOrFail(path: string) {
  try {
    return statSync(path);
  } catch {
    throw new UsageError(`${path}: no such file or folder`, 1);
  }
}

function readOrFail(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`${path}: cannot read this file (${code})`, 1);
  }
}
