import type * as Y from 'yjs';

/**
 * Turns `text` into `wanted` by replacing only the part between their common prefix and suffix,
 * so that people's cursors outside the changed stretch stay where they were.
 */
export function applyTextChange(text: Y.Text, wanted: string): void {
  const current = text.toString();
  if (current === wanted) return;
  let start = 0;
  const shortest = Math.min(current.length, wanted.length);
  while (start < shortest && current.charCodeAt(start) === wanted.charCodeAt(start)) start++;
  let end = 0;
  while (end < shortest - start && current.charCodeAt(current.length - 1 - end) === wanted.charCodeAt(wanted.length - 1 - end)) end++;
  // Never split a surrogate pair: widen the changed stretch to whole characters.
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(current.charCodeAt(current.length - end))) end--;
  const removed = current.length - end - start;
  const inserted = wanted.slice(start, wanted.length - end);
  const change = () => {
    if (removed > 0) text.delete(start, removed);
    if (inserted) text.insert(start, inserted);
  };
  if (text.doc) text.doc.transact(change);
  else change();
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
