// `argmap convert` as a user runs it: the shipped map into every format and back, and clear refusals.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { argmap } from './in-process.mjs';

const root = new URL('../../', import.meta.url).pathname;
const kialo = 'test/fixtures/interop/car-free-centres.txt';
const aif = 'test/fixtures/interop/homework.aif.json';


async function converted(...args) {
  const result = await argmap('convert', ...args);
  assert.equal(result.code, 0, result.err);
  return result.out;
}

const claimsOf = (map) => map.claims.map((c) => [c.id, c.text]);
const relationsOf = (map) => map.relations.map((r) => `${r.from} ${r.kind} ${r.to}`);

describe('argmap convert', () => {
  let dir;
  let shipped;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'argmap-convert-'));
    shipped = JSON.parse(await converted('arguments/', '--to', 'json'));
  });

  it('writes the same JSON as build', async () => {
    assert.equal(await converted('arguments/', '--to', 'json'), (await argmap('build', 'arguments/')).out);
  });

  it('writes the shipped map as one Markdown file that reads back as the same map', async () => {
    const file = join(dir, 'map.md');
    await converted('arguments/', '--to', 'markdown', '-o', file);
    assert.deepEqual(JSON.parse(await converted(file, '--to', 'json')), shipped);
  });

  it('writes Argdown that reads back with the same threads, claims, tags and relations', async () => {
    const file = join(dir, 'map.argdown');
    await converted('arguments/', '-o', file);
    assert.match(readFileSync(file, 'utf8'), /^# Did the U\\\.S\. chip export controls fail to slow China's AI progress\? \{id: sanctions\}$/m);
    const back = JSON.parse(await converted(file, '--to', 'json'));
    assert.deepEqual(back.threads, shipped.threads.map(({ id, title }) => ({ id, title })));
    assert.deepEqual(back.claims.map((c) => [c.id, c.text, c.thread, c.tags]), shipped.claims.map((c) => [c.id, c.text, c.thread, c.tags]));
    assert.deepEqual(relationsOf(back), relationsOf(shipped));
  });

  it('writes AIF that reads back with the same claims and relations', async () => {
    const file = join(dir, 'map.json');
    await converted('arguments/', '--to', 'aif', '-o', file);
    const document = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(Object.keys(document), ['nodes', 'edges', 'locutions']);
    const back = JSON.parse(await converted(file, '--to', 'json'));
    assert.deepEqual(claimsOf(back), claimsOf(shipped));
    assert.deepEqual(relationsOf(back), relationsOf(shipped));
  });

  it('reads Kialo and AIF, and their Markdown reads back as the same map', async () => {
    for (const input of [kialo, aif]) {
      const direct = await converted(input, '--to', 'json');
      const file = join(dir, 'imported.md');
      await converted(input, '--to', 'markdown', '-o', file);
      assert.equal(await converted(file, '--to', 'json'), direct, input);
    }
  });

  it('takes --from over the extension', async () => {
    const file = join(dir, 'discussion.export');
    writeFileSync(file, readFileSync(join(root, kialo)));
    assert.equal(JSON.parse(await converted(file, '--from', 'kialo', '--to', 'json')).claims.length, 10);
  });

  it('says once, not per claim, that an imported map has no quotes', async () => {
    const { err } = await argmap('convert', kialo, '--to', 'json');
    assert.equal(err, `${kialo}:4:1: warning: none of the 10 claims has a quote (formats other than ours carry none)\n`);
  });

  it('refuses bad usage and bad input in one line each, without a stack trace', async () => {
    const broken = join(dir, 'broken.txt');
    writeFileSync(broken, '1. Thesis.\n1.1. Pro: Reason.\n1.3.1. Con: Orphan.\n');
    const cases = [
      [['convert', 'arguments/'], 2, /^argmap: convert needs --to FORMAT \(markdown, json, argdown, aif\), or -o FILE with that format's extension$/m],
      [['convert', '--to', 'json'], 2, /convert needs a map to read/],
      [['convert', 'arguments/', '--to', 'pdf'], 2, /--to pdf: not a format argmap writes; use one of markdown, json, argdown, aif/],
      [['convert', 'arguments/', '--to', 'kialo'], 2, /--to kialo: kialo is read only/],
      [['convert', kialo, '--from', 'docx', '--to', 'json'], 2, /--from docx: not a format argmap reads/],
      [['convert', 'no/such.argdown', '--to', 'json'], 1, /^argmap: no\/such\.argdown: no such file or folder$/m],
      [['convert', broken, '--to', 'json'], 1, /broken\.txt:3:1: error: 1\.3\.1\. is numbered under 1\.3\., which the export does not have\nargmap: not converted: 1 error/],
      [['convert', 'arguments/', '-o', join(dir, 'out.constructor')], 2, /^argmap: -o .*out\.constructor: unknown format: the extension says none argmap writes; use --to FORMAT \(markdown, json, argdown, aif\)$/m],
    ];
    for (const [args, exit, message] of cases) {
      const { code, out, err } = await argmap(...args);
      assert.equal(code, exit, args.join(' '));
      assert.match(err, message, args.join(' '));
      assert.equal(out, '', 'nothing on stdout');
      assert.doesNotMatch(err, /\n\s+at /, 'no stack trace');
    }
  });
});

describe('argmap convert refuses what a format cannot hold (issues #13, #22)', () => {
  // Valid JSON that checks clean, but whose note, url and quote hold Markdown that would add claims,
  // relations and a source reading ../../etc/passwd; an id Markdown cannot spell; a tag that Argdown would split.
  const hostile = {
    threads: [{ id: 't', title: 'T?' }],
    claims: [
      { id: 'a', text: 'A.', thread: 't', tags: [], quotes: [{ text: 'Words.', source: 's' }], note: 'Note.\n\n## b: B.\n- supports: a' },
      { id: '__proto__', text: 'P.', thread: 't', tags: ['x), (y'], quotes: [{ text: 'More words.', source: 's' }] },
    ],
    relations: [{ from: '__proto__', to: 'a', kind: 'supports' }],
    sources: [{ id: 's', title: 'S', url: 'http://x\n\n## s2: S2\n- file: ../../etc/passwd', stances: [] }],
  };

  it('prints each problem, exits 1 and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-refuse-'));
    const input = join(dir, 'hostile.json');
    writeFileSync(input, JSON.stringify(hostile));
    assert.equal((await argmap('check', input)).code, 0, 'the JSON checks clean');
    for (const [format, problems] of [
      ['markdown', [/error: claim "__proto__": id "__proto__" cannot be written in Markdown/, /error: claim "__proto__": tag "x\), \(y" cannot be written in Markdown/,
        /error: source "s": its url .* cannot be written in Markdown: a url is one line/]],
      ['argdown', [/error: claim "__proto__": id "__proto__" cannot be written in Argdown/, /error: claim "__proto__": tag "x\), \(y" cannot be written in Argdown/]],
    ]) {
      const output = join(dir, `out.${format}`);
      const { code, out, err } = await argmap('convert', input, '--to', format, '-o', output);
      assert.equal(code, 1, format);
      for (const problem of problems) assert.match(err, problem, format);
      assert.match(err, new RegExp(`argmap: not converted: ${format} cannot hold this map as it is; nothing was written`));
      assert.equal(out, '');
      assert.equal(existsSync(output), false, 'nothing written');
    }
    // With the id and tag fixed, what is left is the note and the url, named with the field.
    const fixed = structuredClone(hostile);
    fixed.claims[1].id = 'p';
    fixed.claims[1].tags = [];
    fixed.relations[0].from = 'p';
    fixed.sources[0].url = 'http://x';
    writeFileSync(input, JSON.stringify(fixed));
    const { code, err } = await argmap('convert', input, '--to', 'markdown');
    assert.equal(code, 1);
    assert.match(err, /error: claim "a": its note cannot be written in Markdown as it is \(notes are paragraphs of text: .*\): "Note\.\\n\\n## b: B\.\\n- supports: a" would be read as more than that/);
  });

  it('writes what JSON and AIF can hold: any id and text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-refuse-'));
    const input = join(dir, 'hostile.json');
    writeFileSync(input, JSON.stringify(hostile));
    assert.deepEqual(JSON.parse(await converted(input, '--to', 'json')).claims.map((c) => c.id), ['a', '__proto__']);
    assert.deepEqual(JSON.parse(await converted(input, '--to', 'aif')).nodes.filter((n) => n.type === 'I').map((n) => n.nodeID), ['a', '__proto__']);
  });
});

describe('every argmap command reads the other formats', () => {
  it('checks a Kialo export, an AIF corpus and an Argdown file, with line numbers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-formats-'));
    const badAif = join(dir, 'corpus.json');
    writeFileSync(badAif, '{ "nodes": [\n  { "nodeID": "1", "text": "A", "type": "I" },\n  { "nodeID": "2", "type": "RA" }\n], "edges": [\n  { "fromID": "1", "toID": "7" }\n] }\n');
    const { code, out } = await argmap('check', kialo, aif, badAif);
    assert.equal(code, 1);
    assert.match(out, /corpus\.json:5:28: error: edges\[0\]: toID "7" names no node/);
    assert.match(out, /in 18 claims, 17 relations/);
  });

  it('builds a folder that holds an Argdown file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-folder-'));
    writeFileSync(join(dir, 'debate.argdown'), '# Homework {id: school}\n\n[thesis]: Schools should stop setting homework.\n\n[sleep]: Homework takes time from sleep.\n  +> [thesis]\n');
    const built = await argmap('build', dir);
    assert.equal(built.code, 0, built.err);
    assert.deepEqual(relationsOf(JSON.parse(built.out)), ['sleep supports thesis']);
  });
});
