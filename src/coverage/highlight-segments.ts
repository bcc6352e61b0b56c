import type { TextSpan } from './text-span.js';

/** A piece of text quoted by the same claims throughout; `claims` is empty where nothing quotes it. */
export interface HighlightSegment extends TextSpan {
  claims: string[];
}

/**
 * Cuts `span` (usually a paragraph) at every edge of the quoted passages, so that each piece is
 * quoted by one set of claims: overlapping quotes become separate pieces, not nested marks.
 *
 * ```ts
 * highlightSegments({ start: 0, end: 20 }, [{ start: 5, end: 10, claim: 'a' }])
 * // [{ 0–5, [] }, { 5–10, ['a'] }, { 10–20, [] }]
 * ```
 */
export function highlightSegments(span: TextSpan, passages: readonly (TextSpan & { claim: string })[]): HighlightSegment[] {
  const inside = passages.filter((p) => p.start < span.end && p.end > span.start);
  const clipped = inside.map((p) => ({ start: Math.max(p.start, span.start), end: Math.min(p.end, span.end) }));
  const edges = new Set([span.start, span.end]);
  for (const p of clipped) {
    edges.add(p.start);
    edges.add(p.end);
  }
  const cuts = [...edges].sort((a, b) => a - b);
  // A sweep along the cuts, keeping the passages that cover the piece at hand: a paragraph can
  // hold thousands of quotes, too many to test each against each piece.
  const byStart = clipped.map((_, i) => i).sort((a, b) => clipped[a].start - clipped[b].start);
  const byEnd = clipped.map((_, i) => i).sort((a, b) => clipped[a].end - clipped[b].end);
  const covering = new Set<number>();
  const segments: HighlightSegment[] = [];
  let nextStart = 0;
  let nextEnd = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    while (nextEnd < byEnd.length && clipped[byEnd[nextEnd]].end <= start) covering.delete(byEnd[nextEnd++]);
    while (nextStart < byStart.length && clipped[byStart[nextStart]].start <= start) {
      const p = byStart[nextStart++];
      if (clipped[p].end > start) covering.add(p);
    }
    const claims = [...new Set([...covering].sort((a, b) => a - b).map((p) => inside[p].claim))];
    const last = segments.at(-1);
    if (last && sameClaims(last.claims, claims)) last.end = end;
    else segments.push({ start, end, claims });
  }
  return segments;
}

function sameClaims(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
