import type { ExportResult } from '../../src/interop/export-result.js';
import type { ArgumentMap } from '../../src/model/types.js';
import { mapToJson } from '../../src/model/to-json.js';
import type { MapFile } from '../../src/parse/parse-markdown.js';

/** A file under test/fixtures/, as text. */
export async function fixtureText(path: string): Promise<string> {
  const response = await fetch(new URL(`../fixtures/${path}`, import.meta.url));
  if (!response.ok) throw new Error(`no fixture ${path}`);
  return response.text();
}

/** The shipped map's files, in the order its index lists them. */
export async function shippedMapFiles(): Promise<MapFile[]> {
  const base = new URL('../../arguments/', import.meta.url);
  const index = (await (await fetch(new URL('index.json', base))).json()) as { files: string[] };
  return Promise.all(index.files.map(async (name) => ({ name, text: await (await fetch(new URL(name, base))).text() })));
}

/** The map as plain data without source locations, for deep comparisons. */
export function plain(map: ArgumentMap): ArgumentMap {
  return mapToJson(map);
}

/** `from kind to` lines, the way a reader checks relations. */
export function relationLines(map: ArgumentMap): string[] {
  return map.relations.map((r) => `${r.from} ${r.kind} ${r.to}`);
}

/** Each diagnostic as `line:column severity code`. */
export function diagnosticLines(diagnostics: readonly { line: number; column: number; severity: string; code: string }[]): string[] {
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
}

/** The text an exporter wrote; fails the test, naming the problems, when it refused. */
export function written(result: ExportResult): string {
  if (!result.ok) throw new Error(`the export was refused:\n${result.problems.map((p) => p.message).join('\n')}`);
  return result.text;
}
