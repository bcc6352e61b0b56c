/** What the map's texts declare, for completion: claims by `## id: text`, sources by `## id: title` under `# Sources`. */
export interface MapIds {
  claims: { id: string; text: string }[];
  sources: { id: string; title: string }[];
}

const HEADING = /^(#{1,2})[ \t]+(.*?)[ \t#]*$/;
const DECLARATION = /^([A-Za-z0-9][A-Za-z0-9_.-]*):[ \t]*(.*)$/;

/**
 * The claim and source ids `texts` declare, read line by line without the parser, so that
 * completion works while the text does not read (the moment one types is rarely a valid map).
 *
 * ```ts
 * idsIn(['# t: Q?\n\n## a: A claim.']).claims; // [{ id: 'a', text: 'A claim.' }]
 * ```
 */
export function idsIn(texts: Iterable<string>): MapIds {
  const ids: MapIds = { claims: [], sources: [] };
  const seen = new Set<string>();
  for (const text of texts) {
    let inSources = false;
    for (const line of text.split(/\r\n?|\n/)) {
      const heading = HEADING.exec(line);
      if (!heading) continue;
      if (heading[1] === '#') {
        inSources = /^sources$/i.test(heading[2]);
        continue;
      }
      const declared = DECLARATION.exec(heading[2]);
      if (!declared || seen.has(declared[1])) continue;
      seen.add(declared[1]);
      if (inSources) ids.sources.push({ id: declared[1], title: declared[2] });
      else ids.claims.push({ id: declared[1], text: declared[2] });
    }
  }
  return ids;
}
