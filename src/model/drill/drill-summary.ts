import type { CaseSide, DebateCase } from '../case/build-case.js';
import type { DrillAttack } from './drill-attacks.js';
import type { DrillProgress, SavedTurn } from './drill-progress.js';
import { gradeTurn, type TurnGrade } from './grade-turn.js';

/** A turn of the drill with its attack and its verdict, graded against the map as it is. */
export interface GradedTurn extends TurnGrade {
  attack: DrillAttack;
  response: SavedTurn;
}

/** How the drill went: each answered attack by verdict, strongest first, and what is left. */
export interface DrillSummary {
  answered: GradedTurn[];
  weak: GradedTurn[];
  open: GradedTurn[];
  /** Attacks not put to the debater yet. */
  unplayed: DrillAttack[];
}

/** Every saved turn with its attack and verdict, in the order they were answered. */
export function gradedTurns(progress: DrillProgress, attacks: readonly DrillAttack[]): GradedTurn[] {
  const byKey = new Map(attacks.map((a) => [a.key, a]));
  return progress.turns.flatMap((response) => {
    const attack = byKey.get(response.key);
    return attack ? [{ attack, response, ...gradeTurn(attack, response) }] : [];
  });
}

export function drillSummary(progress: DrillProgress, attacks: readonly DrillAttack[]): DrillSummary {
  const turns = gradedTurns(progress, attacks);
  const rank = new Map(attacks.map((a, i) => [a.key, i]));
  turns.sort((a, b) => rank.get(a.attack.key)! - rank.get(b.attack.key)!);
  const played = new Set(turns.map((t) => t.attack.key));
  return {
    answered: turns.filter((t) => t.verdict === 'answered'),
    weak: turns.filter((t) => t.verdict === 'weak'),
    open: turns.filter((t) => t.verdict === 'open'),
    unplayed: attacks.filter((a) => !played.has(a.key)),
  };
}

/**
 * The drill's outcome as Markdown, to keep or hand to a coach: the open flanks first (with the
 * map's answers to learn, where it has some), then the weak answers, then the answered attacks.
 *
 * ```ts
 * download(drillMarkdown(debate, drillSummary(progress, attacks)), 'drill.md');
 * ```
 */
export function drillMarkdown(debate: Pick<DebateCase, 'motion' | 'thread'> & { side: CaseSide }, summary: DrillSummary): string {
  const { answered, weak, open, unplayed } = summary;
  const total = answered.length + weak.length + open.length;
  const lines = [
    `# Practice drill ${debate.side}: ${debate.motion.text}`,
    '',
    ...(debate.thread ? [`Thread: ${debate.thread.title} (\`${debate.thread.id}\`)  `] : []),
    `${count(total, 'attack')} answered in the drill: ${answered.length} answered, ${weak.length} answered weakly, ${open.length} open` +
      (unplayed.length ? `; ${count(unplayed.length, 'attack')} not reached.` : '.'),
    '',
    '## Open flanks',
    '',
  ];
  if (open.length === 0) lines.push('_None: every attack in the drill got an answer._');
  for (const turn of open) lines.push(`- ${attackLine(turn.attack)} ${turn.why}${mapAnswers(turn.attack)}`);
  lines.push('', '## Answered weakly', '');
  if (weak.length === 0) lines.push('_None._');
  for (const turn of weak) lines.push(`- ${attackLine(turn.attack)} ${turn.why}${ownWords(turn.response.typed)}${mapAnswers(turn.attack)}`);
  lines.push('', '## Answered', '');
  if (answered.length === 0) lines.push('_None._');
  for (const turn of answered) lines.push(`- ${attackLine(turn.attack)} ${turn.why}`);
  if (unplayed.length > 0) {
    lines.push('', '## Not reached', '');
    for (const attack of unplayed) lines.push(`- ${attackLine(attack)}`);
  }
  return `${lines.join('\n')}\n`;
}

function attackLine({ attack, target }: DrillAttack): string {
  return `**${oneLine(attack.claim.text)}** (\`${attack.claim.id}\`) attacks our claim **${oneLine(target.claim.text)}** (\`${target.claim.id}\`).`;
}

function mapAnswers({ answers }: DrillAttack): string {
  if (answers.length === 0) return ' Nothing in the map answers it.';
  const listed = answers.map((a) => `**${oneLine(a.claim.text)}** (\`${a.claim.id}\`, ${count(a.cards.length, 'card')})`);
  return ` The map answers it with ${listed.join('; ')}.`;
}

/** The debater's words, quoted on one line; Markdown in them is shown, not obeyed. */
function ownWords(typed: string): string {
  const text = oneLine(typed);
  return text ? ` You said: “${text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`)}”.` : '';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
