import type { ArgumentMap, Claim, Quote, Relation, Source } from '../model/types.js';
import { inCanonicalOrder } from './canonical-order.js';

/**
 * The map in our own Markdown format, one file holding every thread and then the sources.
 * It reads back as the same map: `parseMap([{ name, text: exportMarkdown(map) }]).map` deep-equals
 * `inCanonicalOrder(map)` apart from locations, for any map the Markdown format can hold (texts
 * and titles on one line; notes and descriptions made of paragraphs). A relation is written under
 * the claim it starts from, so one from a claim the map lacks cannot be written.
 *
 * ```ts
 * writeFileSync('debate.md', exportMarkdown(map));
 * ```
 */
export function exportMarkdown(map: ArgumentMap): string {
  const ordered = inCanonicalOrder(map);
  const claimsOf = groupBy(ordered.claims, (c) => c.thread);
  const relationsOf = groupBy(ordered.relations, (r) => r.from);
  const blocks: string[] = [];
  const threads = [...map.threads];
  // Claims in a thread the map lacks still get written, under a heading of that thread's id.
  for (const id of claimsOf.keys()) {
    if (!threads.some((t) => t.id === id)) threads.push({ id, title: id });
  }
  for (const thread of threads) {
    blocks.push(`# ${thread.id}: ${oneLine(thread.title)}`);
    if (thread.description) blocks.push(thread.description);
    for (const claim of claimsOf.get(thread.id) ?? []) blocks.push(...claimBlocks(claim, relationsOf.get(claim.id) ?? []));
  }
  if (map.sources.length > 0) {
    blocks.push('# Sources');
    for (const source of map.sources) blocks.push(...sourceBlocks(source));
  }
  return `${blocks.join('\n\n')}\n`;
}

function claimBlocks(claim: Claim, relations: readonly Relation[]): string[] {
  const blocks = [`## ${claim.id}: ${oneLine(claim.text)}`];
  const fields = claim.tags.length > 0 ? [`- tags: ${claim.tags.join(', ')}`] : [];
  // Consecutive relations of one kind share a line; a change of kind starts a new one, which keeps their order.
  for (const relation of relations) {
    const last = fields.at(-1);
    if (last?.startsWith(`- ${relation.kind}: `)) fields[fields.length - 1] = `${last}, ${relation.to}`;
    else fields.push(`- ${relation.kind}: ${relation.to}`);
  }
  if (fields.length > 0) blocks.push(fields.join('\n'));
  if (claim.note) blocks.push(claim.note);
  blocks.push(...claim.quotes.map(quoteBlock));
  return blocks;
}

function quoteBlock(quote: Quote): string {
  const citation = quote.speaker ? `${quote.speaker} (${quote.speech ?? 'direct'}), ${quote.source}` : quote.source;
  return `> ${oneLine(quote.text)}\n>\n> — ${citation}`;
}

const SOURCE_FIELDS = ['file', 'author', 'outlet', 'date', 'url', 'kind'] as const;

function sourceBlocks(source: Source): string[] {
  const blocks = [`## ${source.id}: ${oneLine(source.title)}`];
  const fields = SOURCE_FIELDS.filter((key) => source[key] !== undefined).map((key) => field(key, source[key]!));
  const noteIsOneLine = source.note !== undefined && !source.note.includes('\n');
  if (noteIsOneLine) fields.push(field('note', source.note!));
  if (source.stances.length > 0) {
    fields.push('- stance:');
    for (const stance of source.stances) {
      fields.push(`  - ${stance.thread}: ${stance.position}${stance.summary ? ` — ${stance.summary}` : ''}`);
    }
  }
  if (fields.length > 0) blocks.push(fields.join('\n'));
  if (source.note !== undefined && !noteIsOneLine) blocks.push(source.note);
  return blocks;
}

function field(key: string, value: string): string {
  return value ? `- ${key}: ${value}` : `- ${key}:`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
