/** Small readers for the `key: value` lines the Markdown format is made of. */

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export function isId(text: string): boolean {
  return ID_PATTERN.test(text);
}

/** `sanctions-failed: Export controls failed` → id and text; backticks around the id are allowed. */
export function splitIdAndText(heading: string): { id: string; text: string } | undefined {
  const match = /^`?([^\s:`]+)`?\s*:\s*(.*)$/s.exec(heading.trim());
  if (!match || !isId(match[1])) return undefined;
  return { id: match[1], text: match[2].trim() };
}

/** `supports: a, b` → key `supports` (lower case; `written` keeps the case), value `a, b`. */
export function splitField(line: string): { key: string; written: string; value: string } | undefined {
  const match = /^([A-Za-z0-9][A-Za-z0-9 _.-]*?)\s*:\s*(.*)$/s.exec(line.trim());
  if (!match) return undefined;
  return { key: match[1].toLowerCase(), written: match[1], value: match[2].trim() };
}

/** `a, \`b\`, c` → [a, b, c] */
export function splitList(value: string): string[] {
  return value
    .split(/[,\s]+/)
    .map((part) => part.replace(/^`|`$/g, '').trim())
    .filter((part) => part.length > 0);
}

const CITATION_DASH = /^(?:—|–|―|--?)\s*/;

export function isCitation(text: string): boolean {
  return CITATION_DASH.test(text.trim());
}

/** `— Speaker Name, source-id` or `— source-id` → speaker and source id. */
export function parseCitation(text: string): { source: string; speaker?: string } {
  const body = text.trim().replace(CITATION_DASH, '').replace(/\s+/g, ' ').trim();
  const comma = body.lastIndexOf(',');
  const source = (comma < 0 ? body : body.slice(comma + 1)).trim().replace(/^`|`$/g, '');
  const speaker = comma < 0 ? undefined : body.slice(0, comma).trim();
  return speaker ? { source, speaker } : { source };
}

/** `failed — The controls backfired` → position and summary. */
export function splitStance(value: string): { position: string; summary: string } {
  const match = /^(.*?)\s+(?:—|–|--)\s+(.*)$/s.exec(value);
  if (!match) return { position: value.trim(), summary: '' };
  return { position: match[1].trim(), summary: match[2].trim() };
}
