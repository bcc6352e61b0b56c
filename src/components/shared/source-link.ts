import { isSafeLinkUrl } from '../../sanitize/markdown.js';

/**
 * The URL a source's title may link to, or undefined: an absolute http(s) URL, but never one in
 * this site's own `sources/` folder. `argmap serve` and `argmap site` serve a map's source files
 * there, so a hostile map could ship an HTML page as a "source" and link to it as the official
 * article, to be opened on this site's origin.
 *
 * ```ts
 * sourceLinkUrl('https://www.example.org/article');      // 'https://www.example.org/article'
 * sourceLinkUrl(`${location.origin}/sources/page.html`); // undefined
 * sourceLinkUrl('javascript:alert(1)');                  // undefined
 * ```
 */
export function sourceLinkUrl(url: string | undefined, pageOrigin: string = location.origin): string | undefined {
  if (!isSafeLinkUrl(url)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.origin === pageOrigin && inSourcesFolder(parsed.pathname)) return undefined;
  return parsed.href;
}

/** Whether a path has a `sources` folder in it, however its letters and slashes are escaped. */
function inSourcesFolder(pathname: string): boolean {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // A malformed escape: judge the path as written.
  }
  return /(^|[/\\])sources([/\\]|$)/i.test(path);
}
