// `argmap brief`: the case for or against a claim, as a debater prints it.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { argmap } from './in-process.mjs';

const root = new URL('../../', import.meta.url).pathname;


/** The block quotes of a Markdown text, each as one string. */
function blockQuotes(markdown) {
  const quotes = [];
  let current = null;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('>')) current = current === null ? line.replace(/^> ?/, '') : `${current}\n${line.replace(/^> ?/, '')}`;
    else if (current !== null) {
      quotes.push(current);
      current = null;
    }
  }
  if (current !== null) quotes.push(current);
  return quotes;
}

describe('argmap brief on the DeepSeek map', () => {
  let brief;
  let map;
  before(async () => {
    brief = await argmap('brief', '--claim', 'sanctions-thesis', '--side', 'against');
    map = JSON.parse((await argmap('build', 'arguments/')).out);
  });

  it('writes the four sections of the case against the sanctions thesis', async () => {
    assert.equal(brief.code, 0, brief.err);
    assert.match(brief.out, /^# Brief against: U\.S\. chip export controls have failed to slow China's AI progress\.$/m);
    const sections = brief.out.split('\n').filter((line) => line.startsWith('## '));
    assert.deepEqual(sections, ['## Our case', '## Their case', '## Our answers', '## Open flanks']);
  });

  it('puts the attackers of the thesis and their supporters on our side, the thesis on theirs', async () => {
    const section = (title) => brief.out.split(`## ${title}\n`)[1].split('\n## ')[0];
    const ours = section('Our case');
    const theirs = section('Their case');
    for (const id of ['sanctions-had-impact', 'sanctions-ceo-problem', 'sanctions-counterfactual', 'sanctions-stockpile']) {
      assert.match(ours, new RegExp(`^\`${id}\``, 'm'), id);
    }
    for (const id of ['sanctions-thesis', 'sanctions-backfired', 'sanctions-cloud-rental']) assert.match(theirs, new RegExp(`^\`${id}\``, 'm'), id);
    assert.match(section('Our answers'), /### Answering: DeepSeek's breakthroughs came despite U\.S\. bans on top-of-the-line chips\./);
    // Claims of other threads come in only where a relation makes them bear on this thesis.
    for (const id of ['open-cedes-lead', 'open-china-frontrunner', 'open-eu-regulation', 'sanctions-profits-abroad']) {
      assert.doesNotMatch(ours, new RegExp(`^\`${id}\``, 'm'), id);
    }
    assert.match(section('Open flanks'), /\(`sanctions-ask-evidence`\) attacks our claim .*\(`sanctions-political-will`\)/);
  });

  it('quotes only words the map quotes, verbatim', async () => {
    const known = new Set(map.claims.flatMap((c) => c.quotes.map((q) => q.text)));
    const quoted = blockQuotes(brief.out);
    assert.ok(quoted.length >= 30, `${quoted.length} quotes`);
    for (const quote of quoted) assert.ok(known.has(quote), `not a quote of the map: ${quote}`);
    const cards = brief.out.split('\n').filter((line) => line.startsWith('**Cite:**'));
    assert.equal(cards.length, quoted.length, 'one cite per quote');
  });

  it('cites speaker, source and file, and flags relayed and machine-generated evidence', async () => {
    assert.match(brief.out, /\*\*Cite:\*\* DeepSeek's CEO, as reported by “Stunning breakthroughs from China's DeepSeek AI alarm U\.S\. rivals”, Axios \(probably; the text does not name it\), n\.d\., source file 001_199b557ef5cbcbc7\.txt · news analysis/);
    assert.match(brief.out, /\*\*Caution:\*\* reported speech: the words are “Stunning breakthroughs .*”'s account of what DeepSeek's CEO said, not DeepSeek's CEO's own/);
    assert.match(brief.out, /\*\*Cite:\*\* Robin Brooks, quoted in “China’s DeepSeek AI Raises Doubts/);
    assert.match(brief.out, /\*\*Cite:\*\* Forbes, relayed by “ON DEEPSEEK”/);
    assert.match(brief.out, /AI Writing Agent Edwin Foster, Tuesday, Jan 28, 2025 11:57 pm ET, source file 002_126ba034fc6b6dc3\.txt · AI-generated article \(says so itself\)  \n\*\*Source's stance on this thread:\*\* failed — Export controls "are losing their grip"\.  \n\*\*Caution:\*\* machine-generated source/);
  });

  it('writes the same brief to a file with -o, and reads the JSON that build writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-'));
    assert.equal((await argmap('build', 'arguments/', '-o', join(dir, 'map.json'))).code, 0);
    const written = await argmap('brief', join(dir, 'map.json'), '--claim', 'sanctions-thesis', '--side', 'against', '-o', join(dir, 'brief.md'));
    assert.equal(written.code, 0, written.err);
    assert.equal(written.out, '');
    assert.equal(readFileSync(join(dir, 'brief.md'), 'utf8'), brief.out);
  });
});

describe('argmap brief on a small map', () => {
  it('for a side, shows a support of an attacker on our side and their unanswered attack', async () => {
    const { code, out } = await argmap('brief', 'test/fixtures/case-uniforms.md', '--claim', 'uniforms-thesis', '--side', 'for');
    assert.equal(code, 0);
    assert.match(out, /^# Brief for: Schools should require uniforms\.$/m);
    assert.match(out, /- \*\*Uniform shops charge more than ordinary clothes shops\.\*\* \(`uniforms-cost-hidden`\) attacks our claim \*\*Uniforms save families money on clothes\.\*\* \(`uniforms-cost`\); nothing in the map answers it\./);
  });

  it('says in one line what is wrong with the command', async () => {
    const cases = [
      [['brief', '--side', 'for'], 2, /^argmap: brief needs --claim ID/],
      [['brief', '--claim', 'sanctions-thesis'], 2, /^argmap: brief needs --side for or --side against\n$/],
      [['brief', '--claim', 'sanctions-thesis', '--side', 'neutral'], 2, /not "neutral"/],
      [['brief', '--claim', 'sanctions-thesis', '--side', 'for', '--bogus'], 2, /unknown option --bogus/],
      [['brief', '--claim', 'sanctions-thesys', '--side', 'for'], 1, /^argmap: unknown claim "sanctions-thesys"; did you mean "sanctions-thesis"\?\n$/],
      [['brief', 'no/such/map.md', '--claim', 'a', '--side', 'for'], 1, /no such file or folder/],
    ];
    for (const [args, exit, message] of cases) {
      const { code, out, err } = await argmap(...args);
      assert.equal(code, exit, args.join(' '));
      assert.match(err, message, args.join(' '));
      assert.equal(out, '');
      assert.doesNotMatch(err, /\n\s+at /, 'no stack trace');
    }
  });

  it('does not write the brief over the map file it reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-brief-own-'));
    const map = join(dir, 'sanctions.md');
    copyFileSync(join(root, 'arguments/sanctions.md'), map);
    const before = readFileSync(map, 'utf8');
    for (const output of [map, join(dir, 'x', '..', 'sanctions.md')]) {
      const { code, err } = await argmap('brief', map, '--claim', 'sanctions-thesis', '--side', 'for', '-o', output);
      assert.equal(code, 1, err);
      assert.match(err, /is a file of the map: the brief would replace it/);
    }
    assert.equal(readFileSync(map, 'utf8'), before);
  });
});
