// `argmap evaluate`: which claims stand, under grounded or preferred semantics.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { argmap } from './in-process.mjs';

const root = new URL('../../', import.meta.url).pathname;
const cake = 'test/fixtures/af-cake.md';


async function json(...args) {
  const result = await argmap(...args, '--json');
  assert.equal(result.code, 0, result.err);
  return JSON.parse(result.out);
}

describe('argmap evaluate', () => {
  it('labels every claim under grounded semantics by default', async () => {
    assert.deepEqual(await json('evaluate', cake), {
      semantics: 'grounded',
      labels: {
        butler: 'undec', maid: 'undec', nobody: 'undec', 'case-open': 'undec',
        'witness-a': 'undec', 'witness-b': 'undec', 'witness-c': 'undec',
        camera: 'in', alibi: 'out', cook: 'in',
      },
    });
  });

  it('lists the preferred extensions, and labels a floating argument in', async () => {
    const result = await json('evaluate', cake, '--semantics', 'preferred');
    assert.equal(result.semantics, 'preferred');
    assert.deepEqual(result.extensions, [['butler', 'case-open', 'camera', 'cook'], ['maid', 'case-open', 'camera', 'cook']]);
    assert.deepEqual(
      Object.entries(result.labels).filter(([, label]) => label !== 'undec').map(([id, label]) => `${id}:${label}`),
      ['nobody:out', 'case-open:in', 'camera:in', 'alibi:out', 'cook:in'],
    );
  });

  it('takes rejected and conceded claims as given', async () => {
    const rejected = await json('evaluate', cake, '--reject', 'camera');
    assert.deepEqual([rejected.labels.camera, rejected.labels.alibi, rejected.labels.cook], ['out', 'in', 'out']);
    const both = await json('evaluate', cake, '--semantics', 'preferred', '--reject', 'camera,maid', '--concede', 'witness-a');
    // Conceding witness A defeats both the witness it accuses and the one who accuses it.
    assert.deepEqual(both.extensions, [['butler', 'case-open', 'witness-a', 'alibi']]);
    assert.deepEqual([both.labels['witness-b'], both.labels['witness-c']], ['out', 'out']);
  });

  it('prints one line per claim with its label, then the counts', async () => {
    const { code, out } = await argmap('evaluate', cake, '--semantics', 'preferred');
    assert.equal(code, 0);
    assert.match(out, /^in     camera     The camera shows the cook's alibi is false\.$/m);
    assert.match(out, /^undec  butler     The butler took the cake\.$/m);
    assert.match(out, /^3 in, 2 out, 5 undec \(preferred\)$/m);
    assert.match(out, /^preferred extension 2: maid, case-open, camera, cook$/m);
  });

  it('evaluates the shipped map and the JSON that build writes alike', async () => {
    const fromMarkdown = await json('evaluate');
    assert.ok(Object.keys(fromMarkdown.labels).length > 50);
    assert.ok(Object.values(fromMarkdown.labels).every((label) => ['in', 'out', 'undec'].includes(label)));
    assert.equal(fromMarkdown.labels['sanctions-had-impact'], 'in');
    const dir = mkdtempSync(join(tmpdir(), 'argmap-'));
    assert.equal((await argmap('build', 'arguments/', '-o', join(dir, 'map.json'))).code, 0);
    assert.deepEqual(await json('evaluate', join(dir, 'map.json')), fromMarkdown);
  });

  it('says in one line what is wrong with the command', async () => {
    const cases = [
      [['evaluate', cake, '--semantics', 'stable'], 2, /^argmap: --semantics is grounded, preferred or dfquad, not "stable"\n$/],
      [['evaluate', cake, '--bogus'], 2, /unknown option --bogus/],
      [['evaluate', cake, '--json=yes'], 2, /does not take an argument/],
      [['evaluate', cake, '--reject', 'camera', '--concede', 'camera'], 2, /"camera" is both rejected and conceded/],
      [['evaluate', cake, '--concede', 'butler,maid'], 2, /conceded claims "butler" and "maid" cannot both hold/],
      [['evaluate', cake, '--reject', 'sherlock'], 1, /^argmap: "sherlock" is not a claim of this map\n$/],
    ];
    for (const [args, exit, message] of cases) {
      const { code, out, err } = await argmap(...args);
      assert.equal(code, exit, args.join(' '));
      assert.match(err, message, args.join(' '));
      assert.equal(out, '');
    }
  });
});
