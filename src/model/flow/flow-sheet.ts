import type { CaseClaim, CaseSide, DebateCase } from '../case/build-case.js';
import type { Claim } from '../types.js';
import type { DebateFormat, Speech } from './debate-formats.js';

/** What a claim does where it stands on the flow. */
export type FlowRole = 'case' | 'attack' | 'answer';

/** A filled cell: a claim, said in the speech of its column. */
export interface FlowCell {
  claim: Claim;
  side: CaseSide;
  /** `case` in the page's first column; elsewhere `answer` when it is ours, `attack` when it is theirs. */
  role: FlowRole;
  /** The claim it supports when it backs up the claim above it in the same column. */
  backs?: string;
  /** How many evidence cards the map has for it. */
  cards: number;
}

/** One side's case with everything said about it: one printed page of the flow. */
export interface FlowPage {
  /** Whose case opens the page. */
  side: CaseSide;
  ours: boolean;
  /** `Our case (Con)`, `Their case (Pro)`. */
  title: string;
  /** The speeches from the first one this side gives, in order. */
  columns: readonly Speech[];
  /** Rows of cells, one per column; null is a blank cell, left for the round. */
  rows: (FlowCell | null)[][];
  /** Claims past the last row a page holds (`MAX_FLOW_ROWS`), left out. */
  omitted: number;
}

export interface FlowSheet {
  format: DebateFormat;
  motion: Claim;
  /** Our side. */
  side: CaseSide;
  /** Our case first, then theirs. */
  pages: FlowPage[];
}

/** Empty rows at the foot of every page, for arguments the map does not have. */
export const BLANK_ROWS = 3;

/** Rows of claims a page holds at most: no round flows more, and a table of 100,000 rows would stall the page. */
export const MAX_FLOW_ROWS = 1000;

/**
 * The case laid out as a debater's flow for a format: one page per side's case. A page starts
 * with that side's first speech; its first column holds the side's case (the motion and what
 * supports it, or the attacks on the motion and what supports them), the other side's attacks
 * on each claim stand in the next column where the other side speaks, the answers to those
 * attacks in the side's next column, and so on to the last speech. A claim that backs up another
 * stands under it in the same column. Attacks on the motion itself are the other side's case, on
 * their own page, not repeated as attacks. Every claim appears once per page.
 *
 * ```ts
 * const sheet = flowSheet(debate, debateFormat('policy')!);
 * sheet.pages[0].columns[0].label; // '1AC' when we are the affirmative
 * ```
 */
export function flowSheet(debate: DebateCase, format: DebateFormat): FlowSheet {
  const relations = new CaseRelations(debate);
  const otherSide: CaseSide = debate.side === 'for' ? 'against' : 'for';
  const pages = [debate.side, otherSide].map((side) => flowPage(debate, format, side, relations));
  return { format, motion: debate.motion, side: debate.side, pages };
}

function flowPage(debate: DebateCase, format: DebateFormat, side: CaseSide, relations: CaseRelations): FlowPage {
  const ours = side === debate.side;
  const first = format.speeches.findIndex((s) => s.side === side);
  const columns = format.speeches.slice(Math.max(first, 0));
  const rows: (FlowCell | null)[][] = [];
  const placed = new Set<string>();
  const motion = debate.motion.id;
  // The motion belongs to the side for it; the side against opens with its attacks on the motion.
  const openers = side === 'for' ? [motion] : relations.attackersOf(motion);

  const rowAt = (index: number) => {
    while (rows.length <= index) rows.push(columns.map(() => null));
    return rows[index];
  };
  const nextColumnOf = (speaker: CaseSide, after: number) => {
    for (let i = after + 1; i < columns.length; i++) if (columns[i].side === speaker && !columns[i].caseOnly) return i;
    return -1;
  };

  /** Places a claim and those backing it in a column from a row on; returns the first row below them. */
  const placeLine = (id: string, column: number, row: number): number => {
    const speaker = relations.sideOf(id);
    const opponent: CaseSide = speaker === 'for' ? 'against' : 'for';
    const role: FlowRole = column === 0 ? 'case' : speaker === debate.side ? 'answer' : 'attack';
    for (const { id: at, backs } of relations.lineOf(id, placed)) {
      // An answer placed further right may also back this claim up: it stays where it was said first.
      if (placed.has(at)) continue;
      placed.add(at);
      rowAt(row)[column] = { claim: relations.claim(at), side: speaker, role, ...(backs ? { backs } : {}), cards: relations.cards(at) };
      let below = row + 1;
      const replyColumn = nextColumnOf(opponent, column);
      if (replyColumn >= 0) {
        let next = row;
        for (const attacker of relations.attackersOf(at)) {
          // Attacks on the motion open the other side's case, on its own page.
          if (at === motion || placed.has(attacker)) continue;
          next = placeLine(attacker, replyColumn, next);
        }
        below = Math.max(below, next);
      }
      row = below;
    }
    return row;
  };

  let row = 0;
  if (first >= 0) for (const id of openers) if (!placed.has(id)) row = placeLine(id, 0, row);
  let omitted = 0;
  if (rows.length > MAX_FLOW_ROWS) {
    for (const cut of rows.splice(MAX_FLOW_ROWS)) omitted += cut.filter((cell) => cell !== null).length;
    row = MAX_FLOW_ROWS;
  }
  for (let i = 0; i < BLANK_ROWS; i++) rowAt(row + i);
  const title = `${ours ? 'Our' : 'Their'} case (${format.sides[side]})`;
  return { side, ours, title, columns, rows, omitted };
}

/** Who attacks and who backs up each claim of the case, read from the case's own relations. */
class CaseRelations {
  private readonly claims = new Map<string, CaseClaim>();
  private readonly sides = new Map<string, CaseSide>();
  private readonly attackers = new Map<string, string[]>();
  private readonly supporters = new Map<string, string[]>();

  constructor(debate: DebateCase) {
    const theirSide: CaseSide = debate.side === 'for' ? 'against' : 'for';
    for (const [claims, side] of [[debate.ours, debate.side], [debate.theirs, theirSide]] as const) {
      for (const c of claims) {
        this.claims.set(c.claim.id, c);
        this.sides.set(c.claim.id, side);
      }
    }
    for (const c of this.claims.values()) {
      for (const r of c.argues) {
        const into = r.kind === 'attacks' ? this.attackers : this.supporters;
        const list = into.get(r.to) ?? [];
        if (!list.includes(r.from)) list.push(r.from);
        into.set(r.to, list);
      }
    }
  }

  claim(id: string): Claim {
    return this.claims.get(id)!.claim;
  }

  cards(id: string): number {
    return this.claims.get(id)!.cards.length;
  }

  sideOf(id: string): CaseSide {
    return this.sides.get(id)!;
  }

  attackersOf(id: string): readonly string[] {
    return this.attackers.get(id) ?? [];
  }

  /** The claim, then what backs it up (on its side, depth first, each once), skipping what is placed already. */
  lineOf(id: string, placed: ReadonlySet<string>): { id: string; backs?: string }[] {
    const line: { id: string; backs?: string }[] = [];
    const seen = new Set<string>();
    // An explicit stack: a chain of supports can be far deeper than the call stack.
    const stack: { id: string; backs?: string }[] = [{ id }];
    while (stack.length > 0) {
      const at = stack.pop()!;
      if (seen.has(at.id) || placed.has(at.id)) continue;
      seen.add(at.id);
      line.push(at);
      const backers = (this.supporters.get(at.id) ?? []).filter((s) => this.sides.get(s) === this.sides.get(id));
      for (let i = backers.length - 1; i >= 0; i--) stack.push({ id: backers[i], backs: at.id });
    }
    return line;
  }
}
