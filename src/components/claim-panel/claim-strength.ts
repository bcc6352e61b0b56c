import { bipolarFrameworkOfMap, dfquadStrengths, type BipolarFramework, type Strengths } from '../../model/semantics/dfquad.js';
import { strengthSummary } from '../../model/semantics/strength-summary.js';
import type { ClaimAssumptions, LoadedMap } from '../../state/map-state.js';

const NO_ASSUMPTIONS: ClaimAssumptions = { rejected: [], conceded: [] };

/**
 * Strengths are computed once per loaded map and set of assumptions, the first time a panel asks
 * (the element hands the panel the same assumptions object until the user changes them).
 */
const weighed = new WeakMap<LoadedMap, { framework: BipolarFramework; weights: WeakMap<ClaimAssumptions, Strengths> }>();

/**
 * "strength 0.62: two supporters, one open attack" for a claim of a loaded map (DF-QuAD, base 0.5),
 * under the user's assumptions, as the graph's colouring by strength weighs it.
 */
export function claimStrengthLine(loaded: LoadedMap, id: string, assumptions: ClaimAssumptions = NO_ASSUMPTIONS): string | undefined {
  let entry = weighed.get(loaded);
  if (!entry) {
    entry = { framework: bipolarFrameworkOfMap(loaded.map), weights: new WeakMap() };
    weighed.set(loaded, entry);
  }
  let weights = entry.weights.get(assumptions);
  if (!weights) {
    weights = dfquadStrengths(entry.framework, assumptions);
    entry.weights.set(assumptions, weights);
  }
  return strengthSummary(entry.framework, weights, id);
}
