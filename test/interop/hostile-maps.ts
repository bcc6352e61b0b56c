import fc from 'fast-check';
import type { ArgumentMap, Claim, Quote, Source, Stance, Thread } from '../../src/model/types.js';

/**
 * Random maps that a format may not hold: ids such as `__proto__`, `constructor` or `a b`, texts
 * with line breaks and the characters that start Markdown or Argdown syntax, empty and padded values.
 */
const awkwardId = fc.constantFrom('__proto__', 'constructor', 'toString', 'r0', 'a b', 'x.y', '_a', '1', '2025', 'a:b', 'true');
export const hostileId = fc.oneof({ weight: 8, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/) }, { weight: 1, arbitrary: awkwardId });

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z0-9]{1,6}$/) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(' ', '  ', '\n', '\n\n', '\r\n', '\u2028', '\t', '#', '# ', ' #', '>', '> ', '- ', '-', '* ', '+ ', '1. ', '2) ', ')', '(',
      ':', ', ', ',', '[', ']', '[a]: b', '*', '`', '```', '~~~', '<script>', '<!--', '<div>', '|', '| a |', '===', '---', '\\', '— ', ' — ', ' -- ',
      '## x: y', '- supports: a', '- file: ../../etc/passwd', 'file: x', '.y.', ':smile:', '{id: x}', '@[a]', '+>', 'é', '中文', '😀', '\u00a0'),
  },
);
export const hostileText = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));
const optionalText = fc.option(hostileText, { nil: undefined });

export const hostileMap: fc.Arbitrary<ArgumentMap> = fc.record({
  threadIds: fc.uniqueArray(hostileId, { minLength: 1, maxLength: 3 }),
  claimIds: fc.uniqueArray(hostileId, { minLength: 1, maxLength: 6 }),
  sourceIds: fc.uniqueArray(hostileId, { maxLength: 2 }),
}).chain(({ threadIds, claimIds, sourceIds }) => {
  const thread = (id: string): fc.Arbitrary<Thread> => fc.record({ title: hostileText, description: optionalText })
    .map(({ title, description }) => (description === undefined ? { id, title } : { id, title, description }));
  const quote: fc.Arbitrary<Quote> = fc.record({ text: hostileText, source: sourceIds.length > 0 ? fc.constantFrom(...sourceIds) : hostileId, speaker: optionalText })
    .map(({ text, source, speaker }) => (speaker === undefined ? { text, source } : { text, source, speaker }));
  const tag = fc.oneof({ weight: 6, arbitrary: fc.stringMatching(/^[a-z`][a-z0-9#`-]{0,6}$/) }, { weight: 1, arbitrary: hostileText });
  const claim = (id: string): fc.Arbitrary<Claim> => fc.record({
    text: hostileText, thread: fc.constantFrom(...threadIds), tags: fc.array(tag, { maxLength: 2 }), quotes: fc.array(quote, { maxLength: 2 }), note: optionalText,
  }).map(({ note, ...rest }) => (note === undefined ? { id, ...rest } : { id, ...rest, note }));
  const relation = fc.record({ from: fc.constantFrom(...claimIds), to: fc.constantFrom(...claimIds), kind: fc.constantFrom('supports' as const, 'attacks' as const) });
  const stance: fc.Arbitrary<Stance> = fc.record({ thread: fc.constantFrom(...threadIds), position: hostileText, summary: hostileText });
  const source = (id: string): fc.Arbitrary<Source> => fc.record({
    title: hostileText, file: optionalText, author: optionalText, url: optionalText, note: optionalText, stances: fc.array(stance, { maxLength: 2 }),
  }).map(({ title, stances, ...fields }) => {
    const made: Source = { id, title, stances };
    for (const [key, value] of Object.entries(fields) as [keyof typeof fields, string | undefined][]) if (value !== undefined) made[key] = value;
    return made;
  });
  return fc.record({
    threads: fc.tuple(...threadIds.map(thread)),
    claims: fc.tuple(...claimIds.map(claim)),
    relations: fc.array(relation, { maxLength: 6 }),
    sources: fc.tuple(...sourceIds.map(source)),
  });
});
