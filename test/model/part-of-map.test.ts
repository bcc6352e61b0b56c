import { expect } from '@open-wc/testing';
import { partOfMap } from '../../src/model/part-of-map.js';
import { parseMap } from '../../src/parse/parse-map.js';

const text = `# a: A?

## a1: First.

> W.
>
> — s1

## a2: Second.

- attacks: a1
- supports: b1

> W.
>
> — s2

# b: B?

## b1: Third.

> W.
>
> — s1

# Sources

## s1: One

## s2: Two
`;

describe('partOfMap', () => {
  it('keeps the chosen claims with the relations between them, their threads and the sources they quote', () => {
    const { map } = parseMap([{ name: 'm.md', text }]);
    const part = partOfMap(map, new Set(['a1', 'a2']));
    expect(part.claims.map((c) => c.id)).to.deep.equal(['a1', 'a2']);
    expect(part.relations.map((r) => `${r.from} ${r.kind} ${r.to}`)).to.deep.equal(['a2 attacks a1']);
    expect(part.threads.map((t) => t.id)).to.deep.equal(['a']);
    expect(part.sources.map((s) => s.id)).to.deep.equal(['s1', 's2']);
    expect(partOfMap(map, new Set(['b1'])).sources.map((s) => s.id)).to.deep.equal(['s1']);
  });
});
