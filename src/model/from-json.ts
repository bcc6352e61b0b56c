import type { Diagnostic } from './diagnostic.js';
import { diagnosticAt } from './diagnostic.js';
import type { ArgumentMap, Claim, Quote, Relation, Source, SourceLocation, SpeechKind, Stance, Thread } from './types.js';
import { emptyMap, RELATION_KINDS, SPEECH_KINDS } from './types.js';

/** Where the value at a path such as `claims[3].text` is written, for diagnostics. */
export type LocateJsonPath = (path: string) => SourceLocation;

/**
 * Reads a map from parsed JSON of unknown shape (what `argmap build` writes). Anything of the
 * wrong shape becomes a diagnostic naming the path of the bad field, e.g. `claims[3].text`;
 * only a field's own value is read, never one inherited from `Object.prototype`. With `locate`
 * (see `JsonPositions`), each diagnostic and each thread, claim, quote, relation, source and
 * stance carries the place in the text where it is written, so that validation points there too.
 */
export function mapFromJson(value: unknown, file = '<json>', locate?: LocateJsonPath): { map: ArgumentMap; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const map = emptyMap();
  const at = (path: string): SourceLocation => locate?.(path) ?? { file, line: 1, column: 1 };
  const located = <T extends { location?: SourceLocation }>(item: T, path: string): T => {
    if (locate) item.location = locate(path);
    return item;
  };
  const fail = (path: string, message: string) =>
    diagnostics.push(diagnosticAt(at(path === '(top level)' ? '' : path), 'error', 'bad-json', `${path}: ${message}`));

  if (!isObject(value)) {
    fail('(top level)', 'expected an object with "claims", "relations" and "sources"');
    return { map, diagnostics };
  }
  const list = (key: string): unknown[] => {
    const items = own(value, key);
    if (items === undefined) return [];
    if (Array.isArray(items)) return items;
    fail(key, `expected an array, got ${kindOf(items)}`);
    return [];
  };
  if (own(value, 'claims') === undefined) fail('claims', 'expected an array of claims');

  list('threads').forEach((item, i) => {
    const r = new FieldReader(item, `threads[${i}]`, fail);
    const thread: Thread = { id: r.string('id'), title: r.string('title', '') };
    const description = r.optional('description');
    if (description) thread.description = description;
    if (r.ok) map.threads.push(located(thread, `threads[${i}].id`));
  });
  list('claims').forEach((item, i) => {
    const r = new FieldReader(item, `claims[${i}]`, fail);
    const claim: Claim = {
      id: r.string('id'),
      text: r.string('text'),
      thread: r.string('thread', 'main'),
      tags: r.strings('tags'),
      quotes: r.objects('quotes').map(([q, path]) => {
        const qr = new FieldReader(q, path, fail);
        const quote: Quote = { text: qr.string('text'), source: qr.string('source') };
        const speaker = qr.optional('speaker');
        if (speaker) quote.speaker = speaker;
        const speech = qr.optional('speech');
        if (speech && !SPEECH_KINDS.includes(speech as SpeechKind)) fail(`${path}.speech`, `"${speech}" is not a kind of speech: use "direct", "reported" or "relayed"`);
        else if (speaker) quote.speech = (speech as SpeechKind | undefined) ?? 'direct';
        return located(quote, `${path}.source`);
      }),
    };
    const note = r.optional('note');
    if (note) claim.note = note;
    const position = r.field('position');
    if (isObject(position)) {
      const x = own(position, 'x');
      const y = own(position, 'y');
      if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) claim.position = { x, y };
    }
    if (r.ok) map.claims.push(located(claim, `claims[${i}].id`));
  });
  list('relations').forEach((item, i) => {
    const r = new FieldReader(item, `relations[${i}]`, fail);
    const kind = r.string('kind');
    const relation = { from: r.string('from'), to: r.string('to'), kind } as Relation;
    if (r.ok && !(RELATION_KINDS as readonly string[]).includes(kind)) {
      fail(`relations[${i}].kind`, `"${kind}" is not a relation kind: use "supports" or "attacks"`);
    } else if (r.ok) map.relations.push(located(relation, `relations[${i}]`));
  });
  list('sources').forEach((item, i) => {
    const r = new FieldReader(item, `sources[${i}]`, fail);
    const source: Source = {
      id: r.string('id'),
      title: r.string('title', ''),
      stances: r.objects('stances').map(([s, path]) => {
        const sr = new FieldReader(s, path, fail);
        const stance: Stance = { thread: sr.string('thread'), position: sr.string('position'), summary: sr.string('summary', '') };
        return located(stance, `${path}.thread`);
      }),
    };
    for (const key of ['file', 'author', 'outlet', 'date', 'url', 'kind', 'note'] as const) {
      const text = r.optional(key);
      if (text !== undefined) source[key] = text;
    }
    if (r.ok) map.sources.push(located(source, `sources[${i}].id`));
  });

  // A map without threads (e.g. imported) still needs a thread for its claims.
  const known = new Set(map.threads.map((t) => t.id));
  for (const claim of map.claims) {
    if (!known.has(claim.thread)) {
      known.add(claim.thread);
      map.threads.push({ id: claim.thread, title: claim.thread });
    }
  }
  return { map, diagnostics };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object's own value for `key`: never `toString` or `constructor` from its prototype. */
function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** How a value of the wrong type is named in a diagnostic. */
function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

class FieldReader {
  ok = true;
  private readonly record: Record<string, unknown>;

  constructor(
    value: unknown,
    private readonly path: string,
    private readonly fail: (path: string, message: string) => void,
  ) {
    this.record = isObject(value) ? value : {};
    if (!isObject(value)) this.error(path, `expected an object, got ${kindOf(value)}`);
  }

  field(key: string): unknown {
    return own(this.record, key);
  }

  string(key: string, fallback?: string): string {
    const value = this.field(key);
    if (typeof value === 'string') return value;
    if (value === undefined && fallback !== undefined) return fallback;
    this.error(`${this.path}.${key}`, value === undefined ? 'missing; expected a string' : `expected a string, got ${kindOf(value)}`);
    return '';
  }

  optional(key: string): string | undefined {
    const value = this.field(key);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    this.error(`${this.path}.${key}`, `expected a string, got ${kindOf(value)}`);
    return undefined;
  }

  strings(key: string): string[] {
    const value = this.field(key);
    if (value === undefined) return [];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
    this.error(`${this.path}.${key}`, 'expected an array of strings');
    return [];
  }

  objects(key: string): [unknown, string][] {
    const value = this.field(key);
    if (value === undefined) return [];
    if (Array.isArray(value)) return value.map((v, i) => [v, `${this.path}.${key}[${i}]`]);
    this.error(`${this.path}.${key}`, `expected an array, got ${kindOf(value)}`);
    return [];
  }

  private error(path: string, message: string): void {
    this.ok = false;
    this.fail(path, message);
  }
}
