import type { CaseClaim, DebateCase } from '../case/build-case.js';
import { bipolarFrameworkOfMap, dfquadStrengths } from '../semantics/dfquad.js';
import { evidenceBaseScores } from '../semantics/evidence-base.js';
import type { ArgumentMap } from '../types.js';

/** One attack of theirs on a claim of our case: what the drill puts to the debater. */
export interface DrillAttack {
  /** `attack->target`, the turn's name in saved progress: stable while the map keeps both claims. */
  key: string;
  /** Their claim. */
  attack: CaseClaim;
  /** Our claim it attacks. */
  target: CaseClaim;
  /** Our claims that attack theirs: the map's answers, as the case lists them. */
  answers: readonly CaseClaim[];
  /** The attacking claim's DF-QuAD strength, with base scores from its evidence. */
  strength: number;
}

/**
 * Their attacks on our case, strongest first: every relation by which a claim of theirs
 * attacks a claim of ours, with the answers the case finds for it. Strength is the attacker's
 * DF-QuAD strength from evidence base scores (so an attack we already answer in the map counts
 * for less); equal strengths keep the order of their case.
 *
 * ```ts
 * const result = buildCase(index, 'sanctions-thesis', 'against');
 * if (result.ok) drillAttacks(index.map, result.case)[0]; // the attack to rehearse first
 * ```
 */
export function drillAttacks(map: ArgumentMap, debate: DebateCase): DrillAttack[] {
  const { strengths } = dfquadStrengths(bipolarFrameworkOfMap(map), { base: evidenceBaseScores(map) });
  const ours = new Map(debate.ours.map((c) => [c.claim.id, c]));
  const answersTo = new Map(debate.answers.map((a) => [a.theirs.claim.id, a.ours]));
  const attacks: DrillAttack[] = [];
  for (const theirs of debate.theirs) {
    for (const relation of theirs.argues) {
      const target = ours.get(relation.to);
      if (relation.kind !== 'attacks' || !target) continue;
      attacks.push({
        key: `${theirs.claim.id}->${target.claim.id}`,
        attack: theirs,
        target,
        // Where two claims attack each other, the claim under attack is no answer to its attacker.
        answers: (answersTo.get(theirs.claim.id) ?? []).filter((answer) => answer.claim.id !== target.claim.id),
        strength: strengths.get(theirs.claim.id) ?? 0,
      });
    }
  }
  // Array.prototype.sort is stable: ties stay in the case's order.
  return attacks.sort((a, b) => b.strength - a.strength);
}
