import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticAt } from '../model/diagnostic.js';
import type { Quote, Source, SpeechKind } from '../model/types.js';

/** How far from the quoted words the speaker's name may stand, in characters either side. */
const SPEAKER_REACH = 400;

/**
 * Checks a quote given as direct speech against its place in the source (`start`, `end`): at
 * least half of its letters must lie inside quotation marks there (the rest may be framing words,
 * "…,” Trump said"), and a word of the speaker's name must stand nearby. Otherwise it returns an
 * error that says which kind of speech the words probably are and how to write the citation.
 */
export function directSpeechDiagnostics(quote: Quote, source: Source, text: string, start: number, end: number): Diagnostic[] {
  if (!quote.speaker || (quote.speech ?? 'direct') !== 'direct') return [];
  const { inside, letters } = lettersInsideQuotationMarks(text, start, end);
  const file = source.file ?? source.id;
  if (inside * 2 < letters) {
    const kind = likelyKind(text, start, end, inside > 0);
    return [diagnosticAt(quote.location, 'error', 'not-direct-speech',
      `"${quote.speaker}" is cited as direct speech, but ${inside > 0 ? 'most of these words are' : 'these words are'} not inside quotation marks in "${file}": ` +
      `they read as ${kind} speech, so write "> — ${quote.speaker} (${kind}), ${source.id}" (or quote only the words inside the quotation marks)`)];
  }
  if (!speakerNamedNear(quote.speaker, text, start, end)) {
    return [diagnosticAt(quote.location, 'error', 'speaker-not-near',
      `"${quote.speaker}" is cited as direct speech, but no word of that name stands within ${SPEAKER_REACH} characters of these words in "${file}": ` +
      `check the speaker, or if the words are another outlet's text, write "> — ${quote.speaker} (relayed), ${source.id}"`)];
  }
  return [];
}

/** Each opening quotation mark and the mark that closes it (“…”, "…", ‘…’, «…», „…“). */
const CLOSING_MARK = new Map([['“', '”'], ['"', '"'], ['‘', '’'], ['«', '»'], ['„', '“']]);
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Counts the letters and digits of `text[start, end)`, and how many of them stand inside
 * quotation marks. Marks pair within a paragraph (a line of the source): a closing ” with no
 * opening mark quotes from the paragraph's start (a missing opening mark), an opening mark with no
 * closing one quotes to its end. A ’ between letters is an apostrophe, not a closing mark.
 */
export function lettersInsideQuotationMarks(text: string, start: number, end: number): { inside: number; letters: number } {
  const paragraphStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end);
  const paragraphEnd = nextBreak < 0 ? text.length : nextBreak;
  const quoted = new Uint8Array(paragraphEnd - paragraphStart);
  let closer: string | undefined; // the mark that ends the open quotation, if one is open
  let openedAt = 0;
  let lineStart = 0;
  for (let i = paragraphStart; i <= paragraphEnd; i++) {
    const c = i < paragraphEnd ? text[i] : '\n';
    const at = i - paragraphStart;
    if (c === '\n') {
      if (closer !== undefined) quoted.fill(1, openedAt, at);
      closer = undefined;
      lineStart = at + 1;
    } else if (closer === undefined) {
      const opens = CLOSING_MARK.get(c);
      if (opens !== undefined && !(c === '‘' && LETTER.test(text[i - 1] ?? ''))) {
        closer = opens;
        openedAt = at;
      } else if (c === '”') quoted.fill(1, lineStart, at + 1);
    } else if (c === closer && !(c === '’' && LETTER.test(text[i + 1] ?? ''))) {
      quoted.fill(1, openedAt, at + 1);
      closer = undefined;
    }
  }
  let inside = 0;
  let letters = 0;
  for (let i = start; i < end; i++) {
    if (!LETTER.test(text[i])) continue;
    letters++;
    if (quoted[i - paragraphStart]) inside++;
  }
  return { inside, letters };
}

const REPORTING_VERB = /\b(said|says|say|told|tells|stated|states|wrote|writes|noted|notes|according to|argued|argues|called|claimed|claims|added|reported|believes?)\b/i;

/** Words outside quotation marks near a reporting verb are reported speech; without one, relayed text. */
function likelyKind(text: string, start: number, end: number, partlyQuoted: boolean): Exclude<SpeechKind, 'direct'> {
  if (partlyQuoted) return 'reported';
  const around = text.slice(Math.max(0, start - 80), Math.min(text.length, end + 80));
  return REPORTING_VERB.test(around) ? 'reported' : 'relayed';
}

const NAME_FILLER = new Set(['the', 'and', 'of', 'unnamed', 'an', 'a']);

function speakerNamedNear(speaker: string, text: string, start: number, end: number): boolean {
  const near = text.slice(Math.max(0, start - SPEAKER_REACH), Math.min(text.length, end + SPEAKER_REACH)).toLowerCase();
  const words = speaker.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !NAME_FILLER.has(w));
  return words.some((word) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(word)}`, 'u').test(near));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
