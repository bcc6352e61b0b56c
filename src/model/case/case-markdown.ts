import type { CaseClaim, DebateCase } from './build-case.js';
import { citeText, type EvidenceCard } from './evidence-card.js';

/**
 * The case as a Markdown brief: our case, their case, our answers and the open flanks, each
 * claim with its evidence cards. Map text is written as the map has it (it is Markdown
 * already), so every quote reads verbatim.
 *
 * ```ts
 * const result = buildCase(index, 'sanctions-thesis', 'against');
 * if (result.ok) writeFileSync('brief.md', caseMarkdown(result.case));
 * ```
 */
export function caseMarkdown(debate: DebateCase): string {
  const { motion, thread, side } = debate;
  const lines: string[] = [
    `# Brief ${side}: ${motion.text}`,
    '',
    ...(thread ? [`Thread: ${thread.title} (\`${thread.id}\`)  `] : []),
    `Claim: \`${motion.id}\` · side: ${side} · ${count(debate.ours.length, 'claim')} ours, ${count(debate.theirs.length, 'claim')} theirs, ` +
      `${count(debate.answers.length, 'answer')}, ${count(debate.openFlanks.length, 'open flank')}`,
    '',
    '## Our case',
    '',
    ...claims(debate.ours, '###'),
    '## Their case',
    '',
    ...claims(debate.theirs, '###'),
    '## Our answers',
    '',
  ];
  if (debate.answers.length === 0) lines.push('_None: no claim of ours attacks a claim of theirs._', '');
  for (const answer of debate.answers) {
    lines.push(`### Answering: ${answer.theirs.claim.text}`, '', `Their claim \`${answer.theirs.claim.id}\`, attacked by ours:`, '');
    for (const line of claims(answer.ours, '####')) lines.push(line);
  }
  lines.push('## Open flanks', '');
  if (debate.openFlanks.length === 0) lines.push('_None: the map answers every attack of theirs on our claims._', '');
  for (const { attack, target } of debate.openFlanks) {
    lines.push(`- **${attack.claim.text}** (\`${attack.claim.id}\`) attacks our claim **${target.claim.text}** (\`${target.claim.id}\`); nothing in the map answers it.`);
  }
  if (debate.openFlanks.length > 0) lines.push('');
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function claims(list: readonly CaseClaim[], heading: string): string[] {
  if (list.length === 0) return ['_None in the map._', ''];
  return list.flatMap((c) => claim(c, heading));
}

function claim({ claim, argues, cards }: CaseClaim, heading: string): string[] {
  const relations = argues.map((r) => `${r.kind} \`${r.to}\``);
  const lines = [`${heading} ${claim.text}`, '', [`\`${claim.id}\``, ...relations].join(' · '), ''];
  if (claim.note) lines.push(`Note: ${claim.note}`, '');
  if (cards.length === 0) lines.push('_No evidence in the map for this claim._', '');
  for (const card of cards) for (const line of evidence(card)) lines.push(line);
  return lines;
}

function evidence(card: EvidenceCard): string[] {
  const about = [`**Cite:** ${citeText(card.cite)}${card.kind ? ` · ${card.kind}` : ''}`];
  if (card.stance) {
    about.push(`**Source's stance on this thread:** ${card.stance.position}${card.stance.summary ? ` — ${card.stance.summary}` : ''}`);
  }
  for (const caution of card.cautions) about.push(`**Caution:** ${caution.message}`);
  // Two trailing spaces: a line break that keeps the cite, stance and cautions in one paragraph.
  return [about.join('  \n'), '', ...card.quote.split('\n').map((line) => (line ? `> ${line}` : '>')), ''];
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
