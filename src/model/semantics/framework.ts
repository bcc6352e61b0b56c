import type { ArgumentMap } from '../types.js';

/**
 * A Dung argumentation framework: arguments and who attacks whom, nothing else. Built from a
 * map, its arguments are the claims and its attacks the `attacks` relations; a support is not
 * an attack, so supports play no part in which claims stand.
 */
export interface ArgumentationFramework {
  /** Argument ids, in the order the map lists its claims. */
  readonly arguments: readonly string[];
  /** For each argument, the arguments that attack it (an empty set when none do). */
  readonly attackers: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * A framework from arguments and `[attacker, attacked]` pairs; pairs naming an unknown argument
 * are left out.
 *
 * ```ts
 * const cycle = frameworkOf(['a', 'b'], [['a', 'b'], ['b', 'a']]);
 * ```
 */
export function frameworkOf(args: Iterable<string>, attacks: Iterable<readonly [string, string]>): ArgumentationFramework {
  const attackers = new Map<string, Set<string>>();
  for (const id of args) if (!attackers.has(id)) attackers.set(id, new Set());
  for (const [from, to] of attacks) {
    if (attackers.has(from)) attackers.get(to)?.add(from);
  }
  return { arguments: [...attackers.keys()], attackers };
}

/** The framework of a map: claims are arguments, `attacks` relations are attacks. */
export function frameworkOfMap(map: ArgumentMap): ArgumentationFramework {
  return frameworkOf(
    map.claims.map((c) => c.id),
    map.relations.filter((r) => r.kind === 'attacks').map((r) => [r.from, r.to] as const),
  );
}

/** For each argument, the arguments it attacks. */
export function targetsOf(framework: ArgumentationFramework): Map<string, Set<string>> {
  const targets = new Map<string, Set<string>>(framework.arguments.map((id) => [id, new Set()]));
  for (const [attacked, attackers] of framework.attackers) {
    for (const attacker of attackers) targets.get(attacker)!.add(attacked);
  }
  return targets;
}
