import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { exportAif } from '../../src/interop/aif-export.js';
import { inCanonicalOrder } from '../../src/interop/canonical-order.js';
import { exportJson } from '../../src/interop/json-export.js';
import { exportMarkdown } from '../../src/interop/markdown-export.js';
import { importAif } from '../../src/interop/aif-import.js';
import { idFromTitle, UniqueIds } from '../../src/interop/imported-names.js';
import { mapFromJson } from '../../src/model/from-json.js';
import type { ArgumentMap, Claim, Source, Thread } from '../../src/model/types.js';
import { parseMap } from '../../src/parse/parse-map.js';
import { hostileMap } from './hostile-maps.js';
import { plain, relationLines, written } from './helpers.js';

// Each export of a random, hostile map reads back as the same map, up to the normalisations each
// exporter documents (written out again here, as a specification), or is refused with problems.

const LINE_BREAKS = /[\n\r\u2028\u2029]/;

/** Trimmed, each run of whitespace holding a line break made one space. */
function folded(text: string): string {
  return text.split(LINE_BREAKS).map((line) => line.trim()).filter((line) => line !== '').join(' ');
}

/** Trimmed paragraphs, one blank line between them. */
function asParagraphs(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029]/g, '\n').split(/\n(?:[ \t]*\n)+/).map((p) => p.trim()).filter((p) => p !== '').join('\n\n');
}

/** What `inMarkdownForm` promises, without its code. */
function markdownSpecification(map: ArgumentMap): ArgumentMap {
  const threads: Thread[] = map.threads.map((t) => {
    const description = asParagraphs(t.description ?? '');
    return description ? { id: t.id, title: folded(t.title), description } : { id: t.id, title: folded(t.title) };
  });
  for (const claim of map.claims) if (!threads.some((t) => t.id === claim.thread)) threads.push({ id: claim.thread, title: claim.thread });
  const claims: Claim[] = map.claims.map((c) => {
    const note = asParagraphs(c.note ?? '');
    const quotes = c.quotes.map((q) => {
      const speaker = (q.speaker ?? '').replace(/\s+/g, ' ').trim();
      // A speaker's words are direct speech unless the quote says otherwise.
      return speaker ? { text: folded(q.text), source: q.source, speaker, speech: q.speech ?? 'direct' } : { text: folded(q.text), source: q.source };
    });
    const claim: Claim = { id: c.id, text: folded(c.text), thread: c.thread, tags: c.tags, quotes };
    return note ? { ...claim, note } : claim;
  });
  const sources: Source[] = map.sources.map((s) => {
    const source: Source = { id: s.id, title: folded(s.title), stances: s.stances.map((x) => ({ thread: x.thread, position: folded(x.position), summary: folded(x.summary) })) };
    for (const key of ['file', 'author', 'outlet', 'date', 'url', 'kind'] as const) if (s[key] !== undefined) source[key] = folded(s[key]!);
    if (s.note !== undefined) source.note = asParagraphs(s.note);
    return source;
  });
  return inCanonicalOrder({ threads, claims, relations: map.relations, sources });
}

/** Refused exports name what they cannot write. */
function expectNamedProblems(result: { ok: false; problems: { message: string; severity: string }[] }): void {
  expect(result.problems).to.not.be.empty;
  for (const problem of result.problems) {
    expect(problem.severity).to.equal('error');
    expect(problem.message).to.match(/^(thread|claim|relation|source) "|^and \d+ more things /);
  }
}

describe('every export reads back as the same map, or is refused (fast-check)', () => {
  it('Markdown', function () {
    // Each map is written, read back by the exporter, then read again here: generous on a busy machine.
    this.timeout(120_000);
    let written = 0;
    fc.assert(fc.property(hostileMap, (map) => {
      const result = exportMarkdown(map);
      if (!result.ok) return expectNamedProblems(result);
      written++;
      expect(plain(parseMap([{ name: 'export.md', text: result.text }]).map)).to.deep.equal(plain(markdownSpecification(map)));
    }), { numRuns: 250 });
    // Refusals are for what the format cannot hold, not for everything hostile.
    expect(written).to.be.greaterThan(25);
  });

  it('JSON: everything, except that empty notes, descriptions and speakers are left out, and a speaker\'s words are direct speech unless said otherwise', function () {
    this.timeout(60_000);
    fc.assert(fc.property(hostileMap, (map) => {
      const back = mapFromJson(JSON.parse(written(exportJson(map))));
      expect(back.diagnostics).to.deep.equal([]);
      const expected = plain(map);
      for (const thread of expected.threads) if (!thread.description) delete thread.description;
      for (const claim of expected.claims) {
        if (!claim.note) delete claim.note;
        for (const quote of claim.quotes) {
          if (!quote.speaker) delete quote.speaker;
          else quote.speech ??= 'direct';
        }
      }
      expect(plain(back.map)).to.deep.equal(expected);
    }), { numRuns: 200 });
  });

  it('AIF: the claims and relations, texts on one line, ids that are not map ids made slugs', function () {
    this.timeout(60_000);
    fc.assert(fc.property(hostileMap, (map) => {
      const back = importAif(written(exportAif(map)), 'export.json').map;
      const ids = new UniqueIds();
      const idOf = new Map(map.claims.map((c) => [c.id, ids.claim(idFromTitle(c.id), 'node')]));
      expect(back.claims.map((c) => [c.id, c.text])).to.deep.equal(map.claims.map((c) => [idOf.get(c.id), c.text.replace(/\s+/g, ' ').trim()]));
      // The reader puts relations in canonical order: grouped by the claim they start from, in claim order.
      const relations = new Set<string>();
      const rank = new Map(map.claims.map((c, i) => [c.id, i]));
      const grouped = map.relations.map((r, i) => ({ r, i })).sort((a, b) => rank.get(a.r.from)! - rank.get(b.r.from)! || a.i - b.i).map(({ r }) => r);
      for (const r of grouped) if (r.from !== r.to) relations.add(`${idOf.get(r.from)} ${r.kind} ${idOf.get(r.to)}`);
      expect(relationLines(back)).to.deep.equal([...relations]);
    }), { numRuns: 200 });
  });
});

describe('what the Markdown export refuses or escapes (issues #13 and #22)', () => {
  const base = (claim: Partial<Claim>, source: Partial<Source> = {}): ArgumentMap => ({
    threads: [{ id: 't', title: 'T?' }],
    claims: [{ id: 'a', text: 'A.', thread: 't', tags: [], quotes: [{ text: 'Words.', source: 's' }], ...claim }],
    relations: [],
    sources: [{ id: 's', title: 'S', stances: [], ...source }],
  });
  const refusal = (map: ArgumentMap): string => {
    const result = exportMarkdown(map);
    if (result.ok) throw new Error(`written:\n${result.text}`);
    return result.problems.map((p) => p.message).join('\n');
  };

  it('names every note and quote it cannot write, not only the first', () => {
    const map = base({ note: '- a list', quotes: [{ text: 'Fine.', source: 's' }, { text: '<!-- swallows the citation', source: 's' }] });
    map.threads[0].description = '# a heading';
    map.claims.push({ id: 'b', text: 'B.', thread: 't', tags: [], quotes: [], note: 'Fine.\n\n> a quote without a citation' });
    expect(refusal(map).split('\n').map((line) => line.replace(/ cannot be written.*/, ''))).to.deep.equal([
      'thread "t": its description', 'claim "a": its note', 'claim "a": its quote 2', 'claim "b": its note',
    ]);
  });

  it('refuses a note that would add claims, relations and sources, naming the claim and the field', () => {
    expect(refusal(base({ note: 'Note.\n\n## b: B.\n- supports: a' }))).to.match(/^claim "a": its note cannot be written in Markdown/);
    expect(refusal(base({}, { url: 'http://x\n\n## s2: S2\n- file: ../../etc/passwd' }))).to.match(/^source "s": its url .* a url is one line/);
  });

  it('refuses a quote that opens an HTML or code block, which would swallow its citation', () => {
    expect(refusal(base({ quotes: [{ text: '<script>words', source: 's' }] }))).to.match(/^claim "a": its quote 1 cannot be written in Markdown as it is \(a quote needs words, and they must not open a code or HTML block/);
    expect(refusal(base({ quotes: [{ text: '``` words', source: 's' }] }))).to.match(/^claim "a": its quote 1 cannot be written/);
  });

  it('refuses ids the format cannot spell: __proto__, ids with spaces', () => {
    const map = base({ id: '__proto__' });
    map.claims.push({ id: 'a b', text: 'B.', thread: 't', tags: [], quotes: [] });
    map.relations.push({ from: 'a b', to: '__proto__', kind: 'supports' });
    expect(refusal(map)).to.equal([
      'claim "__proto__": id "__proto__" cannot be written in Markdown: ids start with a letter or digit, followed by letters, digits, "-", "_" and "."',
      'claim "a b": id "a b" cannot be written in Markdown: ids start with a letter or digit, followed by letters, digits, "-", "_" and "."',
      'relation "a b supports __proto__": target id "__proto__" cannot be written in Markdown: ids start with a letter or digit, followed by letters, digits, "-", "_" and "."',
    ].join('\n'));
  });

  it('refuses tags with a space or a comma, and writes a backtick at a tag\'s end inside backticks', () => {
    expect(refusal(base({ tags: ['x), (y'] }))).to.match(/^claim "a": tag "x\), \(y" cannot be written in Markdown/);
    const text = written(exportMarkdown(base({ tags: ['`code`', 'c#'] })));
    expect(text).to.contain('- tags: ``code``, c#');
    expect(parseMap([{ name: 'x.md', text }]).map.claims[0].tags).to.deep.equal(['`code`', 'c#']);
  });

  it('keeps a claim that ends in "#" with a closing "#", and folds line breaks in one-line texts', () => {
    const text = written(exportMarkdown(base({ text: 'We are\n#1 #' })));
    expect(text).to.contain('## a: We are #1 # #\n');
    expect(parseMap([{ name: 'x.md', text }]).map.claims[0].text).to.equal('We are #1 #');
  });

  it('writes Markdown syntax inside texts as it is: the reader keeps it word for word', () => {
    const claim = { text: '> not a quote *or* `code` \\ [link](x) <b>', note: '(1) first\n*Emphasis* stays\n\nC# and 1.5 \\# too' };
    const text = written(exportMarkdown(base(claim)));
    const back = parseMap([{ name: 'x.md', text }]).map.claims[0];
    expect([back.text, back.note]).to.deep.equal([claim.text, claim.note]);
  });
});
