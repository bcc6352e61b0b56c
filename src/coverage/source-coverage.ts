import { isWhitespace } from '../parse/whitespace.js';
import { splitParagraphs } from './paragraphs.js';
import { splitSentences } from './sentences.js';
import type { TextSpan } from './text-span.js';

/** How much of one source text a map quotes. */
export interface SourceCoverage {
  /** Sentences in the text, and those at least half covered by quotes. */
  sentences: number;
  quotedSentences: number;
  /** Non-space characters in the text, and those inside a quote. */
  characters: number;
  quotedCharacters: number;
  /** Paragraphs that no quote touches, longest first: the passages still unmapped. */
  unquotedParagraphs: TextSpan[];
}

/**
 * Measures how much of `text` the `passages` (where its quotes were found) cover. A sentence
 * counts as quoted when quotes cover at least half of it: quoting a few words of a long sentence
 * leaves the rest of its argument unmapped.
 *
 * ```ts
 * const { passages } = quotedPassages(map, 'study', text);
 * const { quotedSentences, sentences } = sourceCoverage(text, passages);
 * ```
 */
export function sourceCoverage(text: string, passages: readonly TextSpan[]): SourceCoverage {
  const covered = new Uint8Array(text.length);
  for (const p of passages) covered.fill(1, p.start, p.end);
  const counts = (span: TextSpan) => {
    let all = 0;
    let quoted = 0;
    for (let i = span.start; i < span.end; i++) {
      if (isWhitespace(text.charCodeAt(i))) continue;
      all++;
      quoted += covered[i];
    }
    return { all, quoted };
  };
  const result: SourceCoverage = { sentences: 0, quotedSentences: 0, characters: 0, quotedCharacters: 0, unquotedParagraphs: [] };
  for (const paragraph of splitParagraphs(text)) {
    const inParagraph = counts(paragraph);
    result.characters += inParagraph.all;
    result.quotedCharacters += inParagraph.quoted;
    if (inParagraph.quoted === 0) result.unquotedParagraphs.push(paragraph);
    for (const sentence of splitSentences(text, paragraph)) {
      const inSentence = counts(sentence);
      result.sentences++;
      if (inSentence.quoted * 2 >= inSentence.all) result.quotedSentences++;
    }
  }
  result.unquotedParagraphs.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  return result;
}
