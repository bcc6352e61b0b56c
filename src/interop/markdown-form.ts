import type { ArgumentMap, Claim, Quote, Relation, Source, SourceLocation, Stance, Thread } from '../model/types.js';
import { inCanonicalOrder } from './canonical-order.js';
import { foldLineBreaks } from './export-result.js';

/**
 * The map as our Markdown format holds it: what `exportMarkdown` writes, and so what reading the
 * export back gives. Everything else is kept exactly; these are the normalisations:
 *
 * - claims are grouped by thread, in thread order, and relations by the claim they start from
 *   (`inCanonicalOrder`); a thread that claims name but the map lacks is added after the map's
 *   threads, titled with its id;
 * - one-line texts (thread, claim and source titles, source fields, quoted words, stance
 *   positions and summaries) are trimmed, and each run of whitespace that holds a line break
 *   becomes one space (`foldLineBreaks`), as when a quote is written across lines;
 * - a quote's speaker has each run of whitespace made one space; an empty speaker is left out, and a
 *   speaker without a kind of speech is direct speech;
 * - notes and thread descriptions are paragraphs: line breaks are `\n`, each paragraph is
 *   trimmed, paragraphs are separated by one blank line (a line of spaces and tabs is blank), and
 *   an empty note or description is left out (a source's empty note stays: `- note:`);
 * - layout positions are left out. Threads, claims, relations and sources keep their locations, so
 *   that what cannot be written can be pointed at; no reader gives them back as they were.
 */
export function inMarkdownForm(map: ArgumentMap): ArgumentMap {
  const threads = map.threads.map(threadForm);
  const known = new Set(threads.map((t) => t.id));
  for (const claim of map.claims) {
    if (!known.has(claim.thread)) {
      known.add(claim.thread);
      threads.push({ id: claim.thread, title: claim.thread });
    }
  }
  return inCanonicalOrder({
    threads,
    claims: map.claims.map(claimForm),
    relations: map.relations.map(({ from, to, kind, location }) => withLocation<Relation>({ from, to, kind }, location)),
    sources: map.sources.map(sourceForm),
  });
}

function threadForm(thread: Thread): Thread {
  const form = withLocation<Thread>({ id: thread.id, title: foldLineBreaks(thread.title) }, thread.location);
  const description = thread.description === undefined ? '' : paragraphs(thread.description);
  if (description) form.description = description;
  return form;
}

function claimForm(claim: Claim): Claim {
  const form = withLocation<Claim>(
    { id: claim.id, text: foldLineBreaks(claim.text), thread: claim.thread, tags: [...claim.tags], quotes: claim.quotes.map(quoteForm) },
    claim.location,
  );
  const note = claim.note === undefined ? '' : paragraphs(claim.note);
  if (note) form.note = note;
  return form;
}

function quoteForm(quote: Quote): Quote {
  const form: Quote = { text: foldLineBreaks(quote.text), source: quote.source };
  const speaker = quote.speaker === undefined ? '' : quote.speaker.replace(/\s+/g, ' ').trim();
  if (speaker) {
    form.speaker = speaker;
    form.speech = quote.speech ?? 'direct';
  }
  return form;
}

const SOURCE_FIELDS = ['file', 'author', 'outlet', 'date', 'url', 'kind'] as const;

function sourceForm(source: Source): Source {
  const form = withLocation<Source>({ id: source.id, title: foldLineBreaks(source.title), stances: source.stances.map(stanceForm) }, source.location);
  for (const key of SOURCE_FIELDS) {
    const value = source[key];
    if (value !== undefined) form[key] = foldLineBreaks(value);
  }
  if (source.note !== undefined) form.note = paragraphs(source.note);
  return form;
}

function stanceForm(stance: Stance): Stance {
  return { thread: stance.thread, position: foldLineBreaks(stance.position), summary: foldLineBreaks(stance.summary) };
}

function withLocation<T extends { location?: SourceLocation }>(item: T, location: SourceLocation | undefined): T {
  if (location) item.location = location;
  return item;
}

/** A note or description as paragraphs: see `inMarkdownForm`. */
export function paragraphs(text: string): string {
  const found: string[] = [];
  let lines: string[] = [];
  const endParagraph = () => {
    const paragraph = lines.join('\n').trim();
    if (paragraph) found.push(paragraph);
    lines = [];
  };
  for (const line of text.split(/\r\n?|[\n\u2028\u2029]/)) {
    if (/^[ \t]*$/.test(line)) endParagraph();
    else lines.push(line);
  }
  endParagraph();
  return found.join('\n\n');
}
