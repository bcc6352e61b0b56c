import type { Collaborator } from './collab-binding.js';

const NAME_KEY = 'argmap-collab-name';
/** Cursor colours that read on white and on the dark page alike. */
const COLORS = ['#d9480f', '#1971c2', '#2f9e44', '#ae3ec9', '#e8590c', '#0c8599', '#c2255c', '#5f3dc4'];

/** Who this page is to the others: the name given before (kept in this browser), else "Guest N". */
export function thisCollaborator(): Collaborator {
  let name = '';
  try {
    name = localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    // Storage may be off: a guest name for this page.
  }
  name ||= `Guest ${Math.floor(100 + Math.random() * 900)}`;
  return { name, color: colorOf(name) };
}

/** Keeps `name` for this browser's next visit, and gives its colour. */
export function namedCollaborator(name: string): Collaborator {
  const trimmed = name.trim().slice(0, 40) || 'Guest';
  try {
    localStorage.setItem(NAME_KEY, trimmed);
  } catch {
    // Not kept: the name still shows in this session.
  }
  return { name: trimmed, color: colorOf(trimmed) };
}

function colorOf(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return COLORS[hash % COLORS.length];
}
