import { splitParagraphs } from '../../coverage/paragraphs.js';
import { findQuote } from '../../verify/verify-quotes.js';

/** The paragraph of the source around a quote: the words before it, the quoted words, the words after. */
export interface CardContext {
  before: string;
  quoted: string;
  after: string;
}

/** At most this many characters of context on each side of the quote: a card, not the article. */
const MAX_CONTEXT = 1200;

/**
 * The paragraph (or paragraphs, when the quote runs across several) of `sourceText` that hold
 * the quote, split around the quoted words; undefined when the quote is not in the text. Very
 * long paragraphs are cut at a word boundary, marked with "…".
 *
 * ```ts
 * cardContext('Sanctions bit. They cut oil revenue by half. Prices rose.', 'They cut oil revenue');
 * // { before: 'Sanctions bit. ', quoted: 'They cut oil revenue', after: ' by half. Prices rose.' }
 * ```
 */
export function cardContext(sourceText: string, quote: string): CardContext | undefined {
  const match = findQuote(quote, sourceText);
  if (!match) return undefined;
  const paragraphs = splitParagraphs(sourceText);
  const first = paragraphs.find((p) => p.end > match.start) ?? { start: match.start, end: match.end };
  const last = [...paragraphs].reverse().find((p) => p.start < match.end) ?? first;
  const start = Math.min(first.start, match.start);
  const end = Math.max(last.end, match.end);
  return {
    before: cutBefore(oneLine(sourceText.slice(start, match.start))),
    quoted: oneLine(sourceText.slice(match.start, match.end)),
    after: cutAfter(oneLine(sourceText.slice(match.end, end))),
  };
}

/** Line breaks inside a card read as spaces; a card is one paragraph. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

function cutBefore(text: string): string {
  if (text.length <= MAX_CONTEXT) return text;
  const cut = text.slice(text.length - MAX_CONTEXT);
  return `…${cut.slice(Math.max(0, cut.indexOf(' ')))}`;
}

function cutAfter(text: string): string {
  if (text.length <= MAX_CONTEXT) return text;
  const cut = text.slice(0, MAX_CONTEXT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}
