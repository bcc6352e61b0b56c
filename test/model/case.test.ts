import { expect } from '@open-wc/testing';
import { buildCase, type CaseClaim, type CaseSide, type DebateCase } from '../../src/model/case/build-case.js';
import { caseMarkdown } from '../../src/model/case/case-markdown.js';
import { citeText } from '../../src/model/case/evidence-card.js';
import { MapIndex } from '../../src/model/queries.js';
import { parseMap } from '../../src/parse/parse-map.js';

async function uniforms(): Promise<MapIndex> {
  const text = await (await fetch(new URL('../fixtures/case-uniforms.md', import.meta.url))).text();
  const { map, diagnostics } = parseMap([{ name: 'case-uniforms.md', text }]);
  expect(diagnostics).to.deep.equal([]);
  return new MapIndex(map);
}

async function caseOn(side: CaseSide, claim = 'uniforms-thesis'): Promise<DebateCase> {
  const result = buildCase(await uniforms(), claim, side);
  if (!result.ok) throw new Error(result.message);
  return result.case;
}

const ids = (claims: readonly CaseClaim[]) => claims.map((c) => c.claim.id);

describe('building the case against a thesis', () => {
  it('puts the attackers of the thesis, and what supports them, on our side', async () => {
    const against = await caseOn('against');
    expect(against.motion.id).to.equal('uniforms-thesis');
    expect(against.thread?.title).to.equal('Should schools require uniforms?');
    expect(ids(against.ours)).to.deep.equal(['uniforms-expression', 'uniforms-expression-survey', 'uniforms-cost-hidden']);
    expect(ids(against.theirs)).to.deep.equal(['uniforms-thesis', 'uniforms-cost', 'uniforms-other-outlets']);
  });

  it('answers each of their claims with our claims that attack it', async () => {
    const against = await caseOn('against');
    expect(against.answers.map((a) => `${a.theirs.claim.id} <- ${ids(a.ours).join(', ')}`)).to.deep.equal([
      'uniforms-thesis <- uniforms-expression',
      'uniforms-cost <- uniforms-cost-hidden',
    ]);
  });

  it('names their attack that nothing answers as an open flank', async () => {
    const against = await caseOn('against');
    expect(against.openFlanks.map((f) => `${f.attack.claim.id} -> ${f.target.claim.id}`)).to.deep.equal([
      'uniforms-other-outlets -> uniforms-expression',
    ]);
  });

  it('says what each claim argues about within the case', async () => {
    const against = await caseOn('against');
    const survey = against.ours.find((c) => c.claim.id === 'uniforms-expression-survey')!;
    expect(survey.argues.map((r) => `${r.kind} ${r.to}`)).to.deep.equal(['supports uniforms-expression']);
  });
});

describe('building the case for a thesis', () => {
  it('swaps the sides, the answers and the open flanks', async () => {
    const forIt = await caseOn('for');
    expect(ids(forIt.ours)).to.deep.equal(['uniforms-thesis', 'uniforms-cost', 'uniforms-other-outlets']);
    expect(ids(forIt.theirs)).to.deep.equal(['uniforms-expression', 'uniforms-expression-survey', 'uniforms-cost-hidden']);
    expect(forIt.answers.map((a) => a.theirs.claim.id)).to.deep.equal(['uniforms-expression']);
    expect(forIt.openFlanks.map((f) => `${f.attack.claim.id} -> ${f.target.claim.id}`)).to.deep.equal(['uniforms-cost-hidden -> uniforms-cost']);
  });

  it('builds a case on a claim below the thesis, from that claim down', async () => {
    const onExpression = await caseOn('for', 'uniforms-expression');
    expect(ids(onExpression.ours)).to.deep.equal(['uniforms-expression', 'uniforms-expression-survey']);
    expect(ids(onExpression.theirs)).to.deep.equal(['uniforms-other-outlets']);
  });

  it('reports an unknown claim as a value, with a suggestion', async () => {
    const result = buildCase(await uniforms(), 'uniforms-thesys', 'for');
    expect(result).to.deep.equal({ ok: false, message: 'unknown claim "uniforms-thesys"; did you mean "uniforms-thesis"?' });
  });
});

describe('evidence cards', () => {
  it('carry the tag, the verbatim quote and the full cite', async () => {
    const forIt = await caseOn('for');
    const [card] = forIt.ours[0].cards;
    expect(card).to.deep.include({ tag: 'Schools should require uniforms.', claim: 'uniforms-thesis', quote: 'Every school should require a uniform.', kind: 'opinion' });
    expect(card.cite).to.deep.equal({
      source: 'editorial', title: 'Why uniforms work', author: 'Sam Reed', outlet: 'The Daily Example', date: '2024-03-01', url: 'https://example.org/uniforms',
    });
    expect(card.stance).to.include({ position: 'for', summary: 'Uniforms help pupils and parents.' });
    expect(card.cautions).to.deep.equal([]);
    expect(citeText(card.cite)).to.equal('“Why uniforms work”, Sam Reed, The Daily Example, 2024-03-01, https://example.org/uniforms');
  });

  it('leave out what the source marks unknown, and cite the source file when there is no address', async () => {
    const survey = (await caseOn('against')).ours[1].cards[0];
    expect(survey.cite).to.deep.equal({ source: 'survey-report', title: 'Pupils and parents on school clothes', file: 'survey.txt' });
    expect(citeText(survey.cite)).to.equal('“Pupils and parents on school clothes”, n.d., source file survey.txt');
  });

  it('warn of a relayed quote and of a machine-generated source', async () => {
    const forIt = await caseOn('for');
    const relayed = forIt.ours[1].cards[0];
    expect(relayed.cite.speaker).to.equal('Pat Lee');
    expect(citeText(relayed.cite)).to.match(/^Pat Lee, quoted in “Pupils and parents on school clothes”/);
    expect(relayed.cautions.map((c) => c.code)).to.deep.equal(['relayed']);
    expect(relayed.cite.speech).to.equal('direct');
    const generated = forIt.theirs[0].cards[0];
    expect(generated.cautions.map((c) => c.code)).to.deep.equal(['machine-generated']);
  });
});

describe('the case as Markdown', () => {
  it('has the four sections, in order, with every quote verbatim in a block quote', async () => {
    const markdown = caseMarkdown(await caseOn('against'));
    const headings = markdown.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).to.deep.equal(['## Our case', '## Their case', '## Our answers', '## Open flanks']);
    expect(markdown).to.match(/^# Brief against: Schools should require uniforms\.\n/);
    expect(markdown).to.contain('> Most pupils said clothes matter to how they express themselves.\n');
    expect(markdown).to.contain('**Cite:** Pat Lee, quoted in “Pupils and parents on school clothes”, n.d., source file survey.txt · news report');
    expect(markdown).to.contain('**Caution:** machine-generated source');
    expect(markdown).to.contain('### Answering: Uniforms save families money on clothes.');
    expect(markdown).to.contain('- **Pupils express themselves in many ways besides clothes.** (`uniforms-other-outlets`) attacks our claim **Uniforms stifle pupils\' self-expression.** (`uniforms-expression`)');
  });

  it('say whose words a card is: quoted, reported or relayed', () => {
    const card = (speech: 'direct' | 'reported' | 'relayed') => {
      const map = `# t: T?\n\n## a: A.\n\n## b: B.\n\n- supports: a\n\n> Words.\n>\n> — Donald Trump (${speech}), s\n\n# Sources\n\n## s: On DeepSeek\n`;
      const result = buildCase(new MapIndex(parseMap([{ name: 'm.md', text: map }]).map), 'a', 'for');
      if (!result.ok) throw new Error(result.message);
      const [only] = result.case.ours.find((c) => c.claim.id === 'b')!.cards;
      return { cite: citeText(only.cite), caution: only.cautions[0].message };
    };
    expect(card('direct')).to.deep.equal({ cite: 'Donald Trump, quoted in “On DeepSeek”, n.d.', caution: 'the words are Donald Trump\'s, quoted by “On DeepSeek”, not its own' });
    expect(card('reported').cite).to.equal('Donald Trump, as reported by “On DeepSeek”, n.d.');
    expect(card('reported').caution).to.equal('reported speech: the words are “On DeepSeek”\'s account of what Donald Trump said, not Donald Trump\'s own');
    expect(card('relayed').caution).to.equal('relayed text: the words are Donald Trump\'s, copied or summarised by “On DeepSeek” without quotation marks');
    expect(card('relayed').cite).to.equal('Donald Trump, relayed by “On DeepSeek”, n.d.');
  });

  it('take in a claim of another thread only where a relation makes it bear on the motion', () => {
    const text = [
      '# a: A?', '## a-thesis: A.', '## a-reason: Reason for A.', '- supports: a-thesis', '> W.\n>\n> — s',
      '# b: B?', '## b-thesis: B.', '## b-fact: A fact both threads use.', '- supports: b-thesis, a-reason', '> W.\n>\n> — s',
      '## b-answer: Answers the fact.', '- attacks: b-fact', '> W.\n>\n> — s',
      '## b-other: Another reason for B.', '- supports: b-thesis', '> W.\n>\n> — s',
      '# Sources', '## s: S',
    ].join('\n\n');
    const result = buildCase(new MapIndex(parseMap([{ name: 'm.md', text }]).map), 'a-thesis', 'against');
    if (!result.ok) throw new Error(result.message);
    // b-answer attacks a claim that feeds A, so it argues against A; b-other and B's thesis do not bear on A.
    expect(ids(result.case.ours)).to.deep.equal(['b-answer']);
    expect(ids(result.case.theirs)).to.deep.equal(['a-thesis', 'a-reason', 'b-fact']);
  });

  it('says so when a section is empty', async () => {
    const { map } = parseMap([{ name: 'm.md', text: '# t: T?\n\n## a: A.\n\n## b: B.\n\n- supports: a\n' }]);
    const result = buildCase(new MapIndex(map), 'a', 'for');
    if (!result.ok) throw new Error(result.message);
    const markdown = caseMarkdown(result.case);
    expect(markdown).to.contain('## Their case\n\n_None in the map._');
    expect(markdown).to.contain('## Open flanks\n\n_None: the map answers every attack of theirs on our claims._\n');
    expect(markdown).to.contain('_No evidence in the map for this claim._');
  });
});
