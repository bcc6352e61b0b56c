import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { inCanonicalOrder } from '../../src/interop/canonical-order.js';
import { exportJson } from '../../src/interop/json-export.js';
import { exportMarkdown } from '../../src/interop/markdown-export.js';
import type { ArgumentMap, Claim, Source, Thread } from '../../src/model/types.js';
import { parseMap } from '../../src/parse/parse-map.js';
import { fixtureText, plain, shippedMapFiles, written } from './helpers.js';

function readBack(markdown: string): ArgumentMap {
  return parseMap([{ name: 'exported.md', text: markdown }]).map;
}

describe('exporting a map to our Markdown', () => {
  it('writes threads, claims with their fields, notes and quotes, then the sources', () => {
    const map: ArgumentMap = {
      threads: [{ id: 'school', title: 'Should schools stop setting homework?', description: 'Primary schools only.' }],
      claims: [
        { id: 'thesis', text: 'Schools should stop setting homework.', thread: 'school', tags: [], quotes: [] },
        {
          id: 'steals-time', text: 'Homework takes time from sleep.', thread: 'school', tags: ['sleep', 'time'], note: 'The strongest pro.',
          quotes: [{ text: 'Children sleep half an hour less.', source: 'study', speaker: 'Jane Doe', speech: 'reported' }],
        },
      ],
      relations: [{ from: 'steals-time', to: 'thesis', kind: 'supports' }],
      sources: [{ id: 'study', title: 'A study', file: 'study.txt', kind: 'news report', stances: [{ thread: 'school', position: 'pro', summary: 'Sleep loss.' }] }],
    };
    expect(written(exportMarkdown(map))).to.equal(`# school: Should schools stop setting homework?

Primary schools only.

## thesis: Schools should stop setting homework.

## steals-time: Homework takes time from sleep.

- tags: sleep, time
- supports: thesis

The strongest pro.

> Children sleep half an hour less.
>
> — Jane Doe (reported), study

# Sources

## study: A study

- file: study.txt
- kind: news report
- stance:
  - school: pro — Sleep loss.
`);
  });

  it('reads back as the same map: the small fixture', async () => {
    const { map } = parseMap([{ name: 'small.md', text: await fixtureText('small.md') }]);
    expect(plain(readBack(written(exportMarkdown(map))))).to.deep.equal(plain(map));
  });

  it('reads back as the same map: the shipped map in arguments/, seven files in one', async () => {
    const { map, diagnostics } = parseMap(await shippedMapFiles());
    expect(diagnostics.filter((d) => d.severity === 'error')).to.deep.equal([]);
    const exported = written(exportMarkdown(map));
    expect(plain(readBack(exported))).to.deep.equal(plain(map));
    expect(written(exportJson(readBack(exported)))).to.equal(written(exportJson(map)));
  });

  it('reads back as the same map: any map the format can hold (fast-check)', () => {
    fc.assert(fc.property(arbitraryMap, (map) => {
      expect(plain(readBack(written(exportMarkdown(map))))).to.deep.equal(plain(map));
    }), { numRuns: 150 });
  });

  it('keeps the order of relations when a claim supports, attacks, then supports again', () => {
    const map: ArgumentMap = {
      threads: [{ id: 't', title: 'T?' }],
      claims: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `${id.toUpperCase()}.`, thread: 't', tags: [], quotes: [] })),
      relations: [
        { from: 'a', to: 'b', kind: 'supports' }, { from: 'a', to: 'c', kind: 'attacks' }, { from: 'a', to: 'd', kind: 'supports' },
      ],
      sources: [],
    };
    expect(written(exportMarkdown(map))).to.contain('- supports: b\n- attacks: c\n- supports: d');
    expect(plain(readBack(written(exportMarkdown(map))))).to.deep.equal(plain(map));
  });
});

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
// Stance lines (`- thread-id: position`) are read with the field reader, whose keys are letters and dashes only.
const threadId = fc.stringMatching(/^[a-z][a-z-]{0,8}$/);
const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9’'?]{0,8}$/);
const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
/** Paragraphs of lines, as a note or description written in Markdown holds them. */
const paragraphs = fc.array(fc.array(sentence, { minLength: 1, maxLength: 2 }).map((lines) => lines.join('\n')), { minLength: 1, maxLength: 2 })
  .map((ps) => ps.join('\n\n'));

const arbitraryMap: fc.Arbitrary<ArgumentMap> = fc.record({
  threadIds: fc.uniqueArray(threadId, { minLength: 1, maxLength: 3 }),
  claimIds: fc.uniqueArray(id, { minLength: 1, maxLength: 8 }),
  sourceIds: fc.uniqueArray(id, { maxLength: 3 }),
}).chain(({ threadIds, claimIds, sourceIds }) => {
  const thread: fc.Arbitrary<Thread>[] = threadIds.map((tid) => fc.record(
    { id: fc.constant(tid), title: sentence, description: paragraphs }, { requiredKeys: ['id', 'title'] }));
  const quote = fc.record({ text: sentence, source: sourceIds.length > 0 ? fc.constantFrom(...sourceIds) : id, speaker: sentence }, { requiredKeys: ['text', 'source'] })
    .chain((q) => (q.speaker === undefined ? fc.constant(q) : fc.constantFrom('direct' as const, 'reported' as const, 'relayed' as const).map((speech) => ({ ...q, speech }))));
  const claim: fc.Arbitrary<Claim>[] = claimIds.map((cid) => fc.record({
    id: fc.constant(cid), text: sentence, thread: fc.constantFrom(...threadIds), tags: fc.array(id, { maxLength: 3 }),
    quotes: fc.array(quote, { maxLength: 2 }), note: paragraphs,
  }, { requiredKeys: ['id', 'text', 'thread', 'tags', 'quotes'] }));
  const relation = fc.record({ from: fc.constantFrom(...claimIds), to: fc.constantFrom(...claimIds), kind: fc.constantFrom('supports' as const, 'attacks' as const) });
  const stance = fc.record({ thread: fc.constantFrom(...threadIds), position: sentence, summary: fc.oneof(fc.constant(''), sentence) });
  const source: fc.Arbitrary<Source>[] = sourceIds.map((sid) => fc.record({
    id: fc.constant(sid), title: sentence, file: id.map((f) => `${f}.txt`), author: sentence, outlet: sentence, date: fc.constant('2025-01-28'),
    url: id.map((p) => `https://example.org/${p}`), kind: sentence, note: fc.oneof(sentence, paragraphs), stances: fc.array(stance, { maxLength: 2 }),
  }, { requiredKeys: ['id', 'title', 'stances'] }));
  return fc.record({ threads: fc.tuple(...thread), claims: fc.tuple(...claim), relations: fc.array(relation, { maxLength: 10 }), sources: fc.tuple(...source) })
    .map((map) => inCanonicalOrder(map));
});
