/** `m:ss`, as a clock on the wall shows it. */
export function clockText(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * What to say aloud as the clock runs, or nothing: a screen reader told every second could say
 * nothing else. Half time (on answers of 20 seconds or more), 10 and 5 seconds left, and the end.
 *
 * ```ts
 * timeAnnouncement(15, 30); // '15 seconds left'
 * timeAnnouncement(14, 30); // undefined
 * ```
 */
export function timeAnnouncement(remaining: number, limit: number): string | undefined {
  if (remaining <= 0) return "Time's up";
  const half = Math.round(limit / 2);
  const marks = new Set([10, 5]);
  if (limit >= 20) marks.add(half);
  if (!marks.has(remaining) || remaining >= limit) return undefined;
  return remaining >= 60 && remaining % 60 === 0 ? `${remaining / 60} minute${remaining === 60 ? '' : 's'} left` : `${remaining} seconds left`;
}
