// The Argdown export of random, hostile maps read back with our Argdown reader. Run in Node by
// test/cli/argdown-round-trip.test.mjs (the browser tests cannot load @argdown/core's CommonJS).
import fc from 'fast-check';
import { exportArgdown } from '../../src/interop/argdown-export.js';
import { importArgdown } from '../../src/interop/argdown-import.js';
import { inCanonicalOrder } from '../../src/interop/canonical-order.js';
import type { ArgumentMap } from '../../src/model/types.js';
import { hostileMap } from './hostile-maps.js';

/** Argdown's statements and headings are one line. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Our reader's tags: runs of whitespace, commas and backticks made a dash. */
const readTag = (tag: string) => tag.trim().replace(/[\s,`]+/g, '-');

/** What the export promises to read back as: see `exportArgdown`. */
function argdownSpecification(map: ArgumentMap): { threads: string[][]; claims: unknown[][]; relations: string[] } {
  const ordered = inCanonicalOrder(map);
  const ids = new Set(map.claims.map((c) => c.id));
  const used = new Set(map.claims.map((c) => c.thread));
  const threads = map.threads.filter((t) => used.has(t.id)).map((t) => [t.id, oneLine(t.title) || t.id]);
  const claims = ordered.claims.map((c) => [c.id, oneLine(c.text) || c.id, c.thread, [...new Set(c.tags.map(readTag).filter((t) => t))]]);
  const relations = new Set<string>();
  for (const r of map.relations) if (ids.has(r.to) && r.from !== r.to) relations.add(`${r.from} ${r.kind} ${r.to}`);
  return { threads, claims, relations: [...relations].sort() };
}

/** Runs the property; throws with a counterexample when it fails. Returns how many maps were written rather than refused. */
export function checkArgdownRoundTrip(numRuns: number): number {
  let written = 0;
  fc.assert(fc.property(hostileMap, (map) => {
    const result = exportArgdown(map);
    if (!result.ok) {
      if (result.problems.length === 0 || !result.problems.every((p) => /^(thread|claim|relation|source) "|^and \d+ more things /.test(p.message))) {
        throw new Error(`refused without naming what: ${JSON.stringify(result.problems)}`);
      }
      return;
    }
    written++;
    const back = importArgdown(result.text, 'export.argdown');
    const errors = back.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) throw new Error(`reads back with errors: ${JSON.stringify(errors)}\n${result.text}`);
    const actual = {
      threads: back.map.threads.map((t) => [t.id, t.title]),
      claims: back.map.claims.map((c) => [c.id, c.text, c.thread, c.tags]),
      relations: back.map.relations.map((r) => `${r.from} ${r.kind} ${r.to}`).sort(),
    };
    const expected = argdownSpecification(map);
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      throw new Error(`reads back as\n${JSON.stringify(actual)}\ninstead of\n${JSON.stringify(expected)}\nfrom\n${result.text}`);
    }
  }), { numRuns });
  return written;
}
