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
  const edges = new Set([span.start, span.end]);
  for (const p of inside) {
    edges.add(Math.max(p.start, span.start));
    edges.add(Math.min(p.end, span.end));
  }
  const cuts = [...edges].sort((a, b) => a - b);
  const segments: HighlightSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const claims = [...new Set(inside.filter((p) => p.start <= start && p.end >= end).map((p) => p.claim))];
    const last = segments.at(-1);
    if (last && sameClaims(last.claims, claims)) last.end = end;
    else segments.push({ start, end, claims });
  }
  return segments;
}

function sameClaims(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
