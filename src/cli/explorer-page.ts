/** What the explorer page that `site` and `serve` write needs to know. */
export interface ExplorerPageOptions {
  /** The page title: usually the map's first question. */
  title: string;
  /** The map the explorer opens, relative to the page. */
  mapSrc: string;
  /** The folder of source texts, relative to the page, when there is one. */
  sourcesBase?: string;
  /** The Server-Sent Events URL `argmap serve` announces changes on. */
  liveReload?: string;
}

/** The page marks itself, so that `argmap site` knows it may write over an earlier site. */
export const GENERATOR = 'argmap site';

/**
 * The explorer page: `<argument-explorer>` on the map, every URL relative so that the page works
 * from any folder of any static host. The title comes from the map, which is untrusted: escaped.
 */
export function explorerPage({ title, mapSrc, sourcesBase, liveReload }: ExplorerPageOptions): string {
  const meta = [
    `<meta name="generator" content="${GENERATOR}" />`,
    sourcesBase === undefined ? '' : `<meta name="argmap-sources" content="${escapeHtml(sourcesBase)}" />`,
    liveReload === undefined ? '' : `<meta name="argmap-live-reload" content="${escapeHtml(liveReload)}" />`,
  ].filter(Boolean);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    ${meta.join('\n    ')}
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="explorer.css" />
    <script type="module" src="explorer.js"></script>
  </head>
  <body>
    <argument-explorer default-src="${escapeHtml(mapSrc)}"></argument-explorer>
  </body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
