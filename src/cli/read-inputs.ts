import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, join, sep } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt } from '../model/diagnostic.js';
import type { MapFormat } from '../interop/formats.js';
import { readMapIndex, refusal } from '../interop/map-index.js';
import { readMapTexts } from '../interop/read-any.js';
import { decodeText } from '../parse/decode-text.js';
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
 * names (Markdown, our JSON or AIF, Argdown, Kialo `.txt`) unless `format` says otherwise. The
 * reading is `readMapTexts`, as in the page; files that are not text, and index entries that
 * point outside the index's folder, are errors among the map's diagnostics.
 */
export function readMap(paths: readonly string[], format?: MapFormat): Promise<ParseResult> {
  const { files, diagnostics } = loadMapFiles(paths);
  return readMapTexts(files, format, { diagnostics });
}

/** Reads the map files named by `paths`; a folder means every map file below it. */
export function readMapFiles(paths: readonly string[]): MapFile[] {
  return loadMapFiles(paths).files;
}

/** The texts of the map files named by `paths`, and the problems met loading them. */
export function loadMapFiles(paths: readonly string[]): { files: MapFile[]; diagnostics: Diagnostic[] } {
  const files: MapFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const load = (path: string) => {
    const decoded = decodeText(readOrFail(path), path);
    if ('error' in decoded) diagnostics.push(decoded.error);
    return 'error' in decoded ? undefined : { name: path, text: decoded.text };
  };
  for (const path of paths) {
    const stat = statOrFail(path);
    if (stat.isDirectory()) {
      const found = listMapFiles(path);
      if (found.length === 0) throw new UsageError(`${path}: no map files (.md, .json or .argdown) in this folder`, 1);
      for (const name of found) {
        const file = load(name);
        // An index in a folder lists files the folder holds anyway.
        if (file && !readMapIndex(file)) files.push(file);
      }
    } else {
      const file = load(path);
      const index = file && readMapIndex(file);
      if (!index) {
        if (file) files.push(file);
        continue;
      }
      diagnostics.push(...index.diagnostics);
      for (const entry of index.files) {
        const where = fileInside(dirname(path), entry.name);
        if (typeof where === 'string') {
          const listed = load(where);
          if (listed) files.push(listed);
        } else {
          diagnostics.push(refusal(index.positions, entry.path, `"${entry.name}" ${where.problem}`));
        }
      }
    }
  }
  return { files, diagnostics };
}

/**
 * The path of `name` inside `folder`, or why it is not a file there: after following symbolic
 * links, it must still lie inside the folder.
 */
function fileInside(folder: string, name: string): string | { problem: string } {
  const path = join(folder, name);
  let real: string;
  let realFolder: string;
  try {
    realFolder = realpathSync(folder);
    real = realpathSync(path);
  } catch {
    return { problem: 'names no file' };
  }
  if (!isInside(realFolder, real)) return { problem: `leads outside ${folder} (to ${real})` };
  if (!statSync(real).isFile()) return { problem: 'is not a file' };
  return path;
}

/** Whether `path` is `folder` or below it; both already real paths. */
export function isInside(folder: string, path: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);
}

function listMapFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    // Dirent tells symbolic links apart: a linked file or folder is not followed.
    if (entry.isDirectory() && entry.name !== 'sources' && !entry.name.startsWith('.')) found.push(...listMapFiles(path));
    else if (entry.isFile() && MAP_EXTENSIONS.has(extname(entry.name).toLowerCase()) && !/^readme\.md$/i.test(entry.name)) found.push(path);
  }
  return found;
}

/**
 * Source texts of a folder, keyed by file name as a source's `file:` field names them (a name,
 * never a path, so `file: ../../etc/passwd` finds nothing). A symbolic link is read only when it
 * leads to a file inside the folder; one that leads outside is an error in `diagnostics`. Files
 * that are not text (a PDF beside the articles) are left out; so are files not in `only`, when given
 * (a folder may hold far more than the map cites).
 */
export function readSourceTexts(dir: string, diagnostics: Diagnostic[] = [], only?: ReadonlySet<string>): Map<string, string> {
  if (!statOrFail(dir).isDirectory()) throw new UsageError(`${dir}: --sources must be a folder of source texts`);
  const texts = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    if (only && !only.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      const where = fileInside(dir, entry.name);
      if (typeof where !== 'string') {
        diagnostics.push(diagnosticAt({ file: path, line: 1, column: 1 }, 'error', 'source-outside',
          `this source text is a link that ${where.problem}: not read; put the text itself in ${dir}`));
        continue;
      }
    }
    const decoded = decodeText(readOrFail(path), path);
    if ('text' in decoded) texts.set(entry.name, decoded.text);
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

function readOrFail(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`${path}: cannot read this file (${code})`, 1);
  }
}
