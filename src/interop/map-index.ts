import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt } from '../model/diagnostic.js';
import type { MapFile } from '../parse/parse-markdown.js';
import { JsonPositions } from './json-positions.js';

/** The files an index names, each with where it is named (for diagnostics about that file). */
export interface MapIndex {
  files: { name: string; path: string }[];
  /** Entries refused (outside the index's folder) or an index of the wrong shape. */
  diagnostics: Diagnostic[];
  /** Where each entry is written, by its path (`files[2]`). */
  positions: JsonPositions;
}

/**
 * Reads an index `{ "files": ["a.md", "part/b.argdown"] }`: the files, relative to the index,
 * that together form a map. Undefined when `file` is not one (not JSON, or a map: it has
 * `claims` or `nodes`). The command line and the page both read indexes here.
 *
 * An entry must name a file inside the index's folder: one that is absolute, has a scheme
 * (`https:`, `file:`), a `..` segment or a backslash is refused with an error at the entry.
 * Whoever opens the files checks the rest (symbolic links on disk, redirects on the web).
 */
export function readMapIndex(file: MapFile): MapIndex | undefined {
  if (!/\.json$/i.test(file.name.split(/[?#]/)[0])) return undefined;
  // An index has a "files" key, spelled so unless escapes spell it: a big built map need not be parsed twice to know it is none.
  if (!file.text.includes('"files"') && !file.text.includes('\\u')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  if (!Object.hasOwn(value, 'files') || Object.hasOwn(value, 'claims') || Object.hasOwn(value, 'nodes')) return undefined;
  const positions = new JsonPositions(file.text, file.name);
  const index: MapIndex = { files: [], diagnostics: [], positions };
  const entries = (value as { files: unknown }).files;
  if (!Array.isArray(entries) || entries.length === 0) {
    index.diagnostics.push(diagnosticAt(positions.at('files'), 'error', 'bad-index',
      'an index must be { "files": ["a.md", …] }: "files" is not a list of file names'));
    return index;
  }
  entries.forEach((entry, i) => {
    const path = `files[${i}]`;
    if (typeof entry !== 'string') {
      const kind = entry === null ? 'null' : Array.isArray(entry) ? 'an array' : typeof entry;
      index.diagnostics.push(refusal(positions, path, `expected a file name (a string), got ${kind}`));
      return;
    }
    const problem = entryProblem(entry);
    if (problem === undefined) index.files.push({ name: entry, path });
    else index.diagnostics.push(refusal(positions, path, `"${entry}" ${problem}`));
  });
  return index;
}

/** An error at an index entry: `files[2]: "../x.md" is outside …`. */
export function refusal(positions: JsonPositions, path: string, what: string): Diagnostic {
  return diagnosticAt(positions.at(path), 'error', 'bad-index-entry', `${path}: ${what}; an index names files inside its own folder, like "debate.md" or "part/two.md"`);
}

/** Why an index entry does not name a file inside the index's folder, or undefined when it does. */
function entryProblem(name: string): string | undefined {
  if (name.trim() === '') return 'is empty';
  // Control characters, and the backslash that Windows and URL parsers take for a slash.
  if (/[\u0000-\u001f\u007f\\]/.test(name)) return 'has a backslash or a control character';
  if (/^[a-z][a-z0-9+.-]*:/i.test(name)) return 'is a URL (it has a scheme), not a file beside the index';
  if (name.startsWith('/')) return 'is an absolute path, outside the index’s folder';
  // A URL parser reads `%2e%2e` as `..` too.
  if (name.split('/').some((segment) => segment.replace(/%2e/gi, '.') === '..')) return 'goes up out of the index’s folder (it has "..")';
  return undefined;
}
