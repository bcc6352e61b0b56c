import type { ArgumentMap, Claim, Relation, Thread } from '../model/types.js';
import { inCanonicalOrder } from './canonical-order.js';

/**
 * The map as an Argdown document: each thread a heading (its id kept as heading data,
 * `# Question? {id: thread-id}`), each claim a statement titled by its id with its tags, and
 * each relation an outgoing `+>` (supports) or `->` (attacks) below the claim it starts from.
 * Notes, quotes, sources and thread descriptions have no place in Argdown and are left out.
 * Reading the result with `importArgdown` gives back the threads, claims and relations.
 */
export function exportArgdown(map: ArgumentMap): string {
  const ordered = inCanonicalOrder(map);
  const claimIds = new Set(ordered.claims.map((c) => c.id));
  const blocks: string[] = [];
  const threads: Thread[] = [...map.threads];
  for (const claim of ordered.claims) {
    if (!threads.some((t) => t.id === claim.thread)) threads.push({ id: claim.thread, title: claim.thread });
  }
  for (const thread of threads) {
    blocks.push(`# ${escapeArgdown(thread.title || thread.id)} {id: ${yamlString(thread.id)}}`);
    for (const claim of ordered.claims.filter((c) => c.thread === thread.id)) {
      const relations = ordered.relations.filter((r) => r.from === claim.id && claimIds.has(r.to));
      blocks.push(statement(claim, relations));
    }
  }
  return `${blocks.join('\n\n')}\n`;
}

function statement(claim: Claim, relations: readonly Relation[]): string {
  const tags = claim.tags.map((tag) => (/^[A-Za-z0-9-]+$/.test(tag) ? ` #${tag}` : ` #(${tag})`)).join('');
  const lines = [`[${claim.id}]: ${escapeArgdown(claim.text.replace(/\s+/g, ' ').trim())}${tags}`];
  for (const relation of relations) lines.push(`  ${relation.kind === 'supports' ? '+>' : '->'} [${relation.to}]`);
  return lines.join('\n');
}

/** Characters that start Argdown syntax inside a text: mentions, tags, emphasis, links, comments, data. */
const SYNTAX = new Set(['\\', '/', '*', '_', '#', '[', ']', '<', '>', '@', '{', '}']);
/** `.y.` or `:smile:`: Argdown turns known ones into symbols (`x.y.z` would read `x✔z`). */
const SHORTCODE = /^(?:\.[^\s]+?\.|:[^\s]+?:)/;

/** Escapes a text so that Argdown reads it back word for word. */
export function escapeArgdown(text: string): string {
  let escaped = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const startsShortcode = (char === '.' || char === ':') && SHORTCODE.test(text.slice(i));
    escaped += SYNTAX.has(char) || startsShortcode ? `\\${char}` : char;
  }
  return escaped;
}

/** A thread id as YAML that reads back as the same string (`123` or `true` would not, bare). */
function yamlString(id: string): string {
  return /^[A-Za-z][A-Za-z0-9_-]*$/.test(id) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(id) ? id : JSON.stringify(id);
}
