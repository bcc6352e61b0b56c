import type { Assumptions } from './assumptions.js';
import type { ArgumentationFramework } from './framework.js';
import { groundedLabelling } from './grounded.js';
import type { Labelling } from './labelling.js';
import { preferredExtensions } from './preferred.js';

export type SemanticsName = 'grounded' | 'preferred';

export const SEMANTICS: readonly SemanticsName[] = ['grounded', 'preferred'];

/**
 * Gradual semantics: each claim gets a strength in [0, 1] rather than a label, and supports
 * count as well as attacks. See `dfquadStrengths`.
 */
export type StrengthSemanticsName = 'dfquad';

export const STRENGTH_SEMANTICS: readonly StrengthSemanticsName[] = ['dfquad'];

export interface EvaluationOptions extends Assumptions {
  semantics?: SemanticsName;
  /** For preferred semantics: see `PreferredOptions.maxUndecided`. */
  maxUndecided?: number;
}

/** Which claims stand under one semantics, with the preferred extensions when they were found. */
export interface Evaluation {
  semantics: SemanticsName;
  labels: Labelling;
  /** Preferred semantics only: the extensions, each in the framework's order. */
  extensions?: string[][];
  /** Preferred semantics only: why the extensions were not searched (`labels` is then grounded). */
  skipped?: string;
}

/**
 * Labels every claim under the chosen semantics (grounded by default), with the user's
 * assumptions applied.
 *
 * ```ts
 * const { labels } = evaluate(frameworkOfMap(map), { semantics: 'preferred', rejected: ['sanctions-stockpile'] });
 * labels.get('sanctions-thesis'); // 'in' | 'out' | 'undec'
 * ```
 */
export function evaluate(framework: ArgumentationFramework, options: EvaluationOptions = {}): Evaluation {
  if (options.semantics !== 'preferred') return { semantics: 'grounded', labels: groundedLabelling(framework, options) };
  const preferred = preferredExtensions(framework, options);
  return preferred.status === 'done'
    ? { semantics: 'preferred', labels: preferred.labels, extensions: preferred.extensions }
    : { semantics: 'preferred', labels: preferred.labels, skipped: preferred.reason };
}
