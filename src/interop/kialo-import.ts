import { MAX_ID_LENGTH } from '../model/did-you-mean.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt } from '../model/diagnostic.js';
import type { Claim, Relation, RelationKind, SourceLocation, Thread } from '../model/types.js';
import { emptyMap } from '../model/types.js';
import type { ParseResult } from '../parse/parse-markdown.js';
import { inCanonicalOrder } from './canonical-order.js';
import { idFromText, idFromTitle, singleLine } from './imported-names.js';

/** One numbered line of the export, with the lines that continue its text. */
interface KialoItem {
  number: string;
  kind?: RelationKind;
  /** The number a `-> See 1.2.3.` line points at; such a line is a link, not a claim. */
  linkTo?: string;
  text: string;
  location: SourceLocation;
}

const NUMBERED = /^(\d+(?:\.\d+)*)\.\s*(.*)$/;
const STANCE = /^(pro|con)\s*:\s*(.*)$/is;
const LINK = /^->\s*see\s+(\d+(?:\.\d+)*)\.?\s*$/i;
const TITLE = /^discussion title\s*:\s*(.*)$/i;

/**
 * Reads Kialo's plain-text export into one thread. Each claim keeps its Kialo number as its id;
 * a Pro supports and a Con attacks the claim it is numbered under, and a link
 * (`1.2.1. Con: -> See 1.1.3.`) makes the linked claim attack (or support) the link's parent too.
 * Never throws.
 *
 * ```text
 * Discussion Title: Should cities ban cars from their centres?
 *
 * 1. Cities should ban cars from their centres.
 * 1.1. Pro: Car-free centres have cleaner air.
 * 1.1.1. Con: -> See 1.2.1.
 * ```
 */
export function importKialo(text: string, file = 'discussion.txt'): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const report = (location: SourceLocation, code: string, message: string) =>
    diagnostics.push(diagnosticAt(location, 'error', code, message));
  const { title, items } = readLines(text, file, diagnostics);
  if (items.length === 0) {
    report({ file, line: 1, column: 1 }, 'not-kialo',
      'no numbered claims: a Kialo export has lines like "1. Thesis", "1.1. Pro: …" and "1.1.1. Con: …"');
    return { map: emptyMap(), diagnostics };
  }

  const byNumber = new Map<string, KialoItem>();
  for (const item of items) {
    if (byNumber.has(item.number)) report(item.location, 'duplicate-number', `${item.number}. is numbered twice: give this claim its own number`);
    else byNumber.set(item.number, item);
  }
  /**
   * The claim a number stands for: itself, or what its link points at, following chains of links
   * (`-> See` a link) once each: every number on a chain is remembered with the chain's end.
   */
  const resolved = new Map<string, string | null>();
  const claimOf = (number: string): string | undefined => {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let end: string | null = null;
    for (let at: string | undefined = number; at !== undefined;) {
      const known = resolved.get(at);
      if (known !== undefined) {
        end = known;
        break;
      }
      const item = byNumber.get(at);
      if (!item || onChain.has(at)) break;
      chain.push(at);
      onChain.add(at);
      if (item.linkTo === undefined) {
        end = item.number;
        break;
      }
      at = item.linkTo;
    }
    for (const link of chain) resolved.set(link, end);
    return end ?? undefined;
  };

  const firstThesis = items.find((item) => !item.number.includes('.') && item.linkTo === undefined);
  const threadTitle = title ?? firstThesis?.text ?? file;
  const thread: Thread = { id: idFromTitle(title ?? '') || idFromText(firstThesis?.text ?? '') || 'kialo', title: threadTitle };
  const claims: Claim[] = [];
  const relations: Relation[] = [];
  // A claim's id is its Kialo number, unless a deep discussion makes that longer than an id may be.
  const ids = new Map<string, string>();
  const idOf = (number: string): string => {
    let id = ids.get(number);
    if (id === undefined) {
      id = number.length <= MAX_ID_LENGTH ? number : `kialo-${ids.size + 1}`;
      ids.set(number, id);
    }
    return id;
  };
  for (const item of byNumber.values()) {
    if (item.linkTo === undefined) {
      if (!item.text) report(item.location, 'empty-text', `${item.number}. has no text`);
      const claim: Claim = { id: idOf(item.number), text: item.text, thread: thread.id, tags: [], quotes: [], location: item.location };
      if (claim.id !== item.number) claim.note = `Kialo number ${item.number}`;
      claims.push(claim);
    } else if (claimOf(item.linkTo) === undefined) {
      report(item.location, 'unknown-link', `"-> See ${item.linkTo}." points at no claim: the export has no line numbered ${item.linkTo}.`);
      continue;
    }
    const parentNumber = item.number.split('.').slice(0, -1).join('.');
    if (!parentNumber) continue;
    const parent = claimOf(parentNumber);
    if (parent === undefined) {
      report(item.location, 'missing-parent', `${item.number}. is numbered under ${parentNumber}., which the export does not have`);
      continue;
    }
    if (item.kind === undefined) {
      report(item.location, 'missing-stance', `${item.number}. needs "Pro:" or "Con:" after its number, to say how it bears on ${parentNumber}.`);
      continue;
    }
    relations.push({ from: idOf(claimOf(item.number)!), to: idOf(parent), kind: item.kind, location: item.location });
  }
  const map = inCanonicalOrder({ threads: [thread], claims, relations, sources: [] });
  return { map, diagnostics };
}

function readLines(text: string, file: string, diagnostics: Diagnostic[]): { title?: string; items: KialoItem[] } {
  const items: KialoItem[] = [];
  let title: string | undefined;
  let current: { item: KialoItem; lines: string[] } | undefined;
  const finish = () => {
    if (!current) return;
    const body = singleLine(current.lines.join('\n'));
    const link = LINK.exec(body);
    if (link) current.item.linkTo = link[1];
    else current.item.text = body;
    items.push(current.item);
  };
  text.replace(/\r\n?/g, '\n').split('\n').forEach((raw, i) => {
    const line = raw.trim();
    const location = { file, line: i + 1, column: raw.length - raw.trimStart().length + 1 };
    if (!line) return;
    const titled = TITLE.exec(line);
    if (titled && items.length === 0 && !current) {
      title = singleLine(titled[1]);
      return;
    }
    const numbered = NUMBERED.exec(line);
    if (numbered) {
      finish();
      const stance = STANCE.exec(numbered[2]);
      const kind: RelationKind | undefined = stance ? (stance[1].toLowerCase() === 'pro' ? 'supports' : 'attacks') : undefined;
      current = { item: { number: numbered[1], kind, text: '', location }, lines: [stance ? stance[2] : numbered[2]] };
    } else if (current) {
      current.lines.push(line);
    } else {
      diagnostics.push(diagnosticAt(location, 'warning', 'ignored-text', 'text before the first numbered claim is ignored'));
    }
  });
  finish();
  return { title, items };
}
