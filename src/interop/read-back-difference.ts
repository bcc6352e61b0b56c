import type { ArgumentMap, Claim, Relation, SourceLocation } from '../model/types.js';
import { shown } from './export-result.js';

/** Where an export, read back, differs from the map it was written from. */
export interface ReadBackDifference {
  /** The thing that differs, as `claim "x"`, and where the map was read from. */
  what: string;
  at: SourceLocation | undefined;
  /** The field that differs (`note`, `quotes`, `stances`…), or undefined when a whole thing is missing or extra. */
  field: string | undefined;
  expected: unknown;
  actual: unknown;
}

/**
 * The first difference between `expected` and `actual`, two maps whose threads, claims, relations
 * and sources come in the same order; locations are not compared (the difference is located where
 * `expected` says). Undefined when they are the same.
 */
export function readBackDifference(expected: ArgumentMap, actual: ArgumentMap): ReadBackDifference | undefined {
  const lists = [
    ['thread', expected.threads, actual.threads],
    ['claim', expected.claims, actual.claims],
    ['relation', expected.relations, actual.relations],
    ['source', expected.sources, actual.sources],
  ] as const;
  for (const [kind, wanted, got] of lists) {
    const count = Math.max(wanted.length, got.length);
    for (let i = 0; i < count; i++) {
      const want = wanted[i] as unknown as Record<string, unknown> | undefined;
      const have = got[i] as unknown as Record<string, unknown> | undefined;
      if (want !== undefined && have !== undefined && sameData(want, have)) continue;
      const item = (want ?? have)!;
      const what = kind === 'relation' ? `relation "${describeRelation(item as unknown as Relation)}"` : `${kind} "${(item as unknown as Claim).id}"`;
      const at = (want as { location?: SourceLocation } | undefined)?.location;
      if (want === undefined || have === undefined) return { what, at, field: undefined, expected: want, actual: have };
      const keys = [...new Set([...WRITTEN_ORDER, ...Object.keys(want), ...Object.keys(have)])];
      const field = keys.find((key) => key !== 'location' && !sameData(want[key], have[key]));
      return { what, at, field, expected: field === undefined ? want : want[field], actual: field === undefined ? have : have[field] };
    }
  }
  return undefined;
}

/**
 * Fields in the order a Markdown map writes them: when a note holds a heading, the claim's quotes
 * (written after it) go to the heading's claim, but the note is what to fix.
 */
const WRITTEN_ORDER = ['id', 'title', 'text', 'description', 'tags', 'note', 'quotes'];

/** `a supports b` */
export function describeRelation(relation: Relation): string {
  return `${relation.from} ${relation.kind} ${relation.to}`;
}

/** A difference as the end of a message: `… would read back as "x" instead of "y"`. */
export function describeDifference(difference: ReadBackDifference): string {
  if (difference.actual === undefined) return 'would be lost';
  if (difference.expected === undefined) return `would appear that the map does not have (${shown(difference.actual)})`;
  return `would read back as ${shown(difference.actual)} instead of ${shown(difference.expected)}`;
}

/** Whether two values of plain data (strings, numbers, arrays, objects) are the same, leaving out `location`s. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, i) => sameData(value, other[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = (record: Record<string, unknown>) => Object.keys(record).filter((key) => key !== 'location' && record[key] !== undefined);
  const leftKeys = keys(left);
  return leftKeys.length === keys(right).length && leftKeys.every((key) => Object.hasOwn(right, key) && sameData(left[key], right[key]));
}
