import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseMap } from '../../src/parse/parse-map.js';
import { applyAssumptions, assumptionProblems } from '../../src/model/semantics/assumptions.js';
import { evaluate } from '../../src/model/semantics/evaluate.js';
import { type ArgumentationFramework, frameworkOf, frameworkOfMap } from '../../src/model/semantics/framework.js';
import { groundedLabelling } from '../../src/model/semantics/grounded.js';
import type { Labelling } from '../../src/model/semantics/labelling.js';
import { preferredExtensions } from '../../src/model/semantics/preferred.js';

/** A framework written the way textbooks draw it: `a>b` means a attacks b. */
function af(args: string, attacks = ''): ArgumentationFramework {
  return frameworkOf(args.split(' '), attacks.split(' ').filter(Boolean).map((p) => p.split('>') as [string, string]));
}

/** Labels as `a:in b:out`, easy to compare with the textbook. */
function show(labels: Labelling): string {
  return [...labels].map(([id, label]) => `${id}:${label}`).join(' ');
}

function preferred(framework: ArgumentationFramework, options = {}) {
  const result = preferredExtensions(framework, options);
  if (result.status !== 'done') throw new Error(result.reason);
  return result;
}

describe('grounded labelling on the textbook frameworks', () => {
  it('accepts an unattacked argument', () => {
    expect(show(groundedLabelling(af('a')))).to.equal('a:in');
  });

  it('reinstates along a chain: a defends c against b', () => {
    expect(show(groundedLabelling(af('a b c d', 'a>b b>c c>d')))).to.equal('a:in b:out c:in d:out');
  });

  it('leaves an even cycle undecided', () => {
    expect(show(groundedLabelling(af('a b', 'a>b b>a')))).to.equal('a:undec b:undec');
  });

  it('leaves an odd cycle undecided', () => {
    expect(show(groundedLabelling(af('a b c', 'a>b b>c c>a')))).to.equal('a:undec b:undec c:undec');
  });

  it('leaves a self-attacking argument and what it attacks undecided', () => {
    expect(show(groundedLabelling(af('a b', 'a>a a>b')))).to.equal('a:undec b:undec');
  });

  it('settles a self-attacking argument that something unattacked defeats', () => {
    expect(show(groundedLabelling(af('a b c', 'a>a a>b c>a')))).to.equal('a:out b:in c:in');
  });

  it('breaks an odd cycle attacked from outside', () => {
    expect(show(groundedLabelling(af('a b c d', 'a>b b>c c>a d>a')))).to.equal('a:out b:in c:out d:in');
  });

  it('leaves a floating argument undecided, though every preferred view accepts it', () => {
    expect(show(groundedLabelling(af('a b c d', 'a>b b>a a>c b>c c>d')))).to.equal('a:undec b:undec c:undec d:undec');
  });
});

describe('preferred extensions on the textbook frameworks', () => {
  it('an even cycle has one extension per side', () => {
    const result = preferred(af('a b', 'a>b b>a'));
    expect(result.extensions).to.deep.equal([['a'], ['b']]);
    expect(show(result.labels)).to.equal('a:undec b:undec');
  });

  it('an odd cycle has only the empty extension', () => {
    expect(preferred(af('a b c', 'a>b b>c c>a')).extensions).to.deep.equal([[]]);
  });

  it('a self-attacking argument is in no extension', () => {
    expect(preferred(af('a b', 'a>a a>b')).extensions).to.deep.equal([[]]);
  });

  it('a reinstatement chain has the grounded extension as its only one', () => {
    expect(preferred(af('a b c d', 'a>b b>c c>d')).extensions).to.deep.equal([['a', 'c']]);
  });

  it('a floating argument is in every extension, so sceptically in; what both sides defeat is out', () => {
    const result = preferred(af('a b c d', 'a>b b>a a>c b>c c>d'));
    expect(result.extensions).to.deep.equal([['a', 'd'], ['b', 'd']]);
    expect(show(result.labels)).to.equal('a:undec b:undec c:out d:in');
  });

  it('an even cycle feeding an odd one: {a} and {b, d}', () => {
    const result = preferred(af('a b c d e', 'a>b b>a b>c c>d d>e e>c'));
    expect(result.extensions).to.deep.equal([['a'], ['b', 'd']]);
  });

  it('independent cycles multiply: two even cycles give four extensions', () => {
    const result = preferred(af('a b c d', 'a>b b>a c>d d>c'));
    expect(result.extensions).to.deep.equal([['a', 'c'], ['a', 'd'], ['b', 'c'], ['b', 'd']]);
  });

  it('keeps the grounded part in every extension', () => {
    const result = preferred(af('x y a b', 'x>y a>b b>a'));
    expect(result.extensions).to.deep.equal([['x', 'a'], ['x', 'b']]);
    expect(show(result.labels)).to.equal('x:in y:out a:undec b:undec');
  });

  it('skips the search when too many claims are undecided, and says so, keeping grounded labels', () => {
    const ids = Array.from({ length: 24 }, (_, i) => `c${i}`);
    const cycle = af(ids.join(' '), ids.map((id, i) => `${id}>${ids[(i + 1) % ids.length]}`).join(' '));
    const skipped = preferredExtensions(cycle);
    expect(skipped.status).to.equal('skipped');
    if (skipped.status === 'skipped') {
      expect(skipped.reason).to.contain('24 claims are undecided');
      expect(skipped.undecided).to.equal(24);
      expect([...skipped.labels.values()].every((l) => l === 'undec')).to.equal(true);
    }
    const searched = preferred(cycle, { maxUndecided: 30 });
    expect(searched.extensions).to.have.length(2);
  });

  it('finishes quickly on the largest part it agrees to search', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `c${i}`);
    const attacks = ids.flatMap((id, i) => [`${id}>${ids[(i + 1) % 20]}`, `${id}>${ids[(i + 7) % 20]}`, `${ids[(i + 3) % 20]}>${id}`]);
    const started = performance.now();
    preferred(af(ids.join(' '), attacks.join(' ')));
    expect(performance.now() - started).to.be.below(2000);
  });
});

describe('assuming claims rejected or conceded', () => {
  it('a rejected claim is out, and what it attacked is free of it', () => {
    expect(show(groundedLabelling(af('a b c', 'a>b b>c'), { rejected: ['a'] }))).to.equal('a:out b:in c:out');
  });

  it('a conceded claim is in, and whatever attacks it or it attacks is out', () => {
    expect(show(groundedLabelling(af('a b c', 'a>b b>c'), { conceded: ['b'] }))).to.equal('a:out b:in c:out');
    expect(show(groundedLabelling(af('a b', 'a>b b>a'), { conceded: ['a'] }))).to.equal('a:in b:out');
  });

  it('conceding one side of an even cycle leaves one preferred extension', () => {
    expect(preferred(af('a b', 'a>b b>a'), { conceded: ['b'] }).extensions).to.deep.equal([['b']]);
  });

  it('rejected claims are in no preferred extension', () => {
    const result = preferred(af('a b c d', 'a>b b>a a>c b>c c>d'), { rejected: ['a'] });
    expect(result.extensions).to.deep.equal([['b', 'd']]);
    expect(show(result.labels)).to.equal('a:out b:in c:out d:in');
  });

  it('leaves the framework untouched when nothing is assumed', () => {
    const framework = af('a b', 'a>b');
    expect(applyAssumptions(framework).framework).to.equal(framework);
  });

  it('reports unknown claims and contradictory assumptions as problems, not exceptions', () => {
    const problems = assumptionProblems(af('a b c', 'a>b b>a'), { rejected: ['a', 'zz'], conceded: ['a', 'b', 'c'] });
    expect(problems.map((p) => p.code)).to.deep.equal(['unknown-claim', 'rejected-and-conceded', 'conceded-conflict']);
    expect(problems[0].message).to.contain('"zz"');
    expect(problems[2].message).to.contain('"a" and "b"');
  });
});

describe('evaluating a map', () => {
  const { map } = parseMap([{ name: 'map.md', text: [
    '# t: Is it?', '## thesis: It is.', '## pro: A reason.', '- supports: thesis',
    '## con: An objection.', '- attacks: thesis', '## rebuttal: The objection fails.', '- attacks: con',
    '# Sources', '## s: S',
  ].join('\n\n') }]);

  it('takes claims as arguments and only attacks as attacks', () => {
    const framework = frameworkOfMap(map);
    expect(framework.arguments).to.deep.equal(['thesis', 'pro', 'con', 'rebuttal']);
    expect([...framework.attackers.get('thesis')!]).to.deep.equal(['con']);
    expect(show(evaluate(framework).labels)).to.equal('thesis:in pro:in con:out rebuttal:in');
  });

  it('updates at once when the user rejects the rebuttal', () => {
    const evaluation = evaluate(frameworkOfMap(map), { semantics: 'preferred', rejected: ['rebuttal'] });
    expect(evaluation.extensions).to.deep.equal([['pro', 'con']]);
    expect(show(evaluation.labels)).to.equal('thesis:out pro:in con:in rebuttal:out');
  });
});

/** Every subset of the arguments, the slow and obvious way, to check the fast search against. */
function maximalAdmissible(framework: ArgumentationFramework): string[][] {
  const args = framework.arguments;
  const attacks = (x: string, y: string) => framework.attackers.get(y)!.has(x);
  const admissible: string[][] = [];
  for (let mask = 0; mask < 1 << args.length; mask++) {
    const set = args.filter((_, i) => mask & (1 << i));
    const conflictFree = set.every((x) => set.every((y) => !attacks(x, y)));
    const defends = set.every((x) => [...framework.attackers.get(x)!].every((b) => set.some((d) => attacks(d, b))));
    if (conflictFree && defends) admissible.push(set);
  }
  return admissible.filter((s) => !admissible.some((t) => t.length > s.length && s.every((x) => t.includes(x))));
}

describe('the search agrees with brute force on random frameworks', () => {
  const frameworks = fc.integer({ min: 1, max: 8 }).chain((n) =>
    fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 16 }).map((pairs) =>
      frameworkOf(Array.from({ length: n }, (_, i) => `a${i}`), pairs.map(([x, y]) => [`a${x}`, `a${y}`] as const))));

  it('preferred extensions are exactly the maximal admissible sets', () => {
    fc.assert(fc.property(frameworks, (framework) => {
      const found = preferred(framework).extensions.map((e) => e.join(' ')).sort();
      const expected = maximalAdmissible(framework).map((e) => e.join(' ')).sort();
      expect(found).to.deep.equal(expected);
    }), { numRuns: 300 });
  });

  it('the grounded extension is the least fixed point of "defended by"', () => {
    fc.assert(fc.property(frameworks, (framework) => {
      const attacks = (x: string, y: string) => framework.attackers.get(y)!.has(x);
      let accepted: string[] = [];
      for (;;) {
        const defended = framework.arguments.filter((x) => [...framework.attackers.get(x)!].every((b) => accepted.some((d) => attacks(d, b))));
        if (defended.length === accepted.length) break;
        accepted = defended;
      }
      const labels = groundedLabelling(framework);
      expect([...labels].filter(([, l]) => l === 'in').map(([id]) => id)).to.deep.equal(accepted);
      const defeated = framework.arguments.filter((x) => [...framework.attackers.get(x)!].some((a) => accepted.includes(a)));
      expect([...labels].filter(([, l]) => l === 'out').map(([id]) => id)).to.deep.equal(defeated);
    }), { numRuns: 300 });
  });

  it('the grounded extension is in every preferred extension', () => {
    fc.assert(fc.property(frameworks, (framework) => {
      const grounded = [...groundedLabelling(framework)].filter(([, l]) => l === 'in').map(([id]) => id);
      for (const extension of preferred(framework).extensions) expect(extension).to.include.members(grounded);
    }), { numRuns: 300 });
  });
});
