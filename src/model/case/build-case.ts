import type { MapIndex } from '../queries.js';
import type { Claim, Relation, Thread } from '../types.js';
import { NearMisses } from '../did-you-mean.js';
import { shownId } from '../validate.js';
import { type EvidenceCard, evidenceCards } from './evidence-card.js';

/** The side a debater argues on a claim. */
export type CaseSide = 'for' | 'against';

export const CASE_SIDES: readonly CaseSide[] = ['for', 'against'];

/** A claim in a case, with its evidence. */
export interface CaseClaim {
  claim: Claim;
  /** The relations from this claim to other claims of the case: what it supports or attacks. */
  argues: Relation[];
  cards: EvidenceCard[];
}

/** Their claim, and our claims that attack it. */
export interface Answer {
  theirs: CaseClaim;
  ours: CaseClaim[];
}

/** Their claim attacks ours, and no claim of ours attacks it: what to prepare for. */
export interface OpenFlank {
  attack: CaseClaim;
  target: CaseClaim;
}

/** Everything a debater needs on one claim, for one side. */
export interface DebateCase {
  /** The claim debated (usually a thread's thesis); it is on our side when we argue for it. */
  motion: Claim;
  thread?: Thread;
  side: CaseSide;
  /** Our claims: the motion's supporters and so on down (for), or its attackers and so on (against). */
  ours: CaseClaim[];
  theirs: CaseClaim[];
  /** Their claims that we attack, in the order of their case. */
  answers: Answer[];
  openFlanks: OpenFlank[];
}

export type CaseResult = { ok: true; case: DebateCase } | { ok: false; message: string };

/**
 * Assembles the case for or against a claim from every claim that bears on it, directly or
 * down a chain of relations. A support keeps the side of the claim it supports, an attack
 * takes the other side, so a support of an attacker of the motion is against it. A claim
 * reached along several paths takes the side of the shortest (the first relation on a tie).
 *
 * ```ts
 * const result = buildCase(new MapIndex(map), 'sanctions-thesis', 'against');
 * if (result.ok) result.case.openFlanks; // their attacks we have no answer to
 * ```
 */
export function buildCase(index: MapIndex, claimId: string, side: CaseSide): CaseResult {
  const motion = index.claim(claimId);
  if (!motion) return { ok: false, message: `unknown claim "${shownId(claimId)}"${new NearMisses(index.claims.keys()).didYouMean(claimId)}` };

  const tree = caseTree(index, claimId);
  const isOurs = (id: string) => tree.forMotion.get(id) === (side === 'for');
  const caseClaims = new Map<string, CaseClaim>();
  for (const id of tree.forMotion.keys()) {
    const claim = index.claim(id)!;
    const argues = index.relationsFrom(id).filter((r) => tree.forMotion.has(r.to));
    caseClaims.set(id, { claim, argues, cards: evidenceCards(claim, index) });
  }
  const ours = outline(tree, isOurs).map((id) => caseClaims.get(id)!);
  const theirs = outline(tree, (id) => !isOurs(id)).map((id) => caseClaims.get(id)!);

  const answers: Answer[] = [];
  const openFlanks: OpenFlank[] = [];
  for (const their of theirs) {
    const attackers = index.relationsInto(their.claim.id).filter((r) => r.kind === 'attacks' && isOurs(r.from));
    const answering = [...new Set(attackers.map((r) => r.from))].map((id) => caseClaims.get(id)!);
    if (answering.length > 0) answers.push({ theirs: their, ours: answering });
    else {
      for (const r of their.argues) {
        if (r.kind === 'attacks' && isOurs(r.to)) openFlanks.push({ attack: their, target: caseClaims.get(r.to)! });
      }
    }
  }
  const thread = index.map.threads.find((t) => t.id === motion.thread);
  return { ok: true, case: { motion, ...(thread ? { thread } : {}), side, ours, theirs, answers, openFlanks } };
}

/**
 * Every claim that bears on the motion, found breadth first (so `forMotion` lists them nearest
 * first): whether it argues for the motion, and the claims found from it.
 */
interface CaseTree {
  forMotion: Map<string, boolean>;
  parent: Map<string, string>;
  children: Map<string, string[]>;
}

function caseTree(index: MapIndex, root: string): CaseTree {
  const tree: CaseTree = { forMotion: new Map([[root, true]]), parent: new Map(), children: new Map([[root, []]]) };
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    for (const r of index.relationsInto(id)) {
      if (tree.forMotion.has(r.from)) continue;
      tree.forMotion.set(r.from, r.kind === 'supports' ? tree.forMotion.get(id)! : !tree.forMotion.get(id)!);
      tree.parent.set(r.from, id);
      tree.children.get(id)!.push(r.from);
      tree.children.set(r.from, []);
      queue.push(r.from);
    }
  }
  return tree;
}

/**
 * One side's claims as a debater reads them: the claims that open a line of argument (the
 * motion, or a claim that takes on the other side), nearest the motion first, each followed by
 * the claims of its side that back it up.
 */
function outline(tree: CaseTree, onSide: (id: string) => boolean): string[] {
  const order: string[] = [];
  // Depth first, with an explicit stack: a chain of claims can be far deeper than the call stack.
  const stack: string[] = [];
  for (const id of tree.forMotion.keys()) {
    const parent = tree.parent.get(id);
    if (!onSide(id) || (parent !== undefined && onSide(parent))) continue;
    stack.push(id);
    while (stack.length > 0) {
      const at = stack.pop()!;
      order.push(at);
      const children = tree.children.get(at)!;
      for (let i = children.length - 1; i >= 0; i--) if (onSide(children[i])) stack.push(children[i]);
    }
  }
  return order;
}
