// The shipped DeepSeek map keeps the structure a debate coach relies on, and every quote is verbatim.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';

const root = new URL('../../', import.meta.url).pathname;
const seeds = join(root, '../shared/seeds');

function argmap(...args) {
  return spawnSync(process.execPath, [join(root, 'bin/argmap.js'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
}

describe('the DeepSeek map in arguments/', () => {
  let map;
  before(() => {
    const built = argmap('build', 'arguments/');
    assert.equal(built.status, 0, built.stderr);
    map = JSON.parse(built.stdout);
  });

  it('passes the checker with every quote found verbatim in the seed articles', { skip: !existsSync(seeds) && 'no ../shared/seeds' }, () => {
    const checked = argmap('check', 'arguments/', '--sources', seeds);
    assert.equal(checked.status, 0, checked.stdout);
    assert.match(checked.stdout, /^0 errors, 0 warnings in \d+ claims/m);
  });

  it('has the four required threads and the further ones the articles argue', () => {
    const threads = map.threads.map((t) => t.id);
    for (const id of ['sanctions', 'openness', 'scarcity', 'spending', 'us-innovation', 'deepseek-claims']) assert.ok(threads.includes(id), id);
  });

  it('gives each thread one thesis with claims on each side within two levels: three, or two where its note says the articles lean one way', () => {
    const into = (id) => map.relations.filter((r) => r.to === id);
    for (const thread of map.threads) {
      const roots = map.claims.filter((c) => c.thread === thread.id && !map.relations.some((r) => r.from === c.id));
      assert.equal(roots.length, 1, `${thread.id} has one thesis`);
      const sides = { pro: new Set(), con: new Set() };
      for (const first of into(roots[0].id)) {
        const firstSide = first.kind === 'supports' ? 'pro' : 'con';
        sides[firstSide].add(first.from);
        for (const second of into(first.from)) {
          const flip = second.kind === 'attacks';
          sides[flip ? (firstSide === 'pro' ? 'con' : 'pro') : firstSide].add(second.from);
        }
      }
      const least = /lean one way|one-sided/.test(thread.description ?? '') ? 2 : 3;
      assert.ok(sides.pro.size >= least, `${thread.id}: ${sides.pro.size} for`);
      assert.ok(sides.con.size >= least, `${thread.id}: ${sides.con.size} against`);
    }
  });

  it('answers attacks: some attacks are themselves attacked', () => {
    const attacks = map.relations.filter((r) => r.kind === 'attacks');
    const answered = attacks.filter((a) => map.relations.some((r) => r.kind === 'attacks' && r.to === a.from));
    assert.ok(answered.length >= 3, `${answered.length} answered attacks`);
  });

  it('backs every claim but the theses with a quote, quotes every source, and records stances', () => {
    const theses = new Set(map.claims.filter((c) => !map.relations.some((r) => r.from === c.id)).map((c) => c.id));
    for (const claim of map.claims) if (!theses.has(claim.id)) assert.ok(claim.quotes.length > 0, claim.id);
    for (const source of map.sources) {
      assert.ok(map.claims.some((c) => c.quotes.some((q) => q.source === source.id)), `${source.id} quoted`);
      assert.ok(source.stances.length > 0, `${source.id} stances`);
      assert.ok(source.kind, `${source.id} kind`);
    }
    assert.equal(map.sources.length, 5);
  });

  it('says whose words every quote with a speaker is', () => {
    const quote = (claim, i = 0) => map.claims.find((c) => c.id === claim).quotes[i];
    for (const claim of map.claims) {
      for (const q of claim.quotes) if (q.speaker) assert.ok(['direct', 'reported', 'relayed'].includes(q.speech), `${claim.id}: ${q.speaker}`);
    }
    const kinds = {
      'spending-stargate-jobs': ['Donald Trump', 'reported'],
      'spending-stay-competitive': ['Donald Trump', 'reported'],
      'spending-energy-need': ['Donald Trump', 'reported'],
      'spending-ai-war': ['Ben Barringer of Quilter Cheviot', 'reported'],
      'sanctions-ceo-problem': ["DeepSeek's CEO", 'reported'],
      'open-moats-temporary': ['Liang Wenfeng', 'reported'],
      'usi-trump-leading': ['Donald Trump', 'direct'],
      'sanctions-political-will': ['Robin Brooks', 'direct'],
      'dc-andreessen': ['Marc Andreessen', 'direct'],
    };
    for (const [claim, [speaker, speech]] of Object.entries(kinds)) assert.deepEqual([quote(claim).speaker, quote(claim).speech], [speaker, speech], claim);
    // alarm-us-rivals is very probably Axios itself: "as Axios reported" is its own voice.
    assert.equal(quote('dc-v3-comparable').speaker, undefined);
    // Axios's sentence citing Wired: the part before "per Wired" is Wired's, relayed; the clause after it is Axios's own.
    assert.deepEqual([quote('usi-deepseek-basic-research').speaker, quote('usi-deepseek-basic-research').speech], ['Wired', 'relayed']);
    assert.equal(quote('usi-deepseek-basic-research', 1).speaker, undefined);
    assert.deepEqual([quote('spending-hedge-fund', 1).speaker, quote('spending-hedge-fund', 1).speech], ['Wired', 'relayed']);
  });

  it('keeps quotes on theses only where a source asserts the thesis itself', () => {
    const quoted = map.claims.filter((c) => c.id.endsWith('-thesis') && c.quotes.length > 0).map((c) => c.id).sort();
    assert.deepEqual(quoted, ['scarcity-thesis', 'us-innovation-thesis']);
  });

  it('relates claims the way the review found the articles do', () => {
    const has = (from, kind, to) => map.relations.some((r) => r.from === from && r.kind === kind && r.to === to);
    const ids = new Set(map.claims.map((c) => c.id));
    for (const [from, kind, to] of [
      ['dc-o1-mini', 'attacks', 'dc-r1-comparable'], ['dc-r1-math', 'attacks', 'dc-o1-mini'],
      ['dc-self-reported', 'attacks', 'dc-training-cost'], ['dc-self-reported', 'attacks', 'scarcity-downgraded-chips'],
      ['usi-lead-shrinking', 'attacks', 'usi-trump-leading'], ['usi-major-challenger', 'attacks', 'usi-trump-leading'],
      ['sanctions-had-impact', 'attacks', 'sanctions-innovate-around'], ['sanctions-ceo-problem', 'attacks', 'sanctions-innovate-around'],
      ['open-run-free', 'attacks', 'open-trust-ties'], ['spending-hedge-fund', 'attacks', 'spending-no-billions-needed'],
      ['usi-follower', 'attacks', 'scarcity-thesis'], ['usi-follower', 'attacks', 'spending-chip-need-questioned'],
      ['usi-deepseek-basic-research', 'supports', 'usi-basic-research-wins'],
      // The second review: the $6 million training figure, the case against the spending's strongest number, bears on it.
      ['dc-training-cost', 'supports', 'spending-no-billions-needed'],
      ['dc-r1-comparable', 'attacks', 'dc-o1-mini'], ['dc-o1-mini', 'attacks', 'deepseek-claims-thesis'],
    ]) assert.ok(has(from, kind, to), `${from} ${kind} ${to}`);
    for (const [from, kind, to] of [
      ['open-cedes-lead', 'attacks', 'open-aids-rivals'], ['sanctions-profits-abroad', 'supports', 'sanctions-cloud-rental'],
      ['usi-deepseek-basic-research', 'supports', 'usi-consumer-pivot'], ['open-eu-regulation', 'supports', 'open-cedes-lead'],
    ]) assert.ok(!has(from, kind, to), `no ${from} ${kind} ${to}`);
    // The second review: the News Corp disclosure stays in the source's note, not as an attack the article never makes.
    assert.ok(!has('open-tiananmen', 'attacks', 'dc-andreessen'), 'censorship does not bear on benchmark scores');
    for (const gone of ['dc-news-corp-openai', 'open-aids-rivals', 'open-eu-regulation', 'open-accelerates', 'usi-talent-wasted', 'usi-rethink-strategy', 'usi-race-not-over']) assert.ok(!ids.has(gone), gone);
    assert.equal(map.claims.find((c) => c.id === 'sanctions-rethink').thread, 'sanctions');
  });

  it('adds the points the review found missing, and its fact-checks as notes', () => {
    const ids = new Set(map.claims.map((c) => c.id));
    for (const id of ['scarcity-weak-prevail', 'dc-reasoning-shown', 'spending-nvidia-value', 'usi-outages',
      'spending-hedge-fund', 'spending-firms-commit', 'sanctions-aim-lead', 'open-research-wins', 'scarcity-open-tools']) assert.ok(ids.has(id), id);
    const factChecked = map.claims.filter((c) => /Fact-check \(outside the articles\)/.test(c.note ?? '')).map((c) => c.id).sort();
    assert.deepEqual(factChecked, ['dc-2000-chips', 'dc-best-benchmarks', 'dc-o1-mini', 'dc-r1-comparable', 'dc-reasoning-shown', 'dc-training-cost',
      'open-gift', 'open-moats-temporary', 'open-real-open-source', 'sanctions-despite-bans', 'sanctions-kyc-gap', 'sanctions-stockpile', 'scarcity-downgraded-chips']);
  });

  it('lets no single unanswered line decide the contested theses in "what stands"', () => {
    const evaluated = argmap('evaluate', 'arguments/', '--json');
    assert.equal(evaluated.status, 0, evaluated.stderr);
    const { labels } = JSON.parse(evaluated.stdout);
    assert.equal(labels['usi-trump-leading'], 'out', 'Trump\'s assertion is answered');
    assert.notEqual(labels['us-innovation-thesis'], 'out');
    assert.equal(labels['openness-thesis'], 'undec', 'misuse and ceding the field to China are weighed, neither refutes the other');
    assert.equal(labels['deepseek-claims-thesis'], 'undec', 'the accounts of R1 matching o1 and o1-mini contradict each other');
    assert.equal(labels['dc-training-cost'], 'out', 'the self-reported figure is not established');
  });

  it('keeps claims short enough to read in a graph node', () => {
    for (const claim of map.claims) assert.ok(claim.text.length <= 120, `${claim.id}: ${claim.text.length} chars`);
  });

  it('lists every map file in the index the explorer loads', () => {
    const index = JSON.parse(readFileSync(join(root, 'arguments/index.json'), 'utf8'));
    const files = readdirSync(join(root, 'arguments')).filter((f) => f.endsWith('.md')).sort();
    assert.deepEqual([...index.files].sort(), files);
  });
});
