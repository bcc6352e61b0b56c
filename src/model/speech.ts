import type { Quote } from './types.js';

/**
 * Who the words are and how the source carries them, for a cite:
 * "Donald Trump, as reported by “On DeepSeek”", "Sherwood News, relayed by “…”",
 * "Marc Andreessen, quoted in “…”". Undefined when the words are the source's own.
 */
export function speakerCite(quote: Quote, sourceTitle: string): string | undefined {
  if (!quote.speaker) return undefined;
  switch (quote.speech) {
    case 'reported': return `${quote.speaker}, as reported by “${sourceTitle}”`;
    case 'relayed': return `${quote.speaker}, relayed by “${sourceTitle}”`;
    default: return `${quote.speaker}, quoted in “${sourceTitle}”`;
  }
}

/** What a debater must say before reading the words out, when they are not the source's own. */
export function speechCaution(quote: Quote, sourceTitle: string): string | undefined {
  if (!quote.speaker) return undefined;
  switch (quote.speech) {
    case 'reported':
      return `reported speech: the words are “${sourceTitle}”'s account of what ${quote.speaker} said, not ${quote.speaker}'s own`;
    case 'relayed':
      return `relayed text: the words are ${quote.speaker}'s, copied or summarised by “${sourceTitle}” without quotation marks`;
    default:
      return `the words are ${quote.speaker}'s, quoted by “${sourceTitle}”, not its own`;
  }
}

/** The kind of speech as a short label for a panel: "reported", "relayed", "direct". */
export function speechLabel(quote: Quote): string | undefined {
  return quote.speaker ? quote.speech ?? 'direct' : undefined;
}
