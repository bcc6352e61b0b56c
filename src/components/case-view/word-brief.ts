import type { DebateCase } from '../../model/case/build-case.js';
import type { CaseDocx } from '../../model/case/case-docx.js';
import type { Source } from '../../model/types.js';
import { fetchSourceText } from '../../load/fetch-source-text.js';

/**
 * The brief as a Word file, each card in the paragraph of its source around the quote when the
 * source's text can be fetched from `sourcesBase` (otherwise the card holds the quote alone).
 * The docx library is loaded here, on first use, so the element's bundle does not carry it.
 */
export async function wordBrief(debate: DebateCase, sources: readonly Source[], sourcesBase: string | null): Promise<CaseDocx> {
  const cited = new Set([...debate.ours, ...debate.theirs].flatMap((c) => c.cards.map((card) => card.cite.source)));
  const texts = new Map<string, string>();
  if (sourcesBase !== null) {
    await Promise.all(sources.filter((s) => cited.has(s.id) && s.file).map(async (source) => {
      try {
        texts.set(source.file!, await fetchSourceText(source, sourcesBase));
      } catch {
        // A text that cannot be fetched leaves its cards with the quote alone; their cite says so.
      }
    }));
  }
  const { caseDocx } = await import('../../model/case/case-docx.js');
  return caseDocx(debate, { texts });
}
