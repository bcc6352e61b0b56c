import type { TextSpan } from './text-span.js';

/** Hard-wrapped text keeps its lines shorter than this; text with a longer line was not wrapped. */
const WRAP_WIDTH = 120;
/** A wrapped line fills most of the width; a shorter line ended its paragraph (a title, a byline). */
const WRAPPED_LINE_LENGTH = 50;
const ENDS_SENTENCE = /[.!?:;…]["'”’»)\]]*$/;
const STARTS_BLOCK = /^(#{1,6}\s|[-*+•–—]\s|\d+[.)]\s|>)/;

/**
 * Cuts a source text into paragraphs, trimmed. Articles come two ways: one paragraph per line
 * (text copied from a web page), or paragraphs between blank lines with their lines wrapped
 * (Markdown, e-mail). A text with a line longer than any wrap width is of the first kind: each
 * line is a paragraph. In a wrapped text, a line break continues the paragraph when the line
 * before it is long and does not end a sentence, and the next line starts no list item or heading.
 *
 * ```ts
 * splitParagraphs('Title\nFirst paragraph.\n\nSecond.') // three spans
 * ```
 */
export function splitParagraphs(text: string): TextSpan[] {
  const lines = linesOf(text);
  const hardWrapped = lines.every((line) => line.text.length <= WRAP_WIDTH);
  const paragraphs: TextSpan[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    const last = paragraphs.at(-1);
    if (hardWrapped && last && previous && previous.end === last.end && line.blankBefore === false && isWrap(previous.text, line.text)) {
      last.end = line.end;
    } else {
      paragraphs.push({ start: line.start, end: line.end });
    }
    previous = line;
  }
  return paragraphs;
}

interface Line extends TextSpan {
  /** The line, trimmed. */
  text: string;
  /** Whether a blank line (or the start of the text) comes before it. */
  blankBefore: boolean;
}

/** The text's non-blank lines, trimmed. */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let blankBefore = true;
  let at = 0;
  for (const raw of text.split('\n')) {
    const trimmed = raw.trim();
    if (trimmed) {
      const start = at + raw.length - raw.trimStart().length;
      lines.push({ start, end: start + trimmed.length, text: trimmed, blankBefore });
    }
    blankBefore = !trimmed;
    at += raw.length + 1;
  }
  return lines;
}

function isWrap(before: string, after: string): boolean {
  if (ENDS_SENTENCE.test(before) || /^#{1,6}\s/.test(before) || STARTS_BLOCK.test(after)) return false;
  return before.length >= WRAPPED_LINE_LENGTH || /^\p{Ll}/u.test(after);
}
