/** Names and texts that come from other tools, made to fit our format. */
import { isId } from '../parse/fields.js';

const MAX_SLUG_LENGTH = 48;

/**
 * A valid id (see `ID_PATTERN`) for a title written in another tool: a title that is already an
 * id is kept as it is, so our own exports come back unchanged; anything else becomes a lowercase
 * slug, `"Epidemic Influence Hypothesis"` → `epidemic-influence-hypothesis`. Empty when the title
 * has no letters or digits at all.
 */
export function idFromTitle(title: string): string {
  const trimmed = title.trim();
  if (isId(trimmed)) return trimmed;
  const slug = trimmed
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_.]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+$/, '');
  return shorten(slug);
}

/** An id from the first words of a text, for things that have no title of their own. */
export function idFromText(text: string, words = 6): string {
  return idFromTitle(text.split(/\s+/).slice(0, words).join(' ').replace(/[.,;:!?]+$/, ''));
}

function shorten(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastDash) : cut;
}

/** Hands out ids that are unique among themselves: a second `hypothesis` becomes `hypothesis-2`. */
export class UniqueIds {
  private readonly taken = new Set<string>();

  /** `wanted` if free (or `fallback` when `wanted` is empty), else the first free `-2`, `-3`, … */
  claim(wanted: string, fallback: string): string {
    const base = wanted || fallback;
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/** Tags in our format are split at commas and whitespace, so those become dashes. */
export function tagFrom(text: string): string {
  return text.trim().replace(/[\s,`]+/g, '-');
}

/** Texts written in other tools may wrap; a claim's text is one line. */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
