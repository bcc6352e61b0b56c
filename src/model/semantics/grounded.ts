import { applyAssumptions, type Assumptions } from './assumptions.js';
import { type ArgumentationFramework, targetsOf } from './framework.js';
import type { Label, Labelling } from './labelling.js';

/**
 * The grounded labelling: the most sceptical view, the one a judge who accepts only what is
 * forced would take. An argument is in once every attacker is out, out once an attacker is in,
 * and undecided when neither ever happens (cycles, and what hangs on them). Runs in time linear
 * in the size of the framework.
 *
 * ```ts
 * groundedLabelling(frameworkOf(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']]));
 * // a: in, b: out, c: in (c is reinstated by a)
 * ```
 */
export function groundedLabelling(framework: ArgumentationFramework, assumptions?: Assumptions): Labelling {
  const assumed = applyAssumptions(framework, assumptions);
  const labels = groundedOf(assumed.framework);
  return inFrameworkOrder(framework, labels, assumed.rejected);
}

/** Grounded labels of a framework as it stands, with no assumptions. */
export function groundedOf(framework: ArgumentationFramework): Map<string, Label> {
  const labels = new Map<string, Label>(framework.arguments.map((id) => [id, 'undec']));
  const targets = targetsOf(framework);
  // How many attackers of each argument are not yet out; at zero the argument is in.
  const standing = new Map(framework.arguments.map((id) => [id, framework.attackers.get(id)!.size]));
  const accepted = framework.arguments.filter((id) => standing.get(id) === 0);
  for (const id of accepted) labels.set(id, 'in');

  while (accepted.length > 0) {
    const winner = accepted.pop()!;
    for (const loser of targets.get(winner)!) {
      if (labels.get(loser) !== 'undec') continue;
      labels.set(loser, 'out');
      for (const freed of targets.get(loser)!) {
        const left = standing.get(freed)! - 1;
        standing.set(freed, left);
        if (left === 0 && labels.get(freed) === 'undec') {
          labels.set(freed, 'in');
          accepted.push(freed);
        }
      }
    }
  }
  return labels;
}

/** Labels in the original framework's order, rejected arguments out. */
export function inFrameworkOrder(
  framework: ArgumentationFramework,
  labels: ReadonlyMap<string, Label>,
  rejected: ReadonlySet<string>,
): Labelling {
  return new Map(framework.arguments.map((id) => [id, rejected.has(id) ? 'out' : labels.get(id) ?? 'undec']));
}
