import { applyAssumptions, type Assumptions } from './assumptions.js';
import type { ArgumentationFramework } from './framework.js';
import { groundedOf, inFrameworkOrder } from './grounded.js';
import type { Label, Labelling } from './labelling.js';

/** How many arguments the grounded labelling may leave undecided before the search is skipped. */
export const MAX_UNDECIDED = 20;

export interface PreferredOptions extends Assumptions {
  /** At most this many undecided arguments are searched (never more than 30); default 20. */
  maxUndecided?: number;
}

/**
 * Preferred extensions, or why they were not computed. `labels` is sceptical: in when the
 * argument is in every extension, out when every extension defeats it, undecided otherwise.
 * When skipped, `labels` is the grounded labelling, which never claims more than that.
 */
export type PreferredResult =
  | { status: 'done'; extensions: string[][]; labels: Labelling }
  | { status: 'skipped'; reason: string; undecided: number; labels: Labelling };

/**
 * The preferred extensions: the largest sets of arguments that are conflict-free and defend
 * themselves, the views a credulous judge could hold. Every one contains the grounded
 * extension and avoids what it defeats, so only the arguments grounded semantics leaves
 * undecided are searched, one independent part of the framework at a time; past
 * `maxUndecided` of them the search is skipped rather than left to run for minutes.
 *
 * ```ts
 * preferredExtensions(frameworkOf(['a', 'b'], [['a', 'b'], ['b', 'a']])).extensions; // [['a'], ['b']]
 * ```
 */
export function preferredExtensions(framework: ArgumentationFramework, options: PreferredOptions = {}): PreferredResult {
  const assumed = applyAssumptions(framework, options);
  const af = assumed.framework;
  const grounded = groundedOf(af);
  const undecided = af.arguments.filter((id) => grounded.get(id) === 'undec');
  const limit = Math.min(options.maxUndecided ?? MAX_UNDECIDED, 30);
  if (undecided.length > limit) {
    return {
      status: 'skipped',
      reason: `${undecided.length} claims are undecided under grounded semantics; preferred extensions are searched for at most ${limit}`,
      undecided: undecided.length,
      labels: inFrameworkOrder(framework, grounded, assumed.rejected),
    };
  }

  const accepted = af.arguments.filter((id) => grounded.get(id) === 'in');
  const skipped = (reason: string): PreferredResult =>
    ({ status: 'skipped', reason, undecided: undecided.length, labels: inFrameworkOrder(framework, grounded, assumed.rejected) });
  const partChoices: string[][][] = [];
  for (const part of partsOf(af, undecided)) {
    const choices = preferredOfPart(af, part);
    if (!choices) return skipped(`the search through ${undecided.length} undecided claims took more than ${SEARCH_STEPS} steps`);
    partChoices.push(choices);
  }
  // Every extension holds every accepted claim: many extensions of a large map make a long list.
  const count = partChoices.reduce((product, choices) => product * choices.length, 1);
  if (count * Math.max(1, accepted.length) > MAX_LISTED_CLAIMS) {
    return skipped(`there are ${count} preferred extensions of about ${accepted.length} claims each; at most ${MAX_LISTED_CLAIMS} claims are listed in all`);
  }
  let extensions: Set<string>[] = [new Set(accepted)];
  for (const choices of partChoices) {
    extensions = extensions.flatMap((e) => choices.map((choice) => new Set([...e, ...choice])));
  }
  const ordered = extensions.map((e) => af.arguments.filter((id) => e.has(id)));
  ordered.sort(inclusionOrder(af.arguments));
  return { status: 'done', extensions: ordered, labels: inFrameworkOrder(framework, scepticalLabels(af, extensions), assumed.rejected) };
}

/** How many sets one part's search may look at before it gives up. */
const SEARCH_STEPS = 250_000;
/** How many sets found earlier those may be compared with, in all. */
const SEARCH_COMPARISONS = 20_000_000;
/** The most claims the extensions may hold between them before they are not listed. */
export const MAX_LISTED_CLAIMS = 1_000_000;

/** The undecided arguments split into parts that no attack connects. */
function partsOf(framework: ArgumentationFramework, undecided: readonly string[]): string[][] {
  const inside = new Set(undecided);
  const neighbours = new Map<string, string[]>(undecided.map((id) => [id, []]));
  for (const id of undecided) {
    for (const attacker of framework.attackers.get(id)!) {
      if (!inside.has(attacker)) continue;
      neighbours.get(id)!.push(attacker);
      neighbours.get(attacker)!.push(id);
    }
  }
  const parts: string[][] = [];
  const seen = new Set<string>();
  for (const start of undecided) {
    if (seen.has(start)) continue;
    const part: string[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      const id = stack.pop()!;
      part.push(id);
      for (const next of neighbours.get(id)!) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    parts.push(part);
  }
  return parts;
}

/**
 * Preferred extensions of one part (at most 30 arguments), or null when the search ran out of
 * steps. Arguments outside the part do not matter: the grounded extension attacks none of the
 * part, and every attacker from outside it is already defeated by the grounded extension.
 *
 * The search decides each argument in turn, trying "in" before "out", so a set's supersets
 * are all met before it and a set is maximal when no set found so far contains it. Sets are
 * bit masks over the part; the busiest arguments are decided first, which settles most.
 */
function preferredOfPart(framework: ArgumentationFramework, unordered: readonly string[]): string[][] | null {
  const inPart = new Set(unordered);
  const degree = (id: string) =>
    [...framework.attackers.get(id)!].filter((a) => inPart.has(a)).length +
    unordered.filter((other) => framework.attackers.get(other)!.has(id)).length;
  const part = [...unordered].sort((a, b) => degree(b) - degree(a));
  const bit = new Map(part.map((id, i) => [id, 1 << i]));
  const attackers = part.map((id) => [...framework.attackers.get(id)!].reduce((mask, a) => mask | (bit.get(a) ?? 0), 0));
  const targets = part.map((_, i) => attackers.reduce((mask, of, j) => (of & (1 << i) ? mask | (1 << j) : mask), 0));
  const found: number[] = [];
  let steps = 0;
  let comparisons = 0;

  /** Undecided arguments that could still join `set`: not self-attacking, no conflict with it. */
  const joinable = (set: number, next: number): number => {
    let mask = 0;
    for (let j = next; j < part.length; j++) {
      if (!(attackers[j] & (set | (1 << j))) && !(targets[j] & set)) mask |= 1 << j;
    }
    return mask;
  };
  /** A member has an attacker that neither the set nor anything that could join it attacks. */
  const hopeless = (set: number, allies: number): boolean => {
    for (let i = 0; i < part.length; i++) {
      if (!(set & (1 << i))) continue;
      for (let j = 0; j < part.length; j++) {
        if (attackers[i] & (1 << j) && !(attackers[j] & allies)) return true;
      }
    }
    return false;
  };
  const search = (next: number, set: number): boolean => {
    if (++steps > SEARCH_STEPS || (comparisons += found.length) > SEARCH_COMPARISONS) return false;
    const reachable = set | joinable(set, next);
    // Nothing new can be found below when all of it stays inside a set already found.
    if (found.some((f) => (reachable & ~f) === 0) || hopeless(set, reachable)) return true;
    if (next === part.length) {
      found.push(set);
      return true;
    }
    const member = 1 << next;
    if (reachable & member && !search(next + 1, set | member)) return false;
    return search(next + 1, set);
  };
  if (!search(0, 0)) return null;
  return found.map((set) => part.filter((_, i) => set & (1 << i)));
}

/** Extensions in a stable order: compared argument by argument, the one that has it comes first. */
function inclusionOrder(args: readonly string[]): (a: string[], b: string[]) => number {
  const position = new Map(args.map((id, i) => [id, i]));
  return (a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] !== b[i]) return position.get(a[i])! - position.get(b[i])!;
    }
    return b.length - a.length;
  };
}

function scepticalLabels(framework: ArgumentationFramework, extensions: readonly Set<string>[]): Map<string, Label> {
  const labels = new Map<string, Label>();
  for (const id of framework.arguments) {
    const attackers = [...framework.attackers.get(id)!];
    if (extensions.every((e) => e.has(id))) labels.set(id, 'in');
    else if (extensions.every((e) => attackers.some((a) => e.has(a)))) labels.set(id, 'out');
    else labels.set(id, 'undec');
  }
  return labels;
}
