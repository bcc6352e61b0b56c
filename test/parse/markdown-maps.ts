import fc from 'fast-check';

/** Generators of Markdown maps for property tests, right and wrong. */

export const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);

export const words = fc.array(fc.constantFrom('chips', 'China', 'export', 'controls', 'failed', '“quoted”', '—', '<b>x</b>', '*em*', '`code`', '[l](x)', '\\', ':', ','), { maxLength: 8 })
  .map((w) => w.join(' '));

const indent = fc.constantFrom('', ' ', '  ', '    ', '\t', '> ', '>> ');

/** Lines a map author might write, and many they should not. */
export const mapLine = fc.oneof(
  fc.tuple(fc.constantFrom('#', '##', '###', '####'), fc.option(id), words).map(([h, i, w]) => `${h} ${i ? `${i}: ` : ''}${w}`),
  fc.tuple(indent, fc.constantFrom('-', '*', '1.', '+'), fc.constantFrom('supports', 'attacks', 'tags', 'refutes', 'file', 'stance', 'kind', 'url'), fc.array(id, { maxLength: 3 }))
    .map(([i, m, k, ids]) => `${i}${m} ${k}: ${ids.join(', ')}`),
  fc.tuple(fc.constantFrom('>', '> ', '>>', ''), words).map(([q, w]) => `${q}${w}`),
  fc.tuple(fc.constantFrom('> — ', '> -- ', '— '), fc.option(words), id).map(([d, s, i]) => `${d}${s ? `${s}, ` : ''}${i}`),
  fc.constantFrom('', '', '# Sources', '```', '---', '<div>', '</div>', '[ref]: javascript:x', '| a | b |', '|---|---|'),
  fc.string(),
);

export const markdownMap = fc.array(mapLine, { maxLength: 60 }).map((lines) => lines.join('\n'));

/**
 * Lines of the plain subset maps are written in (headings, fields, nested stances, quotes,
 * notes, blank lines), with near misses mixed in: trailing spaces, `#tags`, odd citations,
 * blank quote lines, a no-break space. Most of these maps are read by the line scanner.
 */
export const plainLine = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('#', '##', '##', '###'), id, words, fc.constantFrom('', '', '', ' ', ' #', '#')).map(([h, i, w, t]) => `${h} ${i}: ${w}${t}`) },
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom('supports', 'attacks', 'tags', 'stance', 'file', 'Kind'), fc.array(id, { maxLength: 3 }), fc.array(words, { maxLength: 2 }), fc.constantFrom('', '', '', '', '', ' '))
    .map(([k, ids, nested, t]) => [`- ${k}:${ids.map((i) => ` ${i}`).join(',')}${t}`, ...nested.map((w) => `  - t:${w && ` ${w}`}`)].join('\n')) },
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom('> ', '> ', '>', ''), words).map(([q, w]) => `${q}${w}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('> — ', '> -- ', '> – ', '— '), fc.option(words), id).map(([d, s, i]) => `${d}${s ? `${s}, ` : ''}${i}`) },
  { weight: 4, arbitrary: fc.constantFrom('', '', '', '', '', '>', '> ', '# Sources', 'A note.', 'A note.', '#tag', '  - t: failed — why', '\u00a0', 'line  ') },
);

export const plainMap = fc.array(plainLine, { maxLength: 60 }).map((lines) => lines.join('\n'));

/** Characters and pieces that start, end or break Markdown blocks, packed densely. */
export const blockSoup = fc.array(fc.constantFrom('-', ' ', '>', '#', 'a', 'b', '\n', '\n', '\n', '*', '1', '.', ')', '\u00a0', '=', '|', ':',
  '`', '[', ']', '_', '- ', '  - ', '> ', '## ', 'x: y', '\t', '```', '~~~', '<div>', '    ', '[a]: b', '\r', '+ ', '[ ] ', '|-|'), { maxLength: 80 })
  .map((pieces) => pieces.join(''));

/** A well-formed map of `claims` claims, a support tree under one thesis. */
export function bigMap(claims: number): string {
  const parts = ['# t: A big thread?\n\n## c0: The thesis.\n\n> Words.\n>\n> — s\n'];
  for (let i = 1; i < claims; i++) {
    parts.push(`## c${i}: Claim number ${i}.\n\n- ${i % 3 ? 'supports' : 'attacks'}: c${Math.floor((i - 1) / 3)}\n\n> Words ${i}.\n>\n> — s\n`);
  }
  parts.push('# Sources\n\n## s: S\n');
  return parts.join('\n');
}

/** Words for quotes and notes, with the whitespace quirks joining lines must get right. */
const quoteLine = fc.tuple(
  fc.constantFrom('', '', '', '', '\u00a0'),
  fc.array(fc.constantFrom('chips', 'China', '“quoted”', '—', 'export', 'controls,', 'failed.', 'a\u00a0b', '2025'), { minLength: 1, maxLength: 6 }),
  fc.constantFrom('', '', '', ' ', '  ', '\u00a0'),
).map(([before, w, after]) => `${before}${w.join(' ')}${after}`);

const paragraphLines = fc.array(fc.oneof({ weight: 9, arbitrary: quoteLine }, { weight: 1, arbitrary: fc.constant('\u00a0') }), { minLength: 1, maxLength: 3 });

/** A quote: paragraphs of `> ` lines, blank `>` lines between them, then a citation. */
const quoteBlock = fc.tuple(
  fc.array(paragraphLines, { minLength: 0, maxLength: 3 }),
  fc.constantFrom('>', '> ', '>'),
  fc.constantFrom('— ', '-- ', '– ', '—'),
  fc.option(fc.constantFrom('An analyst', 'Jensen Huang', 'A, B')),
  fc.constantFrom('s1', 's2', 'src.x', 'bad id', ''),
  fc.array(quoteLine, { maxLength: 1 }),
).map(([paragraphs, blank, dash, speaker, source, more]) => [
  ...paragraphs.flatMap((lines, i) => [...(i > 0 ? [blank] : []), ...lines.map((line) => `> ${line}`)]),
  ...(paragraphs.length > 0 ? [blank] : []),
  `> ${dash}${speaker ? `${speaker}, ` : ''}${source}`,
  ...more.map((line) => `> ${line}`),
].join('\n'));

const claimBlock = fc.tuple(
  id,
  fc.array(fc.tuple(fc.constantFrom('supports', 'attacks', 'tags', 'Supports'), fc.array(id, { minLength: 1, maxLength: 2 })).map(([k, ids]) => `- ${k}: ${ids.join(', ')}`), { maxLength: 3 }),
  fc.option(quoteLine),
  fc.array(quoteBlock, { maxLength: 3 }),
).map(([claimId, fields, note, quotes]) => [`## ${claimId}: ${claimId} is a claim.`, fields.join('\n'), note ?? '', ...quotes].filter(Boolean).join('\n\n'));

const sourceBlock = fc.tuple(id, fc.array(fc.tuple(id, quoteLine).map(([t, w]) => `  - ${t}: failed — ${w.trim() || 'why'}`), { maxLength: 3 }))
  .map(([sourceId, stances]) => [`## ${sourceId}: A source`, `- file: ${sourceId}.txt\n- stance:${stances.length ? `\n${stances.join('\n')}` : ''}`].join('\n\n'));

/**
 * Maps as authors write them: threads of claims with fields, notes and quotes of several lines
 * and paragraphs (with stray spaces and no-break spaces), then sources with stances. Most are
 * read by the line scanner; the properties compare that with marked.
 */
export const wellFormedMap = fc.tuple(
  fc.array(fc.tuple(id, fc.array(claimBlock, { minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 3 }),
  fc.array(sourceBlock, { maxLength: 2 }),
).map(([threads, sources]) => [
  ...threads.map(([threadId, claims]) => [`# ${threadId}: Did it work?`, ...claims].join('\n\n')),
  ['# Sources', ...sources].join('\n\n'),
].join('\n\n'));
