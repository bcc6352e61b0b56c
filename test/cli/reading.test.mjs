// Every way argmap reads a map, on hostile input: encodings, files that hold no map, index and
// source files that point outside their folder, JSON diagnostics at their values, names that
// are Object.prototype members. The page reads the same fixtures in test/components/reading.test.ts.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { argmap } from './in-process.mjs';

const root = new URL('../../', import.meta.url).pathname;
const encodings = join(root, 'test/fixtures/encodings');


function tempDir(files = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'argmap-reading-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const MAP = '# t: Does it read?\n\n## a: The first claim.\n\n- supports: b\n\n## b: The second claim.\n';

describe('argmap reads every encoding the page reads, and refuses what is not a map', () => {
  const expected = JSON.parse(readFileSync(join(encodings, 'expected.json'), 'utf8'));
  for (const [name, want] of Object.entries(expected)) {
    it(name, async () => {
      const { code, out, err } = await argmap('check', `test/fixtures/encodings/${name}`);
      if (want.error) {
        assert.equal(code, 1, out + err);
        assert.match(out, new RegExp(`^test/fixtures/encodings/${name.replace('.', '\\.')}:1:1: error: ${want.error}`, 'm'));
        assert.doesNotMatch(err, /internal error|\n\s+at /);
      } else {
        assert.equal(code, 0, out + err);
        assert.match(out, new RegExp(`in ${want.claims} claims, ${want.relations} relations`));
        assert.doesNotMatch(out, /: error: /);
      }
    });
  }

  it('says what a map is when given a web page: argmap check index.html', async () => {
    const { code, out } = await argmap('check', 'index.html');
    assert.equal(code, 1);
    assert.match(out, /^index\.html:1:1: error: this is an HTML page, not a map: check the path or URL; expected a Markdown map: a "# thread-id: Question" heading/m);
  });
});

describe('index files and source texts stay inside their folder', () => {
  it('refuses index entries that go up, are absolute, are URLs or link outside, and reads the rest', async () => {
    const outside = tempDir({ 'secret.md': '# secret: Secret?\n\n## leaked: This must not be read.\n' });
    const dir = tempDir({ 'debate.md': MAP, 'part/two.md': '# u: Another thread?\n\n## c: A third claim.\n\n- attacks: a\n' });
    symlinkSync(join(outside, 'secret.md'), join(dir, 'link.md'));
    writeFileSync(join(dir, 'index.json'), JSON.stringify({
      files: ['debate.md', 'part/two.md', '../../../../root/.bashrc', join(outside, 'secret.md'), 'https://example.com/x.md', 'link.md', 'part/%2e%2e/%2e%2e/x.md', 'missing.md'],
    }, null, 2));
    for (const command of [['check'], ['build', '-o', join(dir, 'out.json')]]) {
      const { code, out, err } = await argmap(command[0], join(dir, 'index.json'), ...command.slice(1));
      const said = out + err;
      assert.equal(code, 1, said);
      assert.doesNotMatch(said, /leaked|This must not be read/);
      // Entry i is on line i + 3 of the index.
      const at = (entry, why) => assert.match(said, new RegExp(`index\\.json:${entry + 3}:5: error: files\\[${entry}\\]: ${why}`));
      at(2, '"\\.\\./\\.\\./\\.\\./\\.\\./root/\\.bashrc" goes up out of the index’s folder');
      at(3, '".*secret\\.md" is an absolute path');
      at(4, '"https://example\\.com/x\\.md" is a URL');
      at(5, '"link\\.md" leads outside .* \\(to .*secret\\.md\\)');
      at(6, '"part/%2e%2e/%2e%2e/x\\.md" goes up');
      at(7, '"missing\\.md" names no file');
    }
    const { out } = await argmap('check', join(dir, 'index.json'));
    assert.match(out, /in 3 claims, 2 relations/);
  });

  it('does not read a source text that links outside the sources folder, and names no file outside it', async () => {
    const outside = tempDir({ 'passwd.txt': 'root:x:0:0:root:/root:/bin/bash\n' });
    const dir = tempDir({
      'map.md': '# t: T?\n\n## a: A claim.\n\n> root:x:0:0\n>\n> — s\n\n## b: Another claim.\n\n> root:x:0:0\n>\n> — p\n\n# Sources\n\n## s: Linked\n\n- file: linked.txt\n\n## p: Up\n\n- file: ../../etc/passwd\n',
      'sources/plain.txt': 'A plain source.\n',
    });
    symlinkSync(join(outside, 'passwd.txt'), join(dir, 'sources/linked.txt'));
    const { code, out } = await argmap('check', dir);
    assert.equal(code, 1, out);
    assert.match(out, /sources\/linked\.txt:1:1: error: this source text is a link that leads outside .*: not read/);
    assert.match(out, /source "p" names file "\.\.\/\.\.\/etc\/passwd", which is not among the source texts/);
    assert.doesNotMatch(out, /quote not found|root:x:0:0:root/);
  });

  it('does not take a sources folder beside the map that links out of the map’s folder', async () => {
    const outside = tempDir({ 'a.txt': 'anything\n' });
    const dir = tempDir({ 'map.md': MAP });
    symlinkSync(outside, join(dir, 'sources'));
    const { out } = await argmap('check', dir);
    assert.match(out, /quotes not checked: pass --sources DIR/);
  });
});

describe('JSON diagnostics point at the value they are about', () => {
  it('unknown claims, duplicate ids, unknown sources and bad fields, at file:line:col', async () => {
    const json = [
      '{',
      '  "threads": [{ "id": "t", "title": "T?" }],',
      '  "claims": [',
      '    { "id": "a", "text": "A.", "thread": "t", "tags": [], "quotes": [{ "text": "q", "source": "nowhere" }] },',
      '    { "id": "a", "text": "Again.", "thread": "t", "tags": [], "quotes": [] },',
      '    { "id": 7, "text": "B.", "thread": "t", "tags": [], "quotes": [] }',
      '  ],',
      '  "relations": [',
      '    { "from": "a", "to": "ghost", "kind": "supports" }',
      '  ],',
      '  "sources": []',
      '}',
    ].join('\n');
    const dir = tempDir({ 'map.json': json });
    const { code, out } = await argmap('check', join(dir, 'map.json'));
    assert.equal(code, 1);
    const lines = out.split('\n').filter((l) => l.includes(': error: ')).map((l) => l.slice(dir.length + 1));
    assert.deepEqual(lines, [
      'map.json:4:95: error: quote cites unknown source "nowhere"',
      `map.json:5:13: error: claim id "a" is already used (first at ${dir}/map.json:4): give this claim another id`,
      'map.json:6:13: error: claims[2].id: expected a string, got number',
      'map.json:9:5: error: "supports: ghost" names unknown claim "ghost"',
    ]);
  });
});

describe('names that are Object.prototype members', () => {
  it('a file named map.constructor is read as Markdown, and -o out.constructor names no format', async () => {
    const dir = tempDir({ 'map.constructor': MAP });
    const checked = await argmap('check', join(dir, 'map.constructor'));
    assert.equal(checked.code, 0, checked.out + checked.err);
    const converted = await argmap('convert', join(dir, 'map.constructor'), '-o', join(dir, 'out.constructor'));
    assert.equal(converted.code, 2);
    assert.match(converted.err, /^argmap: -o .*out\.constructor: unknown format: .*use --to FORMAT/);
  });

  it('AIF scheme nodes of type constructor, toString or __proto__ make no relation; an object as an id is an error', async () => {
    const aif = {
      nodes: [{ nodeID: 'a', type: 'I', text: 'A.' }, { nodeID: 'b', type: 'I', text: 'B.' },
        { nodeID: 's1', type: 'constructor' }, { nodeID: 's2', type: 'toString' }, { nodeID: 's3', type: '__proto__' }],
      edges: [{ fromID: 'a', toID: 's1' }, { fromID: 's1', toID: 'b' }, { fromID: 'a', toID: 's2' }, { fromID: 's2', toID: 'b' },
        { fromID: 'a', toID: 's3' }, { fromID: 's3', toID: 'b' }, { fromID: { toString: 1 }, toID: 'b' }],
    };
    const dir = tempDir({ 'corpus.json': JSON.stringify(aif, null, 1) });
    const checked = await argmap('check', join(dir, 'corpus.json'));
    assert.equal(checked.code, 1, checked.out + checked.err);
    assert.match(checked.out, /error: edges\[6\]\.fromID: expected a string or number, got object/);
    assert.match(checked.out, /in 2 claims, 0 relations/);
    assert.doesNotMatch(checked.out + checked.err, /internal error|function Object/);
  });

  it('an Argdown title that Argdown cannot hold is an error at the title', async () => {
    const dir = tempDir({ 'map.argdown': '# Thread\n\n[a]: A statement.\n  + [constructor]: Another.\n' });
    const { code, out } = await argmap('check', join(dir, 'map.argdown'));
    assert.equal(code, 1);
    assert.match(out, /map\.argdown:4:5: error: Argdown cannot read a statement or argument titled "constructor"/);
  });
});
