import { bipolarFrameworkOfMap, dfquadStrengths, type BipolarFramework, type Strengths } from '../../model/semantics/dfquad.js';
import { strengthSummary } from '../../model/semantics/strength-summary.js';
import type { LoadedMap } from '../../state/map-state.js';

/** Strengths are computed once per loaded map, the first time a panel asks. */
const weighed = new WeakMap<LoadedMap, { framework: BipolarFramework; weights: Strengths }>();

/** "strength 0.62: two supporters, one open attack" for a claim of a loaded map (DF-QuAD, base 0.5). */
export function claimStrengthLine(loaded: LoadedMap, id: string): string | undefined {
  let entry = weighed.get(loaded);
  if (!entry) {
    const framework = bipolarFrameworkOfMap(loaded.map);
    entry = { framework, weights: dfquadStrengths(framework) };
    weighed.set(loaded, entry);
  }
  return strengthSummary(entry.framework, entry.weights, id);
}
