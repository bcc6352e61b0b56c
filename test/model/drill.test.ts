import { expect } from '@open-wc/testing';
import { buildCase, type CaseSide, type DebateCase } from '../../src/model/case/build-case.js';
import { type DrillAttack, drillAttacks } from '../../src/model/drill/drill-attacks.js';
import { drillMarkdown, drillSummary } from '../../src/model/drill/drill-summary.js';
import { DEFAULT_SECONDS, drillStorageKey, newProgress, nextAttack, readProgress, withAnswer } from '../../src/model/drill/drill-progress.js';
import { gradeTurn } from '../../src/model/drill/grade-turn.js';
import { clockText, timeAnnouncement } from '../../src/model/drill/time-left.js';
import { MapIndex } from '../../src/model/queries.js';
import type { ArgumentMap } from '../../src/model/types.js';
import { parseMap } from '../../src/parse/parse-map.js';

async function phones(): Promise<ArgumentMap> {
  const text = await (await fetch(new URL('../fixtures/drill-phones.md', import.meta.url))).text();
  const { map, diagnostics } = parseMap([{ name: 'drill-phones.md', text }]);
  expect(diagnostics.filter((d) => d.severity === 'error')).to.deep.equal([]);
  return map;
}

async function drill(side: CaseSide, map?: ArgumentMap): Promise<{ debate: DebateCase; attacks: DrillAttack[] }> {
  const m = map ?? await phones();
  const result = buildCase(new MapIndex(m), 'phones-thesis', side);
  if (!result.ok) throw new Error(result.message);
  return { debate: result.case, attacks: drillAttacks(m, result.case) };
}

const none = { typed: '', timedOut: false };

describe('the practice drill: their attacks on our case', () => {
  it('puts every attack of theirs on a claim of ours, strongest first, with the answers the case finds', async () => {
    const { attacks } = await drill('for');
    expect(attacks.map((a) => a.key)).to.deep.equal(['phones-emergency->phones-thesis', 'phones-research->phones-distract', 'phones-habit->phones-thesis']);
    expect(attacks.map((a) => a.answers.map((c) => c.claim.id))).to.deep.equal([['phones-office'], ['phones-library'], []]);
    expect(attacks[0].strength).to.be.greaterThan(attacks[1].strength);
    expect(attacks[1].strength).to.be.greaterThan(attacks[2].strength);
  });

  it('where two claims attack each other, the claim under attack is not offered as its own answer', async () => {
    const text = ['# t: T', '## m: Motion.', '## a: Our point.\n\n- supports: m', '## b: Their point.\n\n- attacks: a', '## a2: Our reply.\n\n- attacks: b'].join('\n\n')
      .replace('- supports: m', '- supports: m\n- attacks: b');
    const { map } = parseMap([{ name: 'mutual.md', text }]);
    const result = buildCase(new MapIndex(map), 'm', 'for');
    if (!result.ok) throw new Error(result.message);
    const attack = drillAttacks(map, result.case).find((x) => x.key === 'b->a')!;
    expect(attack.answers.map((c) => c.claim.id)).to.deep.equal(['a2']);
    expect(gradeTurn(attack, { typed: '', picked: 'a', timedOut: false }).verdict).to.equal('open');
  });

  it('on the other side, puts the attacks on what was their case', async () => {
    const { attacks } = await drill('against');
    expect(attacks.map((a) => a.key)).to.deep.equal(['phones-office->phones-emergency', 'phones-library->phones-research']);
    expect(attacks.every((a) => a.answers.length === 0)).to.equal(true);
  });
});

describe('grading an answer', () => {
  it('counts an answer of ours with a card as answered', async () => {
    const [emergency] = (await drill('for')).attacks;
    expect(gradeTurn(emergency, { ...none, picked: 'phones-office' })).to.deep.equal({
      verdict: 'answered', why: 'Answered: “The school office can pass on an emergency call.” answers it, with one card.',
    });
  });

  it('counts an answer without a card, or only typed words, as answered weakly', async () => {
    const [emergency, research] = (await drill('for')).attacks;
    expect(gradeTurn(research, { ...none, picked: 'phones-library' }).verdict).to.equal('weak');
    expect(gradeTurn(research, { ...none, picked: 'phones-library' }).why).to.contain('no card');
    expect(gradeTurn(emergency, { ...none, typed: 'Teachers carry phones.' })).to.deep.equal({ verdict: 'weak', why: 'Answered weakly: your own words, without a card.' });
  });

  it('leaves an attack open when nothing is said, the time runs out, or the claim picked does not answer it', async () => {
    const [emergency, , habit] = (await drill('for')).attacks;
    expect(gradeTurn(habit, none)).to.deep.equal({ verdict: 'open', why: 'Open: no answer given.' });
    expect(gradeTurn(habit, { ...none, timedOut: true }).why).to.equal('Open: time ran out with no answer.');
    expect(gradeTurn(emergency, { ...none, picked: 'phones-distract' })).to.deep.equal({
      verdict: 'open', why: 'That claim of ours does not answer this attack. Open: no answer given.',
    });
    expect(gradeTurn(emergency, { ...none, picked: 'phones-distract', typed: '  ' }).verdict).to.equal('open');
  });
});

describe('saving a drill', () => {
  it('reads back what it wrote, and goes on with the strongest attack not answered yet', async () => {
    const { attacks } = await drill('for');
    let progress = newProgress(45);
    progress = { ...withAnswer({ ...progress, started: true }, attacks[0], { ...none, picked: 'phones-office' }), revealing: false };
    const back = readProgress(JSON.stringify(progress), attacks);
    expect(back).to.deep.equal(progress);
    expect(nextAttack(back, attacks)?.key).to.equal('phones-research->phones-distract');
  });

  it('starts afresh from garbage, and keeps the seconds in bounds', async () => {
    const { attacks } = await drill('for');
    for (const text of [null, '', '{', 'null', '[]', '"x"', '{"turns": 5}']) expect(readProgress(text, attacks)).to.deep.equal(newProgress());
    expect(readProgress('{"seconds": 1e9}', attacks).seconds).to.equal(600);
    expect(readProgress('{"seconds": "abc"}', attacks).seconds).to.equal(DEFAULT_SECONDS);
    const odd = readProgress(JSON.stringify({ started: true, turns: [{ key: 'phones-habit->phones-thesis', picked: 7, typed: {}, timedOut: 'yes' }, 'x'], remaining: -4 }), attacks);
    expect(odd.turns).to.deep.equal([{ key: 'phones-habit->phones-thesis', typed: '', timedOut: false }]);
    expect(odd.remaining).to.equal(0);
  });

  it('drops answers to attacks the map no longer has, and their reveal with them', async () => {
    const { attacks } = await drill('for');
    const saved = JSON.stringify({
      started: true, revealing: true, seconds: 30, draft: '',
      turns: [{ key: 'phones-emergency->phones-thesis', typed: 'x', timedOut: false }, { key: 'gone->phones-thesis', typed: '', timedOut: true }],
    });
    const back = readProgress(saved, attacks);
    expect(back.turns.map((t) => t.key)).to.deep.equal(['phones-emergency->phones-thesis']);
    expect(back.revealing).to.equal(false);
  });

  it('keeps one drill per map, thread and side', () => {
    expect(drillStorageKey('a.md', 'phones', 'for')).to.not.equal(drillStorageKey('a.md', 'phones', 'against'));
    expect(drillStorageKey('a.md', 'x:y', 'for')).to.not.equal(drillStorageKey('a.md:x', 'y', 'for'));
  });
});

describe('the summary of a drill', () => {
  it('lists the open flanks with what the map answers, then the weak answers, then the answered, as Markdown', async () => {
    const { debate, attacks } = await drill('for');
    let progress = { ...newProgress(), started: true };
    progress = withAnswer(progress, attacks[0], { ...none, timedOut: true });
    progress = withAnswer(progress, attacks[1], { ...none, picked: 'phones-library' });
    progress = withAnswer(progress, attacks[2], { ...none, typed: 'A ban *removes* the habit at school.' });
    const summary = drillSummary(progress, attacks);
    expect(summary.open.map((t) => t.attack.key)).to.deep.equal(['phones-emergency->phones-thesis']);
    expect(summary.weak.map((t) => t.attack.key)).to.deep.equal(['phones-research->phones-distract', 'phones-habit->phones-thesis']);
    expect(summary.unplayed).to.deep.equal([]);
    expect(drillMarkdown(debate, summary)).to.equal(`# Practice drill for: Schools should ban phones in class.

Thread: Should schools ban phones in class? (\`phones\`)  
3 attacks answered in the drill: 0 answered, 2 answered weakly, 1 open.

## Open flanks

- **Parents need to reach their children in an emergency.** (\`phones-emergency\`) attacks our claim **Schools should ban phones in class.** (\`phones-thesis\`). Open: time ran out with no answer. The map answers it with **The school office can pass on an emergency call.** (\`phones-office\`, 1 card).

## Answered weakly

- **Phones help pupils look things up in class.** (\`phones-research\`) attacks our claim **Phones distract pupils from lessons.** (\`phones-distract\`). Answered weakly: “The school library has computers for looking things up.” answers it, but the map has no card for it. The map answers it with **The school library has computers for looking things up.** (\`phones-library\`, 0 cards).
- **Banning phones only moves the habit to the break.** (\`phones-habit\`) attacks our claim **Schools should ban phones in class.** (\`phones-thesis\`). Answered weakly: your own words, without a card. You said: “A ban \\*removes\\* the habit at school.”. Nothing in the map answers it.

## Answered

_None._
`);
  });

  it('names the attacks not reached when the drill stopped early', async () => {
    const { debate, attacks } = await drill('for');
    const progress = withAnswer({ ...newProgress(), started: true }, attacks[0], { ...none, picked: 'phones-office' });
    const markdown = drillMarkdown(debate, drillSummary(progress, attacks));
    expect(markdown).to.contain('1 attack answered in the drill: 1 answered, 0 answered weakly, 0 open; 2 attacks not reached.');
    expect(markdown).to.contain('## Not reached\n\n- **Phones help pupils');
  });
});

describe('the clock, said aloud', () => {
  it('speaks at half time, at 10 and 5 seconds, and at the end, and is quiet in between', () => {
    const said = Array.from({ length: 31 }, (_, i) => 30 - i).map((s) => timeAnnouncement(s, 30)).filter(Boolean);
    expect(said).to.deep.equal(['15 seconds left', '10 seconds left', '5 seconds left', "Time's up"]);
    expect(timeAnnouncement(60, 120)).to.equal('1 minute left');
    expect(timeAnnouncement(10, 10)).to.equal(undefined);
  });

  it('reads like a clock', () => {
    expect([0, 5, 30, 90, 600].map(clockText)).to.deep.equal(['0:00', '0:05', '0:30', '1:30', '10:00']);
  });
});
