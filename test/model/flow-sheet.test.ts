import { expect } from '@open-wc/testing';
import { buildCase, type CaseSide, type DebateCase } from '../../src/model/case/build-case.js';
import { DEBATE_FORMATS, debateFormat } from '../../src/model/flow/debate-formats.js';
import { BLANK_ROWS, type FlowPage, flowSheet, MAX_FLOW_ROWS } from '../../src/model/flow/flow-sheet.js';
import { MapIndex } from '../../src/model/queries.js';
import { parseMap } from '../../src/parse/parse-map.js';

async function caseOn(side: CaseSide, text?: string): Promise<DebateCase> {
  text ??= await (await fetch(new URL('../fixtures/case-uniforms.md', import.meta.url))).text();
  const { map } = parseMap([{ name: 'map.md', text }]);
  const result = buildCase(new MapIndex(map), map.claims[0].id, side);
  if (!result.ok) throw new Error(result.message);
  return result.case;
}

/** A page as a debater reads it: each filled cell as `column: claim-id (role)`, row by row. */
const read = (page: FlowPage) =>
  page.rows.map((row) => row.flatMap((cell, i) => (cell ? [`${page.columns[i].label}: ${cell.claim.id} (${cell.role})`] : [])).join(' | '));

describe('debate formats', () => {
  it('give each format its speeches in order, sides taking turns where the format has them do so', () => {
    const labels = (id: string) => debateFormat(id)!.speeches.map((s) => `${s.side === 'for' ? '+' : '-'}${s.label}`);
    expect(labels('policy')).to.deep.equal(['+1AC', '-1NC', '+2AC', '-2NC/1NR', '+1AR', '-2NR', '+2AR']);
    expect(labels('ld')).to.deep.equal(['+AC', '-NC', '+1AR', '-NR', '+2AR']);
    expect(labels('bp')).to.deep.equal(['+PM', '-LO', '+DPM', '-DLO', '+MG', '-MO', '+GW', '-OW']);
    expect(labels('wsdc')).to.deep.equal(['+Prop 1', '-Opp 1', '+Prop 2', '-Opp 2', '+Prop 3', '-Opp 3', '-Opp Reply', '+Prop Reply']);
    expect(labels('pf')).to.deep.equal(['+Pro Constructive', '-Con Constructive', '+Pro Rebuttal', '-Con Rebuttal',
      '+Pro Summary', '-Con Summary', '+Pro Final Focus', '-Con Final Focus']);
    expect(labels('pf-con-first').slice(0, 4)).to.deep.equal(['-Con Constructive', '+Pro Constructive', '-Con Rebuttal', '+Pro Rebuttal']);
    expect(DEBATE_FORMATS.map((f) => f.name)).to.deep.equal(['Public Forum', 'Public Forum, Con first', 'Policy', 'Lincoln–Douglas', 'British Parliamentary', 'World Schools']);
    expect(debateFormat('nope')).to.equal(undefined);
  });
});

describe('the flow sheet', () => {
  it('against the motion: our case opens our first speech, their attack follows where they speak next', async () => {
    const sheet = flowSheet(await caseOn('against'), debateFormat('policy')!);
    const [ours, theirs] = sheet.pages;
    expect(ours.title).to.equal('Our case (Negative)');
    expect(ours.columns.map((c) => c.label)).to.deep.equal(['1NC', '2AC', '2NC/1NR', '1AR', '2NR', '2AR']);
    expect(read(ours)).to.deep.equal([
      '1NC: uniforms-expression (case) | 2AC: uniforms-other-outlets (attack)',
      '1NC: uniforms-expression-survey (case)',
      '', '', '',
    ]);
    expect(ours.rows[1][0]!.backs).to.equal('uniforms-expression');
    expect(ours.rows[0][0]!.cards).to.equal(1);
    expect(theirs.title).to.equal('Their case (Affirmative)');
    expect(theirs.columns[0].label).to.equal('1AC');
    // Our attack on the motion is our case, on our page; on theirs we answer their supporting claim.
    expect(read(theirs)).to.deep.equal([
      '1AC: uniforms-thesis (case)',
      '1AC: uniforms-cost (case) | 1NC: uniforms-cost-hidden (answer)',
      '', '', '',
    ]);
  });

  it('for the motion: the motion heads our page, and their case starts in their first column', async () => {
    const sheet = flowSheet(await caseOn('for'), debateFormat('bp')!);
    const [ours, theirs] = sheet.pages;
    expect(ours.title).to.equal('Our case (Government)');
    expect(read(ours).slice(0, 2)).to.deep.equal([
      'PM: uniforms-thesis (case)',
      'PM: uniforms-cost (case) | LO: uniforms-cost-hidden (attack)',
    ]);
    expect(theirs.columns.map((c) => c.label)).to.deep.equal(['LO', 'DPM', 'DLO', 'MG', 'MO', 'GW', 'OW']);
    expect(read(theirs).slice(0, 2)).to.deep.equal([
      'LO: uniforms-expression (case) | DPM: uniforms-other-outlets (answer)',
      'LO: uniforms-expression-survey (case)',
    ]);
    expect(theirs.rows.slice(-BLANK_ROWS).every((row) => row.every((cell) => cell === null))).to.equal(true);
  });

  it('in Public Forum, the other side answers a case in its rebuttal, not in its own constructive', async () => {
    const sheet = flowSheet(await caseOn('for'), debateFormat('pf')!);
    expect(read(sheet.pages[0]).slice(0, 2)).to.deep.equal([
      'Pro Constructive: uniforms-thesis (case)',
      'Pro Constructive: uniforms-cost (case) | Con Rebuttal: uniforms-cost-hidden (attack)',
    ]);
    const conFirst = flowSheet(await caseOn('for'), debateFormat('pf-con-first')!);
    expect(read(conFirst.pages[1])[0]).to.equal('Con Constructive: uniforms-expression (case) | Pro Rebuttal: uniforms-other-outlets (answer)');
  });

  it('carries a thread down the columns, side by side, as far as the format has speeches', async () => {
    const chain = ['# t: T', '## m: Motion.', '## a: Case point.\n\n- supports: m', '## b: Their attack.\n\n- attacks: a',
      '## c: Our answer.\n\n- attacks: b', '## d: Their reply.\n\n- attacks: c', '## e: Our reply.\n\n- attacks: d',
      '## f: Too late.\n\n- attacks: e'].join('\n\n');
    const page = flowSheet(await caseOn('for', chain), debateFormat('ld')!).pages[0];
    expect(read(page)[1]).to.equal('AC: a (case) | NC: b (attack) | 1AR: c (answer) | NR: d (attack) | 2AR: e (answer)');
    expect(page.rows.flat().some((cell) => cell?.claim.id === 'f')).to.equal(false);
  });

  it('places a claim once per page, even when relations go round in a circle', async () => {
    const circle = ['# t: T', '## m: Motion.', '## a: Ours.\n\n- supports: m\n- attacks: b', '## b: Theirs.\n\n- attacks: a'].join('\n\n');
    const page = flowSheet(await caseOn('for', circle), debateFormat('pf')!).pages[0];
    const ids = page.rows.flat().flatMap((cell) => (cell ? [cell.claim.id] : []));
    expect(ids).to.deep.equal(['m', 'a', 'b']);
  });

  it('holds at most MAX_FLOW_ROWS rows of claims a page, and counts the claims it leaves out', async () => {
    const lines = ['# t: T', '## c0: Claim 0.'];
    for (let i = 1; i < MAX_FLOW_ROWS + 250; i++) lines.push(`## c${i}: Claim ${i}.\n\n- supports: c${i - 1}`);
    const page = flowSheet(await caseOn('for', lines.join('\n\n')), debateFormat('pf')!).pages[0];
    expect(page.rows.length).to.equal(MAX_FLOW_ROWS + BLANK_ROWS);
    expect(page.omitted).to.equal(250);
  });
});
