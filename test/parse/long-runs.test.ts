import { expect } from '@open-wc/testing';
import { highlightSegments } from '../../src/coverage/highlight-segments.js';
import { splitParagraphs } from '../../src/coverage/paragraphs.js';
import { splitSentences } from '../../src/coverage/sentences.js';
import { sourceCoverage } from '../../src/coverage/source-coverage.js';
import { evidenceCards } from '../../src/model/case/evidence-card.js';
import { MapIndex, searchClaims } from '../../src/model/queries.js';
import { isCitation, isId, parseCitation, splitField, splitIdAndText, splitList, splitStance } from '../../src/parse/fields.js';
import { joinLines } from '../../src/parse/join-lines.js';
import { parseMap } from '../../src/parse/parse-map.js';
import { isPlainLine } from '../../src/parse/plain-line.js';
import { trimmedSlice } from '../../src/parse/whitespace.js';

/**
 * Every reader of map text, run on a line made of one character repeated a million times (then
 * one that ends the pattern): no regular expression may backtrack over such a run. Each call
 * must end within a second (they take milliseconds); a backtracking pattern takes minutes.
 */
const RUN = 1_000_000;
const CHARACTERS = [' ', '\t', '\u00a0', '-', '—', '–', '.', ',', ':', '`', '#', '>', '*', '_', '"', '!', 'a', '1', '\n'];

const readers: [string, (line: string) => unknown][] = [
  ['isId', isId],
  ['splitIdAndText', splitIdAndText],
  ['splitField', splitField],
  ['splitList', splitList],
  ['isCitation', isCitation],
  ['parseCitation', parseCitation],
  ['splitStance', splitStance],
  ['joinLines', joinLines],
  ['isPlainLine', (line) => isPlainLine(line, 0, line.length)],
  ['trimmedSlice', (line) => trimmedSlice(line, 0, line.length)],
  ['splitParagraphs', splitParagraphs],
  ['splitSentences', (line) => splitSentences(line, { start: 0, end: line.length })],
  ['sourceCoverage', (line) => sourceCoverage(line, [{ start: 0, end: 10 }])],
  ['highlightSegments', (line) => highlightSegments({ start: 0, end: line.length }, [{ start: 5, end: 50, claim: 'a' }])],
  ['searchClaims', (line) => searchClaims({ threads: [], claims: [{ id: 'a', text: line, thread: 't', tags: [], quotes: [] }], relations: [], sources: [] }, `${line} a`)],
  ['evidenceCards', (line) => {
    const map = { threads: [], claims: [{ id: 'a', text: line, thread: 't', tags: [], quotes: [{ text: line, source: 's' }] }], relations: [],
      sources: [{ id: 's', title: line, kind: line, url: `https://${line}`, author: line, stances: [] }] };
    return evidenceCards(map.claims[0], new MapIndex(map));
  }],
];

function withinASecond(what: string, run: () => unknown): void {
  const started = performance.now();
  run();
  expect(performance.now() - started, what).to.be.below(1000);
}

describe('readers on a line of a million repeated characters', () => {
  for (const [name, read] of readers) {
    it(`${name} reads it in linear time`, () => {
      for (const c of CHARACTERS) {
        for (const line of [`${c.repeat(RUN)}x`, `a ${c.repeat(RUN)}`]) {
          withinASecond(`${name} on ${JSON.stringify(c)} × ${RUN}`, () => read(line));
        }
      }
    });
  }

  const place = ['# t: Thread?\n\n## c: A claim.\n\n', '', '\n\n# Sources\n\n## s: A source\n\n- stance:\n  - t: failed', ''];
  const wheres: [string, (run: string) => string][] = [
    ['a thread heading', (run) => `# t${run}: Thread?\n`],
    ['a claim heading', (run) => `# t: T?\n\n## c: ${run}x\n`],
    ['a claim field', (run) => `${place[0]}- supports: ${run}x\n`],
    ['a tags field', (run) => `${place[0]}- tags: a,${run}x\n`],
    ['a quote', (run) => `${place[0]}> ${run}x\n>\n> — s\n`],
    ['a citation', (run) => `${place[0]}> words\n>\n> — ${run}x\n`],
    ['a note', (run) => `${place[0]}${run}x\n`],
    ['a stance', (run) => `${place[2]}${run}x\n`],
    ['a stance summary', (run) => `${place[2]} —${run}x\n`],
  ];
  for (const [where, file] of wheres) {
    it(`the whole parser reads such a run in ${where}, with diagnostics rather than a hang`, () => {
      for (const c of [' ', '-', '—', '.', ':', '`', '>', 'a']) {
        withinASecond(`${where} with ${JSON.stringify(c)} × ${RUN}`, () => parseMap([{ name: 'long.md', text: file(c.repeat(RUN)) }]));
      }
    });
  }
});
