import type { ArgumentMap } from '../types.js';
import type { Assumptions } from './assumptions.js';

/**
 * A bipolar framework: arguments, who attacks whom and who supports whom. Unlike the Dung
 * framework of `frameworkOfMap`, supports count here.
 */
export interface BipolarFramework {
  /** Argument ids, in the order the map lists its claims. */
  readonly arguments: readonly string[];
  /** For each argument, the arguments that attack it (possibly none). */
  readonly attackers: ReadonlyMap<string, readonly string[]>;
  /** For each argument, the arguments that support it (possibly none). */
  readonly supporters: ReadonlyMap<string, readonly string[]>;
}

/** The bipolar framework of a map: claims, and its `attacks` and `supports` relations. */
export function bipolarFrameworkOfMap(map: ArgumentMap): BipolarFramework {
  const attackers = new Map<string, string[]>();
  const supporters = new Map<string, string[]>();
  for (const claim of map.claims) {
    if (attackers.has(claim.id)) continue;
    attackers.set(claim.id, []);
    supporters.set(claim.id, []);
  }
  for (const r of map.relations) {
    if (!attackers.has(r.from)) continue;
    (r.kind === 'attacks' ? attackers : supporters).get(r.to)?.push(r.from);
  }
  return { arguments: [...attackers.keys()], attackers, supporters };
}

export interface StrengthOptions extends Assumptions {
  /** Every argument's base score, in [0, 1], or a score per argument (0.5 where it gives none). Default 0.5. */
  base?: number | ReadonlyMap<string, number>;
  /** On cycles: at most this many rounds of iteration (default 1000). */
  maxRounds?: number;
}

/** Each argument's strength in [0, 1], and whether the numbers are exact. */
export interface Strengths {
  strengths: ReadonlyMap<string, number>;
  /** Arguments on a cycle of attacks or supports, or downstream of one; their strengths were iterated. */
  cyclic: readonly string[];
  /** False when the iteration on cycles stopped after `maxRounds` without settling. */
  converged: boolean;
  /** Rounds of iteration the cycles took (0 for an acyclic map). */
  rounds: number;
}

/** How little strengths may change in a round for the iteration to count as settled. */
const SETTLED = 1e-9;

/**
 * DF-QuAD strengths (Rago, Toni, Aurisicchio, Baroni, KR 2016): a claim starts from its base
 * score, strong attackers pull it towards 0, strong supporters push it towards 1.
 * Attackers' strengths aggregate as F(v₁…vₙ) = 1 − ∏(1 − vᵢ) (0 when there are none), and so do
 * supporters'; with a = F(attackers), s = F(supporters) and base v₀ the strength is
 * v₀ − v₀·(a − s) when a ≥ s, else v₀ + (1 − v₀)·(s − a).
 *
 * Acyclic maps are computed exactly, in topological order without recursion. Claims on a cycle
 * (and those that hang on one) start from their base scores and are recomputed together,
 * round after round, until no strength moves by more than 1e-9 or `maxRounds` pass; `converged`
 * says which. A rejected claim has strength 0 and a conceded one 1, whatever argues about them.
 *
 * ```ts
 * const { strengths } = dfquadStrengths(bipolarFrameworkOfMap(map));
 * strengths.get('sanctions-thesis'); // 0.62
 * ```
 */
export function dfquadStrengths(framework: BipolarFramework, options: StrengthOptions = {}): Strengths {
  const fixed = new Map<string, number>();
  for (const id of options.conceded ?? []) if (framework.attackers.has(id)) fixed.set(id, 1);
  for (const id of options.rejected ?? []) if (framework.attackers.has(id)) fixed.set(id, 0);
  const baseOf = (id: string): number => {
    const base = options.base;
    const score = typeof base === 'number' ? base : base?.get(id) ?? 0.5;
    return Math.min(1, Math.max(0, Number.isFinite(score) ? score : 0.5));
  };

  const strengths = new Map<string, number>();
  const strengthOf = (id: string): number => {
    const f = fixed.get(id);
    if (f !== undefined) return f;
    const v0 = baseOf(id);
    const a = aggregate(framework.attackers.get(id)!, strengths);
    const s = aggregate(framework.supporters.get(id)!, strengths);
    return combine(v0, a, s);
  };

  // Kahn's algorithm: an argument is computed once everything arguing about it is.
  const targets = new Map<string, string[]>(framework.arguments.map((id) => [id, []]));
  const waiting = new Map<string, number>();
  for (const id of framework.arguments) {
    const from = fixed.has(id) ? [] : [...framework.attackers.get(id)!, ...framework.supporters.get(id)!];
    waiting.set(id, from.length);
    for (const source of from) targets.get(source)!.push(id);
  }
  const ready = framework.arguments.filter((id) => waiting.get(id) === 0);
  while (ready.length > 0) {
    const id = ready.pop()!;
    strengths.set(id, strengthOf(id));
    for (const target of targets.get(id)!) {
      const left = waiting.get(target)! - 1;
      waiting.set(target, left);
      if (left === 0) ready.push(target);
    }
  }

  const cyclic = framework.arguments.filter((id) => !strengths.has(id));
  for (const id of cyclic) strengths.set(id, baseOf(id));
  const maxRounds = options.maxRounds ?? 1000;
  let rounds = 0;
  let converged = cyclic.length === 0;
  while (!converged && rounds < maxRounds) {
    rounds++;
    // Every claim of the round is computed from the previous round's strengths.
    const next = cyclic.map((id) => strengthOf(id));
    let moved = 0;
    cyclic.forEach((id, i) => {
      moved = Math.max(moved, Math.abs(next[i] - strengths.get(id)!));
      strengths.set(id, next[i]);
    });
    converged = moved <= SETTLED;
  }
  const ordered = new Map(framework.arguments.map((id) => [id, strengths.get(id)!]));
  return { strengths: ordered, cyclic, converged, rounds };
}

/** F(v₁…vₙ) = 1 − ∏(1 − vᵢ): the combined strength of several attackers (or supporters). */
function aggregate(ids: readonly string[], strengths: ReadonlyMap<string, number>): number {
  let product = 1;
  for (const id of ids) product *= 1 - strengths.get(id)!;
  return 1 - product;
}

/** C(v₀, a, s): the base score moved down by the attack, or up by the support, whichever is stronger. */
function combine(v0: number, a: number, s: number): number {
  return a >= s ? v0 - v0 * (a - s) : v0 + (1 - v0) * (s - a);
}
