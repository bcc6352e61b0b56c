// The hostile inputs of issue 21, for the CLI test (test/cli/big-quotes.test.mjs) and the benchmark:
// maps whose quotes are all missing from their sources, written into a folder as `map.md` and
// `sources/source.txt`. Deterministic: the same inputs on every run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = ('analysts said the figures show that shipments of advanced accelerators fell sharply while prices rose ' +
  'and several companies reported delays in training runs although others found ways to rent capacity abroad ' +
  'the ministry argued that the policy was working but independent researchers noted gaps in enforcement').split(' ');

/** mulberry32, as bench/debate.ts. */
function randomFrom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About `length` characters of prose from the word list, one line (no line breaks). */
function prose(random, length) {
  const words = [];
  let size = 0;
  while (size < length) {
    const word = WORDS[Math.floor(random() * WORDS.length)];
    words.push(word);
    size += word.length + 1;
  }
  return words.join(' ').slice(0, length);
}

/** Prose wrapped at about 80 columns, in paragraphs: a plausible article. */
function article(random, length) {
  const lines = [];
  let size = 0;
  while (size < length) {
    const line = prose(random, 60 + Math.floor(random() * 20)).trim();
    lines.push(random() < 0.1 ? `${line}\n` : line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

function quoteBlock(text) {
  return `> ${text}\n>\n> — source`;
}

function writeMap(dir, quotes, sourceText) {
  mkdirSync(join(dir, 'sources'), { recursive: true });
  const claims = quotes.map((quote, i) => `## c${i}: Claim ${i}.\n\n${quoteBlock(quote)}\n`);
  const map = `# t: Hostile quotes?\n\n${claims.join('\n')}\n# Sources\n\n## source: The source\n\n- file: source.txt\n`;
  writeFileSync(join(dir, 'map.md'), map);
  writeFileSync(join(dir, 'sources', 'source.txt'), sourceText);
  return { map: join(dir, 'map.md'), sources: join(dir, 'sources'), quotes: quotes.length };
}

/** A word of the passage changed: the quote is nowhere in the source, but almost everywhere near. */
function alter(passage, at) {
  const space = passage.indexOf(' ', at);
  return `${passage.slice(0, space + 1)}zebra${passage.slice(passage.indexOf(' ', space + 1))}`;
}

/** The three hostile maps of issue 21, by name. */
export const HOSTILE_QUOTES = {
  /** 2,000 quotes of 600 characters, each a passage of the 1 MB source with one word changed. */
  'missing-600': (dir) => {
    const random = randomFrom(21);
    const source = article(random, 1_000_000);
    const flat = source.replace(/\s+/g, ' ');
    const quotes = Array.from({ length: 2000 }, () => {
      const from = flat.indexOf(' ', Math.floor(random() * (flat.length - 700))) + 1;
      return alter(flat.slice(from, from + 600).trim(), 300);
    });
    return writeMap(dir, quotes, source);
  },
  /** 10,000 quotes of 1 kB, all one passage of the source with one character changed, each a different one. */
  'near-identical-1k': (dir) => {
    const random = randomFrom(22);
    const source = article(random, 1_000_000);
    const flat = source.replace(/\s+/g, ' ');
    const from = flat.indexOf(' ', flat.length >> 1) + 1;
    const passage = flat.slice(from, from + 1000);
    const quotes = Array.from({ length: 10_000 }, (_, i) => {
      const at = 10 + ((i * 97) % 980);
      return `${passage.slice(0, at)}Q${String.fromCharCode(65 + (i % 26))}${passage.slice(at + 2)}`.trim();
    });
    return writeMap(dir, quotes, source);
  },
  /** One quote of a single 10 MB line; the 10 MB source is the same line with one word changed near its end. */
  'one-10mb-line': (dir) => {
    const random = randomFrom(23);
    const line = prose(random, 10_000_000).trim();
    return writeMap(dir, [line], `${alter(line, line.length - 1000)}\n`);
  },
};
