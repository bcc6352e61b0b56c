/**
 * A claim's status under a semantics: `in` (accepted: it stands), `out` (rejected: an accepted
 * claim defeats it) or `undec` (undecided: the map does not settle it).
 */
export type Label = 'in' | 'out' | 'undec';

/** Every argument's label. */
export type Labelling = ReadonlyMap<string, Label>;

