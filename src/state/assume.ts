import type { ClaimAssumptions } from './map-state.js';

export type Assumption = 'rejected' | 'conceded' | 'open';

/** The assumptions with `claim` assumed false, conceded, or left open again. */
export function assume(current: ClaimAssumptions, claim: string, as: Assumption): ClaimAssumptions {
  const rejected = current.rejected.filter((id) => id !== claim);
  const conceded = current.conceded.filter((id) => id !== claim);
  if (as === 'rejected') rejected.push(claim);
  if (as === 'conceded') conceded.push(claim);
  return { rejected, conceded };
}

export function assumptionOf(current: ClaimAssumptions, claim: string): Assumption {
  if (current.rejected.includes(claim)) return 'rejected';
  if (current.conceded.includes(claim)) return 'conceded';
  return 'open';
}
