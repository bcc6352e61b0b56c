import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isId, parseCitation, splitField, splitIdAndText, splitList, splitSpeech } from '../../src/parse/fields.js';
import { joinLines, joinLineSpans } from '../../src/parse/join-lines.js';

/**
 * The readers of `key: value` lines are written by hand for speed; each must read exactly what
 * the regular expression that specifies it reads.
 */
const pieces = fc.constantFrom(' ', '\n', '\t', '\u00a0', '\u2028', '\ufeff', ':', '::', '`', ',', 'a', 'B', '1', '-', '--', '_', '.', 'x y',
  '#', '—', '–', '―', 'é', '\ud83d\ude00', '  ');
/** Citations, mostly well formed: a dash, maybe a speaker and a comma, a source id. */
const citationLike = fc.tuple(fc.constantFrom('—', '– ', '— ', '--', '-', ' — ', 'x'), fc.array(pieces, { maxLength: 5 }), fc.constantFrom(', ', ',', ' , ', ''), fc.constantFrom('s1', 'src.x', '`s2`', 'a b', ''), fc.constantFrom('', ' ', '\n'))
  .map(([dash, speaker, comma, id, end]) => `${dash}${speaker.join('')}${comma}${id}${end}`);
const fieldLike = fc.oneof(fc.array(pieces, { maxLength: 14 }).map((p) => p.join('')), fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 20 }), citationLike);

const specification = {
  isId: (text: string) => /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(text),
  splitIdAndText(heading: string) {
    const match = /^`?([^\s:`]+)`?\s*:\s*(.*)$/s.exec(heading.trim());
    if (!match || !specification.isId(match[1])) return undefined;
    return { id: match[1], text: match[2].trim() };
  },
  splitField(line: string) {
    const match = /^([A-Za-z0-9][A-Za-z0-9 _.-]*?)\s*:\s*(.*)$/s.exec(line.trim());
    if (!match) return undefined;
    return { key: match[1].toLowerCase(), written: match[1], value: match[2].trim() };
  },
  splitList: (value: string) => value.split(/[,\s]+/).map((part) => part.replace(/^`|`$/g, '').trim()).filter((part) => part.length > 0),
  parseCitation(text: string) {
    const body = text.trim().replace(/^(?:—|–|―|--?)\s*/, '').replace(/\s+/g, ' ').trim();
    const comma = body.lastIndexOf(',');
    const source = (comma < 0 ? body : body.slice(comma + 1)).trim().replace(/^`|`$/g, '');
    const speaker = comma < 0 ? undefined : body.slice(0, comma).trim();
    return speaker ? { source, speaker } : { source };
  },
  joinLines: (text: string) => text.replace(/\s*\n\s*/g, ' ').trim(),
};

describe('field readers read what their patterns specify (fast-check)', () => {
  const cases = [
    ['isId', isId],
    ['splitIdAndText', splitIdAndText],
    ['splitField', splitField],
    ['splitList', splitList],
    ['parseCitation', parseCitation],
    ['joinLines', joinLines],
  ] as const;
  for (const [name, read] of cases) {
    it(name, () => {
      fc.assert(fc.property(fieldLike, (text) => {
        expect((read as (text: string) => unknown)(text), JSON.stringify(text)).to.deep.equal(specification[name](text));
      }), { numRuns: 3000 });
    });
  }

  it('joinLineSpans, on the lines of a text', () => {
    fc.assert(fc.property(fieldLike, fc.nat(3), (text, from) => {
      const spans: number[] = [];
      for (let start = 0; ;) {
        const end = text.indexOf('\n', start);
        spans.push(start, end < 0 ? text.length : end);
        if (end < 0) break;
        start = end + 1;
      }
      const first = Math.min(from, spans.length / 2) * 2;
      const lines = text.split('\n').slice(first / 2).join('\n');
      expect(joinLineSpans(text, spans, first, spans.length), JSON.stringify(text)).to.equal(first < spans.length ? specification.joinLines(lines) : '');
    }), { numRuns: 3000 });
  });

  it('on the lines maps are made of', () => {
    expect(splitIdAndText('`sanctions-failed`: Export controls failed ')).to.deep.equal({ id: 'sanctions-failed', text: 'Export controls failed' });
    expect(splitField('Supports : a, `b`')).to.deep.equal({ key: 'supports', written: 'Supports', value: 'a, `b`' });
    expect(parseCitation('— Jane Doe, study')).to.deep.equal({ source: 'study', speaker: 'Jane Doe' });
    expect(parseCitation('-- study')).to.deep.equal({ source: 'study' });
    expect(splitSpeech('Donald Trump (reported)')).to.deep.equal({ speaker: 'Donald Trump', speech: 'reported' });
    expect(splitSpeech('Russ Mould (AJ Bell)')).to.deep.equal({ speaker: 'Russ Mould (AJ Bell)' });
    expect(joinLines('Children who do\nhomework  \n  sleep less.')).to.equal('Children who do homework sleep less.');
  });
});
