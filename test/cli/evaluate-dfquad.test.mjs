// `argmap evaluate --semantics dfquad`: how strong each claim is, from its attackers and supporters.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

const root = new URL('../../', import.meta.url).pathname;
const school = 'test/fixtures/weighed-school.md';
const cake = 'test/fixtures/af-cake.md';

function argmap(...args) {
  const result = spawnSync(process.execPath, [join(root, 'bin/argmap.js'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function json(...args) {
  const result = argmap(...args, '--json');
  assert.equal(result.code, 0, result.err);
  return JSON.parse(result.out);
}

describe('argmap evaluate --semantics dfquad', () => {
  it('weighs a thesis with two supporters above its one open attack', () => {
    // Leaves keep the base 0.5; the thesis: support 1 − 0.5·0.5 = 0.75 > attack 0.5, so 0.5 + 0.5·0.25.
    assert.deepEqual(json('evaluate', school, '--semantics', 'dfquad'), {
      semantics: 'dfquad',
      base: 0.5,
      strengths: { 'later-start': 0.625, sleep: 0.5, grades: 0.5, buses: 0.5 },
    });
    // Grounded semantics, blind to supports, calls the same thesis defeated.
    assert.equal(json('evaluate', school).labels['later-start'], 'out');
  });

  it('starts every claim from --base', () => {
    // Base 0.8: support 1 − 0.2·0.2 = 0.96 > attack 0.8, so 0.8 + 0.2·0.16 = 0.832.
    const { strengths } = json('evaluate', school, '--semantics', 'dfquad', '--base', '0.8');
    assert.ok(Math.abs(strengths['later-start'] - 0.832) < 1e-12);
    assert.equal(strengths.buses, 0.8);
  });

  it('takes base scores from the evidence with --base evidence', () => {
    const uniforms = json('evaluate', 'test/fixtures/case-uniforms.md', '--semantics', 'dfquad', '--base', 'evidence');
    assert.equal(uniforms.base, 'evidence');
    // Quoted by a news report (weight 0.4): 0.25 + 0.75·0.4; nothing argues about it.
    assert.ok(Math.abs(uniforms.strengths['uniforms-expression-survey'] - 0.55) < 1e-12);
    // Quoted by a machine-generated article (weight 0.1): 0.25 + 0.75·0.1.
    assert.ok(Math.abs(uniforms.strengths['uniforms-cost-hidden'] - 0.325) < 1e-12);
  });

  it('applies --reject and --concede', () => {
    // Concede the attack (1) and reject one supporter (0): support 0.5 < attack 1, so 0.5 − 0.5·0.5 = 0.25.
    const { strengths } = json('evaluate', school, '--semantics', 'dfquad', '--concede', 'buses', '--reject', 'grades');
    assert.deepEqual(strengths, { 'later-start': 0.25, sleep: 0.5, grades: 0, buses: 1 });
  });

  it('reports the claims on cycles and whether their strengths settled', () => {
    const result = json('evaluate', cake, '--semantics', 'dfquad');
    assert.equal(result.converged, true);
    assert.ok(result.cyclic.includes('butler') && result.cyclic.includes('witness-a'));
    assert.ok(!result.cyclic.includes('cook'));
    // camera 0.5 → alibi 0.25 → cook 0.5 − 0.5·0.25, exact: no cycle above them.
    assert.equal(result.strengths.cook, 0.375);
    // The odd cycle of witnesses, each 0.5 − 0.5·v, settles at 1/3.
    assert.ok(Math.abs(result.strengths['witness-a'] - 1 / 3) < 1e-8);
  });

  it('prints a readable table without --json', () => {
    const { code, out } = argmap('evaluate', school, '--semantics', 'dfquad');
    assert.equal(code, 0);
    assert.match(out, /^ +0\.625 +later-start +The school day should start later\.$/m);
    assert.match(out, /DF-QuAD strengths from base score 0\.5 \(no cycles: exact\)/);
  });

  it('refuses a base outside 0 to 1, or a base without dfquad', () => {
    for (const base of ['1.5', '2', 'half', '']) {
      const { code, err } = argmap('evaluate', school, '--semantics', 'dfquad', '--base', base);
      assert.equal(code, 2, base);
      assert.match(err, /--base is a number from 0 to 1/);
    }
    assert.match(argmap('evaluate', school, '--base', '0.5').err, /--base is for --semantics dfquad/);
    assert.match(argmap('evaluate', school, '--semantics', 'dfquad2').err, /grounded, preferred or dfquad/);
  });
});
