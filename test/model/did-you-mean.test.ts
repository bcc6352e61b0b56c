import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseMap } from '../../src/parse/parse-map.js';
import { editDistance, MAX_ID_LENGTH, MAX_SUGGESTION_SEARCHES, NearMisses, SuggestionBudget } from '../../src/model/did-you-mean.js';

/** What "did you mean" must say, written plainly: every known id compared in full. */
function plainNearest(wanted: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(wanted.length / 3)) + 1;
  for (const id of known) {
    if (id === '' || id.length > MAX_ID_LENGTH) continue;
    const distance = editDistance(wanted, id);
    if (distance < bestDistance) [best, bestDistance] = [id, distance];
  }
  return best;
}

describe('did you mean', () => {
  it('suggests the nearest id, the first on a tie, as comparing every id would (fast-check)', () => {
    const id = fc.stringMatching(/^[abc-]{0,12}$/);
    fc.assert(fc.property(fc.array(id, { maxLength: 30 }), id, (known, wanted) => {
      expect(new NearMisses(known).nearest(wanted)).to.equal(plainNearest(wanted, known));
    }), { numRuns: 500 });
  });

  it('says it as a clause to add to a message', () => {
    const claims = new NearMisses(['sanctions-thesis', 'controls-failed']);
    expect(claims.didYouMean('sanctions-thesys')).to.equal('; did you mean "sanctions-thesis"?');
    expect(claims.didYouMean('nothing-like-it')).to.equal('');
  });

  it('does not search for ids over the length limit', () => {
    const long = 'a'.repeat(MAX_ID_LENGTH + 1);
    expect(new NearMisses([`${long}b`]).nearest(long)).to.equal(undefined);
  });

  it('stops suggesting when the run has searched enough, and answers an id it has searched again for free', () => {
    const budget = new SuggestionBudget();
    const claims = new NearMisses(['claim-1', 'claim-2'], budget);
    for (let i = 0; i < MAX_SUGGESTION_SEARCHES; i++) claims.nearest(`other-${i}`);
    expect(claims.nearest('claim-3')).to.equal(undefined);
    expect(claims.nearest('other-1')).to.equal(undefined);
  });

  it('answers quickly among 20,000 ids, for 20,000 unknown ones', () => {
    const claims = new NearMisses(Array.from({ length: 20_000 }, (_, i) => `claim-${i}`));
    const started = performance.now();
    let suggested = 0;
    for (let i = 0; i < 20_000; i++) if (claims.nearest(`claim-${i}x`) !== undefined) suggested++;
    expect(suggested).to.be.greaterThan(0).and.at.most(MAX_SUGGESTION_SEARCHES);
    expect(performance.now() - started).to.be.below(5000);
  });
});

describe('the id length limit', () => {
  it('makes an id over 200 characters an error where it is written, shown cut short', () => {
    const long = `c${'x'.repeat(MAX_ID_LENGTH)}`;
    const { diagnostics } = parseMap([{ name: 'long.md', text: `# t: T?\n\n## ${long}: A claim.\n\n- supports: ${long}y\n` }]);
    const tooLong = diagnostics.find((d) => d.code === 'long-id')!;
    expect(tooLong).to.include({ file: 'long.md', line: 3, column: 4, severity: 'error' });
    expect(tooLong.message).to.contain(`is ${MAX_ID_LENGTH + 1} characters long; an id may have at most ${MAX_ID_LENGTH}`);
    const unknown = diagnostics.find((d) => d.code === 'unknown-claim')!;
    expect(unknown.message).to.not.contain('did you mean');
    expect(unknown.message.length).to.be.below(200);
  });
});
