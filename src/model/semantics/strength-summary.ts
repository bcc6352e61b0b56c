import type { BipolarFramework, Strengths } from './dfquad.js';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function count(n: number, singular: string, plural: string): string {
  return `${NUMBER_WORDS[n] ?? n} ${n === 1 ? singular : plural}`;
}

/**
 * One line on how strong a claim is and why, for a reader:
 * "strength 0.62: two supporters, one open attack". An attack is open when nothing in the map
 * attacks the attacker, answered when something does.
 *
 * ```ts
 * strengthSummary(framework, dfquadStrengths(framework), 'sanctions-thesis');
 * ```
 */
export function strengthSummary(framework: BipolarFramework, weights: Strengths, id: string): string | undefined {
  const strength = weights.strengths.get(id);
  if (strength === undefined) return undefined;
  const supporters = framework.supporters.get(id)!.length;
  const attackers = framework.attackers.get(id)!;
  const answered = attackers.filter((a) => framework.attackers.get(a)!.length > 0).length;
  const open = attackers.length - answered;
  const parts = [
    supporters > 0 ? count(supporters, 'supporter', 'supporters') : '',
    open > 0 ? count(open, 'open attack', 'open attacks') : '',
    answered > 0 ? count(answered, 'answered attack', 'answered attacks') : '',
  ].filter(Boolean);
  const why = parts.length > 0 ? parts.join(', ') : 'nothing argues about it';
  const unsettled = weights.converged || !weights.cyclic.includes(id) ? '' : ' (on a cycle; not settled)';
  return `strength ${strength.toFixed(2)}: ${why}${unsettled}`;
}
