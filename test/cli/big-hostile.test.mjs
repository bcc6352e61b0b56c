// Issue #21: files a hostile (or just unlucky) author produces in seconds must not hang the
// checker or crash it. Each input is generated into a temporary folder and run through the
// built CLI with 1 GB of heap; every command must answer within 10 s with exit 0 or 1, never 70.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { argmapWithinBounds } from './bounded-argmap.mjs';
import {
  aifChain, binaryBytes, chain, hugeFile, kialoCrowd, longIds, manyClaims, manyRelations, nestedQuotes, stanceLine, unknownRelations,
} from '../../bench/lib/hostile-inputs.mjs';

const root = new URL('../../', import.meta.url).pathname;
const cli = join(root, 'dist/cli/argmap.js');
let dir;

/** Runs argmap with 1 GB of heap, within 10 s of processor time (see bounded-argmap.mjs). */
function argmap(...args) {
  return argmapWithinBounds(args, { cwd: dir });
}

/** Exit 0 or 1, and something said: a result on stdout or in the output file, or diagnostics. */
function assertAnswered(result, output) {
  assert.ok(result.code === 0 || result.code === 1, `exit ${result.code}: ${result.err.slice(-500)}`);
  assert.doesNotMatch(result.err, /internal error/);
  const said = result.out.length > 0 || result.err.length > 0 || (output !== undefined && existsSync(output));
  assert.ok(said, 'printed nothing');
}

function write(name, text) {
  writeFileSync(join(dir, name), text);
  return name;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'argmap-big-hostile-'));
  assert.ok(existsSync(cli), 'run `npm run build:cli` first');
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('argmap on big and hostile inputs (issue #21)', () => {
  it('check: a stance line of 1,000,000 spaces', () => {
    const file = write('stance.md', stanceLine());
    assertAnswered(argmap('check', file));
  });

  it('check: relations naming unknown ids of a few kB each', () => {
    const result = argmap('check', write('long-ids.md', longIds()));
    assertAnswered(result);
    assert.equal(result.code, 1);
    assert.match(result.all, /long-ids\.md:\d+:\d+: error: .*names unknown claim "bbbbb/);
    // An id past the limit is shown cut short, not echoed whole.
    assert.ok(result.all.split('\n').every((line) => line.length < 1000));
  });

  it('check: 20,000 relations to unknown claims, each still reported', () => {
    const result = argmap('check', write('unknown.md', unknownRelations(20_000)));
    assertAnswered(result);
    assert.equal(result.code, 1);
    assert.equal(result.all.match(/names unknown claim "missing-/g).length, 20_000);
  });

  it('build --layout and brief: a chain of 12,000 claims', () => {
    const file = write('chain-12000.md', chain(12_000));
    assertAnswered(argmap('build', file, '--layout', '-o', 'chain-12000.json'), join(dir, 'chain-12000.json'));
    const claims = JSON.parse(readFileSync(join(dir, 'chain-12000.json'), 'utf8')).claims;
    assert.ok(claims.every((c) => Number.isFinite(c.position?.x) && Number.isFinite(c.position?.y)));
    const brief = argmap('brief', file, '--claim', 'c0', '--side', 'for');
    assertAnswered(brief);
    assert.match(brief.out, /### Claim 11999\./);
  });

  it('build --layout: a chain of 100,000 claims', () => {
    const output = join(dir, 'chain-100000.json');
    assertAnswered(argmap('build', write('chain-100000.md', chain(100_000)), '--layout', '-o', output), output);
  });

  it('brief: a Kialo export of 100,000 claims', () => {
    const result = argmap('brief', write('kialo.txt', kialoCrowd(100_000)), '--claim', '1', '--side', 'against');
    assertAnswered(result);
    assert.match(result.out, /^# Brief against: The thesis\./);
  });

  it('build --layout: AIF with 5,000 nodes', () => {
    const output = join(dir, 'aif-5000.json');
    assertAnswered(argmap('build', write('aif-5000.json', aifChain(5_000)), '--layout', '-o', output), output);
  });

  it('build --layout: AIF with 50,000 nodes', () => {
    const output = join(dir, 'aif-50000.json');
    assertAnswered(argmap('build', write('aif-50000.json', aifChain(50_000)), '--layout', '-o', output), output);
  });
});

// Issue #13's probe categories that the rows above leave out: each answers within the same bounds.
describe('argmap on huge and malformed files (issue #13)', () => {
  it('check: a 50 MB file is refused with a diagnostic before it is parsed', () => {
    const result = argmap('check', write('huge.md', hugeFile(50e6)));
    assertAnswered(result);
    assert.equal(result.code, 1);
    assert.match(result.out, /huge\.md:1:1: error: .*(larger|too large|characters)/i);
  });

  it('check: a claim with 1,000,000 relations is read, and each unknown claim reported', () => {
    const result = argmap('check', write('relations.md', manyRelations(1_000_000)));
    assertAnswered(result);
    assert.equal(result.code, 1);
    assert.match(result.out, /names unknown claim "x999999"/);
  });

  it('check: block quotes nested 100,000 deep are refused, not recursed into', () => {
    const result = argmap('check', write('nested.md', nestedQuotes(100_000)));
    assertAnswered(result);
    assert.equal(result.code, 1);
    assert.match(result.out, /nested\.md:\d+:\d+: error: .*nest/i);
  });

  it('check: 100,000 claims in one file', () => {
    const result = argmap('check', write('many.md', manyClaims(100_000)));
    assertAnswered(result);
    assert.match(result.all, /100000 claims|100,000 claims/);
  });

  it('check: binary bytes, invalid UTF-8, a bare JSON value and an empty file are errors that say what they are', () => {
    const bytes = binaryBytes();
    for (const [name, content, said] of [
      ['picture.md', bytes, /not a text file/],
      ['latin1.md', Buffer.from('# t: Caf\xe9?\n\n## c: Cr\xe8me.\n', 'latin1'), /not a text file|UTF-8/],
      ['value.json', '42', /error/],
      ['empty.md', '', /error/],
    ]) {
      writeFileSync(join(dir, name), content);
      const result = argmap('check', name);
      assertAnswered(result);
      assert.equal(result.code, 1, `${name}: ${result.all}`);
      assert.match(result.all, said, name);
    }
  });
});

