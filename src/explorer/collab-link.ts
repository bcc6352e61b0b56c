/** The WebSocket address of the `argmap collab` server that serves this page: `collab` beside it, ws or wss alike. */
export function collabServerUrl(pageUrl: string): string {
  const url = new URL('collab', pageUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.search = '';
  url.hash = '';
  return url.href;
}

/**
 * The shared document of each file the map index of `argmap collab` lists (`{ "files": ["map/sub/a.md"] }`),
 * by the name the page gives the file (`a.md`): documents are named by their path in the map's folder.
 */
export function documentNames(index: unknown): Map<string, string> {
  const names = new Map<string, string>();
  const files = (index as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) return names;
  for (const entry of files) {
    if (typeof entry !== 'string') continue;
    const document = entry.replace(/^map\//, '');
    names.set(document.split('/').pop()!, document);
  }
  return names;
}
