import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, HighlightColor, Packer, Paragraph, type IParagraphStyleOptions,
  type ParagraphChild, TextRun, UnderlineType,
} from 'docx';
import { unescapeMarkdown } from '../../verify/normalize.js';
import type { CaseClaim, DebateCase } from './build-case.js';
import { cardContext } from './card-context.js';
import { citeText, type EvidenceCard } from './evidence-card.js';

/** The paragraph styles of a Verbatim file, by name; the first four are headings, so Word's navigation pane shows the outline. */
export const DOCX_STYLES = ['Pocket', 'Hat', 'Block', 'Tag', 'Cite', 'Card'] as const;

export interface CaseDocxOptions {
  /** Source texts by file name (a source's `file:`), for the paragraph around each quote. */
  texts?: ReadonlyMap<string, string>;
}

/** How many of the brief's cards carry the paragraph of the source around their quote. */
export interface CaseDocx {
  bytes: Uint8Array<ArrayBuffer>;
  cards: number;
  withContext: number;
}

/**
 * The brief as a Word document that pastes into a Verbatim file: the thread is the Pocket,
 * "Our case", "Their case", "Our answers" and "Open flanks" are Hats, each claim we defend or
 * answer is a Block, and each card is a Tag (the claim in one line), a Cite (speaker and how the
 * source carries the words, author, outlet, date, title, address, cautions) and the card: the
 * source's paragraph around the quote in small type, the quoted words underlined and
 * highlighted. Without the source text a card holds the quote alone, and its cite says so.
 * Runs in the browser as in Node.
 *
 * ```ts
 * const result = buildCase(index, 'sanctions-thesis', 'against');
 * if (result.ok) writeFileSync('brief.docx', (await caseDocx(result.case, { texts })).bytes);
 * ```
 */
export async function caseDocx(debate: DebateCase, options: CaseDocxOptions = {}): Promise<CaseDocx> {
  const counts = { cards: 0, withContext: 0 };
  const body = briefParagraphs(debate, options.texts ?? new Map(), counts);
  const document = new Document({
    creator: 'argument-map',
    title: clean(`Brief ${debate.side}: ${debate.motion.text}`),
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } }, paragraphStyles: PARAGRAPH_STYLES },
    sections: [{ children: body }],
  });
  return { bytes: new Uint8Array(await Packer.toArrayBuffer(document)), ...counts };
}

const heading = (id: string, level: number, size: number, extra: Partial<IParagraphStyleOptions> = {}): IParagraphStyleOptions => ({
  id, name: id, basedOn: `Heading${level}`, next: 'Normal', quickFormat: true,
  run: { size, bold: true, italics: false, color: '000000', font: 'Calibri' },
  ...extra,
  paragraph: { outlineLevel: level - 1, keepNext: true, spacing: { before: 240, after: 60 }, ...extra.paragraph },
});

/** Sizes in half-points, as Verbatim sets them: 26, 22, 16 and 13 pt headings, 8 pt card text. */
const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  heading('Pocket', 1, 52, {
    paragraph: { alignment: AlignmentType.CENTER, border: {
      top: { style: BorderStyle.DOUBLE, size: 6, color: '000000', space: 4 },
      bottom: { style: BorderStyle.DOUBLE, size: 6, color: '000000', space: 4 },
    } },
  }),
  heading('Hat', 2, 44, { paragraph: { alignment: AlignmentType.CENTER } }),
  heading('Block', 3, 32),
  heading('Tag', 4, 26),
  { id: 'Cite', name: 'Cite', basedOn: 'Normal', next: 'Card', quickFormat: true, run: { size: 22 }, paragraph: { keepNext: true, spacing: { after: 40 } } },
  { id: 'Card', name: 'Card', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 16 }, paragraph: { spacing: { after: 200 } } },
];

function briefParagraphs(debate: DebateCase, texts: ReadonlyMap<string, string>, counts: { cards: number; withContext: number }): Paragraph[] {
  const { motion, thread, side } = debate;
  const out: Paragraph[] = [
    styled('Pocket', thread?.title ?? motion.text),
    new Paragraph({ children: [new TextRun(clean(
      `Brief ${side}: ${motion.text} — ${debate.ours.length} claims ours, ${debate.theirs.length} theirs, ` +
      `${debate.answers.length} answered, ${debate.openFlanks.length} open flanks`,
    ))] }),
  ];
  const cardsOf = (c: CaseClaim) => {
    if (c.cards.length === 0) out.push(note('No evidence in the map for this claim.'));
    for (const card of c.cards) out.push(...cardParagraphs(card, texts, counts));
  };
  const claims = (list: readonly CaseClaim[]) => {
    if (list.length === 0) out.push(note('None in the map.'));
    for (const c of list) {
      out.push(styled('Block', c.claim.text));
      cardsOf(c);
    }
  };
  out.push(styled('Hat', 'Our case'));
  claims(debate.ours);
  out.push(styled('Hat', 'Their case'));
  claims(debate.theirs);
  out.push(styled('Hat', 'Our answers'));
  if (debate.answers.length === 0) out.push(note('None: no claim of ours attacks a claim of theirs.'));
  for (const answer of debate.answers) {
    out.push(styled('Block', `A2: ${answer.theirs.claim.text}`));
    for (const ours of answer.ours) {
      if (ours.cards.length === 0) out.push(styled('Tag', ours.claim.text));
      cardsOf(ours);
    }
  }
  out.push(styled('Hat', 'Open flanks'));
  if (debate.openFlanks.length === 0) out.push(note('None: the map answers every attack of theirs on our claims.'));
  for (const { attack, target } of debate.openFlanks) {
    out.push(styled('Block', `Open: ${attack.claim.text}`));
    out.push(note(`It attacks our claim “${target.claim.text}”; nothing in the map answers it.`));
  }
  return out;
}

/** Tag, cite and card for one piece of evidence. */
function cardParagraphs(card: EvidenceCard, texts: ReadonlyMap<string, string>, counts: { cards: number; withContext: number }): Paragraph[] {
  const text = card.cite.file === undefined ? undefined : texts.get(card.cite.file);
  const context = text === undefined ? undefined : cardContext(text, card.quote);
  counts.cards++;
  if (context) counts.withContext++;
  const quoted = (words: string) => new TextRun({ text: clean(words), size: 22, underline: { type: UnderlineType.SINGLE }, highlight: HighlightColor.CYAN });
  const small = (words: string) => new TextRun({ text: clean(words) });
  const body = context
    ? [...(context.before ? [small(context.before)] : []), quoted(context.quoted), ...(context.after ? [small(context.after)] : [])]
    : [quoted(unescapeMarkdown(card.quote).replace(/\s*\n\s*/g, ' '))];
  const missing = text === undefined ? 'source text unavailable' : 'quote not found in the source text';
  return [
    styled('Tag', card.tag),
    new Paragraph({ style: 'Cite', children: citeRuns(card, context ? undefined : `${missing}: the quote alone`) }),
    new Paragraph({ style: 'Card', children: body }),
  ];
}

/** The short cite in bold (who and when), then the full cite, the source's kind and any caution. */
function citeRuns(card: EvidenceCard, fallback: string | undefined): ParagraphChild[] {
  const { cite } = card;
  const who = cite.speaker ?? cite.author ?? cite.outlet ?? cite.title;
  const runs: ParagraphChild[] = [new TextRun({ text: clean(`${who} ${cite.date ?? 'n.d.'}`), bold: true, size: 26 })];
  const full = citeText({ ...cite, url: undefined });
  runs.push(new TextRun(clean(` [${full}${card.kind ? `; ${card.kind}` : ''}`)));
  if (cite.url) {
    runs.push(new TextRun('; '));
    runs.push(new ExternalHyperlink({ link: cite.url, children: [new TextRun({ text: clean(cite.url), style: 'Hyperlink' })] }));
  }
  runs.push(new TextRun(']'));
  const cautions = card.cautions.map((c) => c.message);
  if (fallback) cautions.push(fallback);
  for (const caution of cautions) runs.push(new TextRun({ text: clean(` [Caution: ${caution}]`), italics: true }));
  return runs;
}

function styled(style: string, text: string): Paragraph {
  return new Paragraph({ style, children: [new TextRun(clean(text.replace(/\s*\n\s*/g, ' ')))] });
}

function note(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: clean(text), italics: true })] });
}

/** Characters XML 1.0 cannot hold (control characters, lone surrogates) would make Word refuse the file. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}
