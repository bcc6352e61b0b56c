/**
 * The argument-map model: plain data, no DOM, the same in the browser and in Node.
 * `argmap build` writes exactly this shape as JSON.
 */

/** Where something was written, so a diagnostic or a panel can point back to it. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export type RelationKind = 'supports' | 'attacks';

export const RELATION_KINDS: readonly RelationKind[] = ['supports', 'attacks'];

/** A debate thread: one question, with its claims. */
export interface Thread {
  id: string;
  title: string;
  description?: string;
  location?: SourceLocation;
}

/**
 * Whose words a quote with a speaker is: `direct`, the speaker's own words, inside quotation
 * marks in the source; `reported`, the source's paraphrase of what the speaker said or wrote
 * ("…, Trump said"); `relayed`, text the source copies or summarises from another outlet
 * without quotation marks.
 */
export type SpeechKind = 'direct' | 'reported' | 'relayed';

export const SPEECH_KINDS: readonly SpeechKind[] = ['direct', 'reported', 'relayed'];

/** Verbatim words from a source that back a claim. */
export interface Quote {
  text: string;
  /** Id of the `Source` the words come from. */
  source: string;
  /** Who says the words, when it is not the source's own voice (a CEO quoted by a newspaper). */
  speaker?: string;
  /** Whose words they are, when there is a speaker. */
  speech?: SpeechKind;
  location?: SourceLocation;
}

/** One assertion that can be true or false. */
export interface Claim {
  id: string;
  text: string;
  thread: string;
  tags: string[];
  quotes: Quote[];
  note?: string;
  /**
   * Where the claim's centre sits in the graph, in graph pixels, when `argmap build --layout`
   * computed the layout ahead of time. The element uses these positions, instead of laying the
   * map out itself, when every claim has one and the layout is `tree-down`.
   */
  position?: { x: number; y: number };
  location?: SourceLocation;
}

/** `from` supports or attacks `to`. */
export interface Relation {
  from: string;
  to: string;
  kind: RelationKind;
  location?: SourceLocation;
}

/** A source's position on one thread. */
export interface Stance {
  thread: string;
  position: string;
  summary: string;
  location?: SourceLocation;
}

/** What the text of an article shows about it. */
export interface Source {
  id: string;
  title: string;
  /** Name of the plain-text file the quotes are checked against. */
  file?: string;
  author?: string;
  outlet?: string;
  date?: string;
  url?: string;
  /** news report, opinion, aggregated blog, machine-generated, … */
  kind?: string;
  note?: string;
  stances: Stance[];
  location?: SourceLocation;
}

export interface ArgumentMap {
  threads: Thread[];
  claims: Claim[];
  relations: Relation[];
  sources: Source[];
}

export function emptyMap(): ArgumentMap {
  return { threads: [], claims: [], relations: [], sources: [] };
}
