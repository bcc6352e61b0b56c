import type { Diagnostic } from './diagnostic.js';
import { diagnosticAt } from './diagnostic.js';
import type { ArgumentMap, Claim, Quote, Relation, Source, SpeechKind, Stance, Thread } from './types.js';
import { emptyMap, RELATION_KINDS, SPEECH_KINDS } from './types.js';

/**
 * Reads a map from parsed JSON of unknown shape (what `argmap build` writes). Anything of the
 * wrong shape becomes a diagnostic naming the path of the bad field, e.g. `claims[3].text`.
 */
export function mapFromJson(value: unknown, file = '<json>'): { map: ArgumentMap; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const map = emptyMap();
  const fail = (path: string, message: string) =>
    diagnostics.push(diagnosticAt({ file, line: 1, column: 1 }, 'error', 'bad-json', `${path}: ${message}`));

  if (!isObject(value)) {
    fail('(top level)', 'expected an object with "claims", "relations" and "sources"');
    return { map, diagnostics };
  }
  const list = (key: string): unknown[] => {
    const items = value[key];
    if (items === undefined) return [];
    if (Array.isArray(items)) return items;
    fail(key, 'expected an array');
    return [];
  };
  if (!Array.isArray(value.claims)) fail('claims', 'expected an array of claims');

  list('threads').forEach((item, i) => {
    const r = new FieldReader(item, `threads[${i}]`, fail);
    const thread: Thread = { id: r.string('id'), title: r.string('title', '') };
    const description = r.optional('description');
    if (description) thread.description = description;
    if (r.ok) map.threads.push(thread);
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
        return quote;
      }),
    };
    const note = r.optional('note');
    if (note) claim.note = note;
    const position = isObject(item) ? item.position : undefined;
    if (isObject(position) && Number.isFinite(position.x) && Number.isFinite(position.y)) {
      claim.position = { x: Number(position.x), y: Number(position.y) };
    }
    if (r.ok) map.claims.push(claim);
  });
  list('relations').forEach((item, i) => {
    const r = new FieldReader(item, `relations[${i}]`, fail);
    const kind = r.string('kind');
    const relation = { from: r.string('from'), to: r.string('to'), kind } as Relation;
    if (r.ok && !RELATION_KINDS.includes(relation.kind)) {
      fail(`relations[${i}].kind`, `"${kind}" is not a relation kind: use "supports" or "attacks"`);
    } else if (r.ok) map.relations.push(relation);
  });
  list('sources').forEach((item, i) => {
    const r = new FieldReader(item, `sources[${i}]`, fail);
    const source: Source = {
      id: r.string('id'),
      title: r.string('title', ''),
      stances: r.objects('stances').map(([s, path]) => {
        const sr = new FieldReader(s, path, fail);
        const stance: Stance = { thread: sr.string('thread'), position: sr.string('position'), summary: sr.string('summary', '') };
        return stance;
      }),
    };
    for (const key of ['file', 'author', 'outlet', 'date', 'url', 'kind', 'note'] as const) {
      const text = r.optional(key);
      if (text !== undefined) source[key] = text;
    }
    if (r.ok) map.sources.push(source);
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

class FieldReader {
  ok = true;
  private readonly record: Record<string, unknown>;

  constructor(
    value: unknown,
    private readonly path: string,
    private readonly fail: (path: string, message: string) => void,
  ) {
    this.record = isObject(value) ? value : {};
    if (!isObject(value)) this.error(path, 'expected an object');
  }

  string(key: string, fallback?: string): string {
    const value = this.record[key];
    if (typeof value === 'string') return value;
    if (value === undefined && fallback !== undefined) return fallback;
    this.error(`${this.path}.${key}`, value === undefined ? 'missing; expected a string' : `expected a string, got ${typeof value}`);
    return '';
  }

  optional(key: string): string | undefined {
    const value = this.record[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    this.error(`${this.path}.${key}`, `expected a string, got ${typeof value}`);
    return undefined;
  }

  strings(key: string): string[] {
    const value = this.record[key];
    if (value === undefined) return [];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
    this.error(`${this.path}.${key}`, 'expected an array of strings');
    return [];
  }

  objects(key: string): [unknown, string][] {
    const value = this.record[key];
    if (value === undefined) return [];
    if (Array.isArray(value)) return value.map((v, i) => [v, `${this.path}.${key}[${i}]`]);
    this.error(`${this.path}.${key}`, 'expected an array');
    return [];
  }

  private error(path: string, message: string): void {
    this.ok = false;
    this.fail(path, message);
  }
}
