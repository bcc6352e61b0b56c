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
