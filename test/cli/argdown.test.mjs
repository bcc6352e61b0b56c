// Argdown files read with Argdown's own parser: the examples keep every statement, argument and
// relation that @argdown/core reports, and our Argdown export reads back as the map it came from.
// In Node because the test runner's dev server cannot load @argdown/core's CommonJS in the browser.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { argmap } from './in-process.mjs';

const root = new URL('../../', import.meta.url).pathname;
const require = createRequire(join(root, 'package.json'));
const { ArgdownApplication, ParserPlugin, DataPlugin, ModelPlugin } = require('@argdown/core');
const examples = ['test/fixtures/interop/argdown-primer.argdown', 'test/fixtures/interop/semmelweis_betz.argdown'];


async function imported(path) {
  const result = await argmap('convert', path, '--to', 'json');
  assert.equal(result.code, 0, result.err);
  return JSON.parse(result.out);
}

/** What Argdown's own model holds: its statements, arguments, relations, and premise–conclusion links. */
function argdownModel(path) {
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new DataPlugin(), 'build-model');
  app.addPlugin(new ModelPlugin(), 'build-model');
  const response = app.run({ input: readFileSync(join(root, path), 'utf8'), process: ['parse-input', 'build-model'], logLevel: 'none' });
  assert.deepEqual([response.lexerErrors, response.parserErrors, response.exceptions], [[], [], []]);
  const name = (member) => (member.type === 'inference' ? `<${member.argumentTitle}>` : member.type === 'argument' ? `<${member.title}>` : `[${member.title}]`);
  const links = new Set();
  const kind = (type) => (type === 'support' || type === 'entails' ? 'supports' : 'attacks');
  for (const r of response.relations) links.add(`${name(r.from)} ${kind(r.relationType)} ${name(r.to)}`);
  const explicit = links.size;
  for (const argument of Object.values(response.arguments)) {
    for (const s of argument.pcs) {
      links.add(s.role === 'premise' ? `[${s.title}] supports <${argument.title}>` : `<${argument.title}> supports [${s.title}]`);
    }
  }
  const count = (k) => [...links].filter((l) => l.includes(` ${k} `)).length;
  return {
    statements: Object.keys(response.statements).length,
    arguments: Object.keys(response.arguments).length,
    relations: response.relations.length,
    explicit,
    supports: count('supports'),
    attacks: count('attacks'),
    tags: new Set([...Object.values(response.statements), ...Object.values(response.arguments)].flatMap((e) => e.tags ?? [])).size,
  };
}

describe('importing Argdown', () => {
  for (const path of examples) {
    it(`${path.split('/').pop()}: one claim per statement and argument, one relation per Argdown relation and premise–conclusion link`, async () => {
      const expected = argdownModel(path);
      const map = await imported(path);
      assert.equal(expected.explicit, expected.relations, 'Argdown reports no relation twice');
      assert.equal(map.claims.length, expected.statements + expected.arguments);
      assert.equal(map.relations.filter((r) => r.kind === 'supports').length, expected.supports);
      assert.equal(map.relations.filter((r) => r.kind === 'attacks').length, expected.attacks);
      assert.equal(new Set(map.claims.flatMap((c) => c.tags)).size, expected.tags);
      assert.equal(new Set(map.claims.map((c) => c.id)).size, map.claims.length, 'unique ids');
      assert.ok(map.claims.every((c) => /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(c.id) && c.text && c.quotes.length === 0));
    });
  }

  it('the primer: statements and arguments named by their titles, headings as threads, the conclusion carrying its relations', async () => {
    const map = await imported(examples[0]);
    assert.deepEqual(map.threads.map((t) => t.id), ['welcome-to-argdown', 'argdown-basics', 'argument-reconstructions']);
    const relations = map.relations.map((r) => `${r.from} ${r.kind} ${r.to}`);
    for (const relation of [
      'argument-title supports statement-2', //        + <Argument title>
      'another-argument attacks statement-2', //       - <Another argument>
      'yet-another-argument attacks another-argument',
      'Intro attacks argument-1', //                   [Intro] -> <Argument 1>
      'first-premise-this-is-is-a supports argument-1', // (1) First premise
      'statement-2 supports argument-1', //             (2) [Statement 2]
      'argument-1 supports and-now-the-conclusion', //  (3) And now the conclusion
      'and-now-the-conclusion supports yet-another-argument', // the conclusion's +> <Yet another argument>
    ]) assert.ok(relations.includes(relation), relation);
    const statement1 = map.claims.find((c) => c.id === 'statement-1');
    assert.deepEqual(statement1.tags, ['Another-tag']);
    assert.match(statement1.text, /^Another statement \(after a blank line\), this time with a title defined in square brackets\./);
  });

  it('Semmelweis: contrary hypotheses attack each other, and the argument claims sit in their headings’ threads', async () => {
    const map = await imported(examples[1]);
    const relations = map.relations.map((r) => `${r.from} ${r.kind} ${r.to}`);
    assert.ok(relations.includes('epidemic-influence-hypothesis attacks rough-examination-hypothesis'));
    assert.ok(relations.includes('epidemic-exposition-1 supports difference-between-divisions'));
    assert.equal(map.claims.find((c) => c.id === 'epidemic-exposition-1').thread, 'inferential-relations-between-epidemic');
    assert.deepEqual(map.claims.find((c) => c.id === 'epidemic-influence-hypothesis').tags, ['H1']);
    assert.doesNotMatch(map.claims.find((c) => c.id === 'epidemic-influence-hypothesis').text, /#H1/);
  });

  for (const path of examples) {
    it(`${path.split('/').pop()} reads back the same through our Markdown, and through our Argdown`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'argmap-argdown-'));
      const direct = await imported(path);
      for (const to of ['markdown', 'argdown']) {
        const file = join(dir, `again.${to === 'markdown' ? 'md' : 'argdown'}`);
        assert.equal((await argmap('convert', path, '--to', to, '-o', file)).code, 0);
        const again = await imported(file);
        assert.deepEqual(again.claims, direct.claims, to);
        assert.deepEqual(again.relations, direct.relations, to);
        assert.deepEqual(again.threads.map((t) => t.id), direct.threads.map((t) => t.id), to);
      }
    });
  }

  it('reads back texts that look like Argdown syntax word for word', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-escape-'));
    const texts = [
      'C# is #1 at https://example.org/a_b?x=1, not *bold* or __strong__ [sic] (see <A>) @[b] {x: 1} back\\slash.',
      'x.y.z :smile: .A. U.S. e.g. 10:30 // not a comment /* nor this */ <!-- or this -->',
      '+ - -> <- +> <+ _> <_ >< -- === 1. (1) * # >= 50% ~ ^ | & "quoted" ‘curly’ — dash',
    ];
    const markdown = ['# t: Texts?', ...texts.map((text, i) => `## c${i}: ${text}`)].join('\n\n');
    writeFileSync(join(dir, 'texts.md'), `${markdown}\n`);
    assert.equal((await argmap('convert', join(dir, 'texts.md'), '-o', join(dir, 'texts.argdown'))).code, 0);
    const back = await imported(join(dir, 'texts.argdown'));
    assert.deepEqual(back.claims.map((c) => c.text), texts);
  });

  it('gives Argdown syntax errors and bad YAML data their lines, and no map', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-bad-'));
    const cases = [
      ['[a]: Fine.\n\n[b]: An x*y without its closing asterisk.\n', /bad\.argdown:3:\d+: error: Incomplete italic text range/],
      ['<A>\n\n(1) A premise.\n----\n', /bad\.argdown:4:\d+: error: Expecting --> \(Number\)/],
      ['[a]: Fine.\n\n[b]: Data {bad: : x}\n', /bad\.argdown:3:\d+: error: this front matter or \{data\} is not valid YAML/],
    ];
    for (const [text, message] of cases) {
      writeFileSync(join(dir, 'bad.argdown'), text);
      const { code, out, err } = await argmap('check', join(dir, 'bad.argdown'));
      assert.equal(code, 1, text);
      assert.match(out, message);
      assert.match(out, /in 0 claims/);
      assert.doesNotMatch(out + err, /\n\s+at /, 'no stack trace');
    }
  });
});
