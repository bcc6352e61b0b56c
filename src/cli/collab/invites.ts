import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomic-write.js';

/** The two invitations to a map: one that can edit, one that can only view. */
export interface Invites {
  edit: string;
  view: string;
}

export type Access = 'edit' | 'view';

/** The folder beside the map that holds the collaboration's state: invites, the SQLite file, journals. */
export const STATE_FOLDER = '.argmap-collab';

/**
 * The folder's invites, kept in `STATE_FOLDER/invites.json` so that a restart keeps the links;
 * new ones (128 random bits each) when there are none or when `rotate` asks, which revokes the old.
 * The state folder ignores itself in git: tokens must not be committed.
 */
export function loadInvites(stateFolder: string, rotate: boolean): Invites {
  mkdirSync(stateFolder, { recursive: true, mode: 0o700 });
  writeFileAtomic(join(stateFolder, '.gitignore'), '# argmap collab state: invite tokens and the live documents; never commit\n*\n');
  const file = join(stateFolder, 'invites.json');
  if (!rotate) {
    const kept = readInvites(file);
    if (kept) return kept;
  }
  const invites: Invites = { edit: newToken(), view: newToken() };
  saveInvites(stateFolder, invites);
  return invites;
}

/** Keeps `invites` as the folder's, for the next start (another instance's, agreed through Redis). */
export function saveInvites(stateFolder: string, invites: Invites): void {
  writeFileAtomic(join(stateFolder, 'invites.json'), `${JSON.stringify(invites, null, 2)}\n`);
}

/** The invites in `text` (JSON), or undefined when it holds no valid pair. */
export function parseInvites(text: string): Invites | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { edit, view } = parsed as Record<string, unknown>;
    return typeof edit === 'string' && typeof view === 'string' && edit.length >= 22 && view.length >= 22 && edit !== view ? { edit, view } : undefined;
  } catch {
    return undefined;
  }
}

/** What `token` lets its holder do, compared in constant time; undefined for no invite. */
export function accessOf(invites: Invites, token: string | undefined): Access | undefined {
  if (!token) return undefined;
  if (sameToken(token, invites.edit)) return 'edit';
  if (sameToken(token, invites.view)) return 'view';
  return undefined;
}

function newToken(): string {
  return randomBytes(24).toString('base64url');
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readInvites(file: string): Invites | undefined {
  try {
    return parseInvites(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
