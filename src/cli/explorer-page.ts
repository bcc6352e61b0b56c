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

/** The page marks itself as written by argmap. */
export const GENERATOR = 'argmap site';

/**
 * What the explorer page may load and run: its own scripts and styles only (Cytoscape adds one
 * inline style), maps from its own origin or over https (`?src=`), and HTML only through the
 * Trusted Types policies of Lit and DOMPurify (and the map worker's, which admits only its own
 * script's URL; workers fall under `script-src 'self'`). A map or a source text that smuggles markup in
 * cannot run script on the site's origin. Sent as a `<meta>`, since static hosts send no headers.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self' https:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify argument-map-worker',
].join('; ');

/** The same policy as a header, which can also keep the page out of other sites' frames. */
export const PAGE_CSP_HEADER = `${PAGE_CSP}; frame-ancestors 'none'`;

/** Everything that is not the page (scripts, maps, source texts) is data: never a document that runs. */
export const DATA_CSP = "default-src 'none'; sandbox";

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
    <meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}" />
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
