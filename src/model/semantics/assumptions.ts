import { type ArgumentationFramework, targetsOf } from './framework.js';

/**
 * What the user takes as settled before the map is evaluated, the way a debater says "suppose
 * they are right about this".
 */
export interface Assumptions {
  /** Claims assumed false: they are out, and what they attack is free of them. */
  rejected?: Iterable<string>;
  /** Claims conceded as true: they are in, so whatever attacks them or they attack is out. */
  conceded?: Iterable<string>;
}

/** A pair of assumptions that cannot both hold, or an id the framework does not have. */
export interface AssumptionProblem {
  code: 'unknown-claim' | 'rejected-and-conceded' | 'conceded-conflict';
  message: string;
}

/**
 * The framework once the assumptions hold, and the arguments it no longer has. A rejected
 * argument is removed (and is labelled out by the semantics); a conceded argument loses its
 * attackers and attacks each of them back, so it is in under every semantics and they are out.
 * Where assumptions contradict each other (see `assumptionProblems`) rejection wins, and two
 * conceded arguments that attack each other are both in.
 */
export function applyAssumptions(
  framework: ArgumentationFramework,
  assumptions: Assumptions = {},
): { framework: ArgumentationFramework; rejected: ReadonlySet<string> } {
  const rejected = new Set([...(assumptions.rejected ?? [])].filter((id) => framework.attackers.has(id)));
  const conceded = new Set([...(assumptions.conceded ?? [])].filter((id) => framework.attackers.has(id) && !rejected.has(id)));
  if (rejected.size === 0 && conceded.size === 0) return { framework, rejected };

  const attackers = new Map<string, Set<string>>();
  for (const id of framework.arguments) {
    if (!rejected.has(id)) attackers.set(id, new Set([...framework.attackers.get(id)!].filter((a) => !rejected.has(a))));
  }
  for (const id of conceded) {
    for (const attacker of attackers.get(id)!) attackers.get(attacker)!.add(id);
  }
  for (const id of conceded) attackers.set(id, new Set());
  return { framework: { arguments: [...attackers.keys()], attackers }, rejected };
}

/** Assumptions that name no argument of the framework or contradict each other. */
export function assumptionProblems(framework: ArgumentationFramework, assumptions: Assumptions = {}): AssumptionProblem[] {
  const problems: AssumptionProblem[] = [];
  const rejected = [...new Set(assumptions.rejected ?? [])];
  const conceded = [...new Set(assumptions.conceded ?? [])];
  for (const id of [...rejected, ...conceded]) {
    if (!framework.attackers.has(id)) problems.push({ code: 'unknown-claim', message: `"${id}" is not a claim of this map` });
  }
  const concededSet = new Set(conceded);
  for (const id of rejected) {
    if (concededSet.has(id)) problems.push({ code: 'rejected-and-conceded', message: `"${id}" is both rejected and conceded: choose one` });
  }
  // Each conceded claim against the conceded claims it attacks, in the order they were conceded.
  const place = new Map(conceded.map((id, i) => [id, i]));
  const targets = conceded.length > 0 ? targetsOf(framework) : new Map<string, Set<string>>();
  for (const a of conceded) {
    const attacked = [...(targets.get(a) ?? [])].filter((b) => concededSet.has(b));
    for (const b of attacked.sort((x, y) => place.get(x)! - place.get(y)!)) {
      if (a < b || !framework.attackers.get(a)?.has(b)) {
        problems.push({ code: 'conceded-conflict', message: `conceded claims "${a}" and "${b}" cannot both hold: "${a}" attacks "${b}"` });
      }
    }
  }
  return problems;
}
