import type { Point } from './layout.js';

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * The claim an arrow key moves to: the nearest one on screen in that direction, preferring
 * claims straight ahead over those off to the side.
 */
export function nearestInDirection(from: string, direction: Direction, positions: ReadonlyMap<string, Point>): string | undefined {
  const origin = positions.get(from);
  if (!origin) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const [id, p] of positions) {
    if (id === from) continue;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const ahead = direction === 'up' ? -dy : direction === 'down' ? dy : direction === 'left' ? -dx : dx;
    const aside = direction === 'up' || direction === 'down' ? Math.abs(dx) : Math.abs(dy);
    if (ahead <= 1) continue;
    const score = ahead + aside * 2.5;
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}
