import type { CaseSide } from '../case/build-case.js';

/** One speech of a round: a column of the flow. */
export interface Speech {
  /** What debaters write at the top of the column: `1AC`, `PM`, `Pro Summary`. */
  label: string;
  /** The speech in full, for screen readers and the sheet's header note. */
  name: string;
  /** The side giving it: `for` the motion (Pro, Affirmative, Government, Proposition) or `against`. */
  side: CaseSide;
  /** A speech that reads its own case and answers nothing on the other side's flow (Public Forum's constructives). */
  caseOnly?: boolean;
}

/** A debate format: its speeches in the order they are given (cross-examinations left out). */
export interface DebateFormat {
  id: DebateFormatId;
  name: string;
  /** What the format calls each side. */
  sides: Readonly<Record<CaseSide, string>>;
  speeches: readonly Speech[];
}

export type DebateFormatId = 'pf' | 'pf-con-first' | 'policy' | 'ld' | 'bp' | 'wsdc';

const speech = (label: string, name: string, side: CaseSide, caseOnly = false): Speech => ({ label, name, side, ...(caseOnly ? { caseOnly } : {}) });

/**
 * Public Forum's speeches, the side that won the coin toss's choice to speak first first. Each
 * constructive reads its own case: the other side's case is first answered in the rebuttals.
 */
function publicForum(first: CaseSide): Speech[] {
  const second: CaseSide = first === 'for' ? 'against' : 'for';
  const name = (side: CaseSide) => (side === 'for' ? 'Pro' : 'Con');
  return ['Constructive', 'Rebuttal', 'Summary', 'Final Focus'].flatMap((kind) =>
    [first, second].map((side) => speech(`${name(side)} ${kind}`, `${name(side)} ${kind}`, side, kind === 'Constructive')));
}

/**
 * The formats a club flows, with their speeches in order. Crossfires and cross-examinations add
 * no column: what is said there is flowed where it is used. In Public Forum a coin toss decides
 * which side speaks first, so it is listed both ways.
 */
export const DEBATE_FORMATS: readonly DebateFormat[] = [
  {
    id: 'pf',
    name: 'Public Forum',
    sides: { for: 'Pro', against: 'Con' },
    speeches: publicForum('for'),
  },
  {
    id: 'pf-con-first',
    name: 'Public Forum, Con first',
    sides: { for: 'Pro', against: 'Con' },
    speeches: publicForum('against'),
  },
  {
    id: 'policy',
    name: 'Policy',
    sides: { for: 'Affirmative', against: 'Negative' },
    speeches: [
      speech('1AC', 'First Affirmative Constructive', 'for'),
      speech('1NC', 'First Negative Constructive', 'against'),
      speech('2AC', 'Second Affirmative Constructive', 'for'),
      // The negative block: two speeches in a row, flowed as one column.
      speech('2NC/1NR', 'Second Negative Constructive and First Negative Rebuttal', 'against'),
      speech('1AR', 'First Affirmative Rebuttal', 'for'),
      speech('2NR', 'Second Negative Rebuttal', 'against'),
      speech('2AR', 'Second Affirmative Rebuttal', 'for'),
    ],
  },
  {
    id: 'ld',
    name: 'Lincoln–Douglas',
    sides: { for: 'Affirmative', against: 'Negative' },
    speeches: [
      speech('AC', 'Affirmative Constructive', 'for'),
      speech('NC', 'Negative Constructive', 'against'),
      speech('1AR', 'First Affirmative Rebuttal', 'for'),
      speech('NR', 'Negative Rebuttal', 'against'),
      speech('2AR', 'Second Affirmative Rebuttal', 'for'),
    ],
  },
  {
    id: 'bp',
    name: 'British Parliamentary',
    sides: { for: 'Government', against: 'Opposition' },
    speeches: [
      speech('PM', 'Prime Minister (Opening Government)', 'for'),
      speech('LO', 'Leader of the Opposition (Opening Opposition)', 'against'),
      speech('DPM', 'Deputy Prime Minister (Opening Government)', 'for'),
      speech('DLO', 'Deputy Leader of the Opposition (Opening Opposition)', 'against'),
      speech('MG', 'Member of the Government (Closing Government)', 'for'),
      speech('MO', 'Member of the Opposition (Closing Opposition)', 'against'),
      speech('GW', 'Government Whip (Closing Government)', 'for'),
      speech('OW', 'Opposition Whip (Closing Opposition)', 'against'),
    ],
  },
  {
    id: 'wsdc',
    name: 'World Schools',
    sides: { for: 'Proposition', against: 'Opposition' },
    speeches: [
      speech('Prop 1', 'First Proposition', 'for'),
      speech('Opp 1', 'First Opposition', 'against'),
      speech('Prop 2', 'Second Proposition', 'for'),
      speech('Opp 2', 'Second Opposition', 'against'),
      speech('Prop 3', 'Third Proposition', 'for'),
      speech('Opp 3', 'Third Opposition', 'against'),
      // Reply speeches: the opposition replies first, and the proposition has the last word.
      speech('Opp Reply', 'Opposition Reply', 'against'),
      speech('Prop Reply', 'Proposition Reply', 'for'),
    ],
  },
];

/** The format with this id, or undefined for an id no format has. */
export function debateFormat(id: string): DebateFormat | undefined {
  return DEBATE_FORMATS.find((format) => format.id === id);
}
