import type { DrillAttack } from './drill-attacks.js';
import type { TurnResponse } from './grade-turn.js';

export const DEFAULT_SECONDS = 30;
export const MIN_SECONDS = 5;
export const MAX_SECONDS = 600;

/** One attack the debater has answered (or let pass), by the attack's key. */
export interface SavedTurn extends TurnResponse {
  key: string;
}

/**
 * A drill as it stands, plain data for `localStorage`. Responses are kept, not verdicts: they are
 * graded again against the map as it is when the drill is read back.
 */
export interface DrillProgress {
  /** Seconds for each answer. */
  seconds: number;
  started: boolean;
  /** The debater stopped before the last attack: the summary is on screen. */
  ended: boolean;
  turns: SavedTurn[];
  /** The last turn's verdict and the map's answers are on screen; the next attack waits. */
  revealing: boolean;
  /** What the debater has typed so far for the attack on screen. */
  draft: string;
  /** Seconds left for the attack on screen, when its clock had started. */
  remaining?: number;
}

export function newProgress(seconds = DEFAULT_SECONDS): DrillProgress {
  return { seconds: clampSeconds(seconds), started: false, ended: false, turns: [], revealing: false, draft: '' };
}

/** Whole seconds between `MIN_SECONDS` and `MAX_SECONDS`; anything else is the default. */
export function clampSeconds(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return DEFAULT_SECONDS;
  return Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, Math.round(n)));
}

/** Where a drill is saved: one per map, thread and side. */
export function drillStorageKey(map: string, thread: string, side: string): string {
  return `argmap-drill:v1:${JSON.stringify([map, thread, side])}`;
}

/**
 * Reads saved progress back. Anything that is not a drill (garbage, an older shape, an empty
 * store) is a new drill; turns whose attack the map no longer has are dropped, and so is a
 * reveal whose turn went with them.
 */
export function readProgress(text: string | null, attacks: readonly DrillAttack[]): DrillProgress {
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!isRecord(data)) return newProgress();
  const keys = new Set(attacks.map((a) => a.key));
  const seen = new Set<string>();
  const turns: SavedTurn[] = [];
  const raw = Array.isArray(data.turns) ? data.turns : [];
  for (const turn of raw) {
    if (!isRecord(turn) || typeof turn.key !== 'string' || !keys.has(turn.key) || seen.has(turn.key)) continue;
    seen.add(turn.key);
    turns.push({
      key: turn.key,
      ...(typeof turn.picked === 'string' && turn.picked ? { picked: turn.picked } : {}),
      typed: typeof turn.typed === 'string' ? turn.typed : '',
      timedOut: turn.timedOut === true,
    });
  }
  const lastSaid = isRecord(raw[raw.length - 1]) ? (raw[raw.length - 1] as Record<string, unknown>).key : undefined;
  const progress: DrillProgress = {
    seconds: clampSeconds(data.seconds),
    started: data.started === true,
    ended: data.ended === true,
    turns,
    // A reveal is of the last turn: only kept when that turn is still there.
    revealing: data.revealing === true && turns.length > 0 && turns[turns.length - 1].key === lastSaid,
    draft: typeof data.draft === 'string' ? data.draft : '',
  };
  if (typeof data.remaining === 'number' && Number.isFinite(data.remaining)) {
    progress.remaining = Math.min(progress.seconds, Math.max(0, Math.round(data.remaining)));
  }
  return progress;
}

/** The attack to put next: the strongest one not yet answered. */
export function nextAttack(progress: DrillProgress, attacks: readonly DrillAttack[]): DrillAttack | undefined {
  const done = new Set(progress.turns.map((t) => t.key));
  return attacks.find((a) => !done.has(a.key));
}

/** The progress after the debater answers `attack`: the answer saved, the map's answers on screen. */
export function withAnswer(progress: DrillProgress, attack: DrillAttack, response: TurnResponse): DrillProgress {
  const turn: SavedTurn = { key: attack.key, ...(response.picked ? { picked: response.picked } : {}), typed: response.typed, timedOut: response.timedOut };
  const { remaining: _, ...rest } = progress;
  return { ...rest, turns: [...progress.turns.filter((t) => t.key !== attack.key), turn], revealing: true, draft: '' };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
