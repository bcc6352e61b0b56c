import type { ArgumentMap, Quote } from '../model/types.js';
import { isPlainLine } from '../parse/plain-line.js';
import { parseMarkdownFile } from '../parse/parse-markdown.js';

/**
 * Trial reads of single notes and quotes, each alone in the smallest map around it, so that an
 * export can name every note and quote it cannot write, not only the first. Text made of plain
 * lines (which the line scanner reads as paragraphs, word for word) needs no trial.
 */

/** What a thread's description, written under its heading, reads back as. */
export function descriptionReadBack(description: string): string | undefined {
  if (isPlainText(description)) return description;
  return trial(`# t: T\n\n${description}\n`).threads[0]?.description;
}

/** What a claim's note, written under its heading, reads back as. */
export function claimNoteReadBack(note: string): string | undefined {
  if (isPlainText(note)) return note;
  const map = trial(`# t: T\n\n## c: C\n\n${note}\n`);
  return map.claims.length === 1 && map.relations.length === 0 ? map.claims[0].note : undefined;
}

/** What a source's note of several lines, written under its heading, reads back as. */
export function sourceNoteReadBack(note: string): string | undefined {
  if (isPlainText(note)) return note;
  const map = trial(`# Sources\n\n## s: S\n\n${note}\n`);
  return map.sources.length === 1 ? map.sources[0].note : undefined;
}

/** The words a quote, written as `> words` and its citation, reads back with; undefined when it does not read as one quote. */
export function quoteWordsReadBack(words: string): string | undefined {
  if (isPlainText(words)) return words;
  const quotes: Quote[] = trial(`# t: T\n\n## c: C\n\n> ${words}\n>\n> — s\n`).claims[0]?.quotes ?? [];
  return quotes.length === 1 && quotes[0].source === 's' && quotes[0].speaker === undefined ? quotes[0].text : undefined;
}

function trial(text: string): ArgumentMap {
  return parseMarkdownFile({ name: 'trial.md', text }).map;
}

/** Lines the scanner reads as a paragraph as they are (it leaves tabs and other line breaks to marked). */
function isPlainText(text: string): boolean {
  if (/[\t\r\u2028\u2029]/.test(text)) return false;
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const eol = end < 0 ? text.length : end;
    // Blank lines (between paragraphs) are plain too.
    if (eol > start && !isPlainLine(text, start, eol)) return false;
    if (end < 0) return true;
    start = end + 1;
  }
}
