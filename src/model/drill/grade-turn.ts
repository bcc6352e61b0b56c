import type { DrillAttack } from './drill-attacks.js';

/** What the debater said to one attack: a claim of ours picked, words typed, either or neither. */
export interface TurnResponse {
  /** The id of the claim of ours the debater answered with. */
  picked?: string;
  /** The debater's own words. */
  typed: string;
  /** The time ran out before the debater answered. */
  timedOut: boolean;
}

/**
 * `answered`: with a claim of ours that the map has answer the attack, backed by a card;
 * `weak`: with such a claim that has no card, or only in the debater's own words;
 * `open`: not answered at all.
 */
export type Verdict = 'answered' | 'weak' | 'open';

export interface TurnGrade {
  verdict: Verdict;
  /** The verdict in one sentence, for the screen and for a screen reader. */
  why: string;
}

/**
 * Grades one answer against the map: a picked claim counts when it is one of the map's answers
 * to this attack, fully when it has a card (evidence you can read out), weakly when it has none.
 * Typed words are an answer without a card. A claim that does not answer the attack counts for
 * nothing, but typed words beside it still count.
 *
 * ```ts
 * gradeTurn(attack, { picked: 'uniforms-other-outlets', typed: '', timedOut: false }).verdict; // 'answered'
 * ```
 */
export function gradeTurn(attack: DrillAttack, response: TurnResponse): TurnGrade {
  const typed = response.typed.trim();
  const picked = response.picked ? attack.answers.find((a) => a.claim.id === response.picked) : undefined;
  if (picked && picked.cards.length > 0) {
    const cards = picked.cards.length === 1 ? 'one card' : `${picked.cards.length} cards`;
    return { verdict: 'answered', why: `Answered: “${picked.claim.text}” answers it, with ${cards}.` };
  }
  if (picked) return { verdict: 'weak', why: `Answered weakly: “${picked.claim.text}” answers it, but the map has no card for it.` };
  const missed = response.picked ? 'That claim of ours does not answer this attack. ' : '';
  if (typed) return { verdict: 'weak', why: `${missed}Answered weakly: your own words, without a card.` };
  const none = response.timedOut ? 'time ran out with no answer' : 'no answer given';
  return { verdict: 'open', why: `${missed}Open: ${none}.` };
}
