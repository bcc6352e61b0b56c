/**
 * Where a map may be loaded from. A map's text is written by whoever serves it, and a link such
 * as `?src=https://elsewhere.example/map.md` or `?src=data:text/markdown,…` would otherwise
 * show someone else's map, with its "official source" links, as if this site had published it.
 * So `data:` and `blob:` URLs (whose text the link itself carries) are refused unless the page
 * that embeds the map opts in, other schemes than the page's own are refused, and every origin
 * other than the page's own is noted, for the page to show.
 */
export interface MapUrlOptions {
  /** Whether `data:` and `blob:` URLs may be loaded. Off unless the embedding page opts in. */
  allowDataUrls?: boolean;
}

/** Schemes whose URL carries the map itself rather than naming a place that serves it. */
const INLINE_SCHEMES = new Set(['data:', 'blob:']);
const WEB_SCHEMES = new Set(['http:', 'https:']);

/**
 * The URL policy for one load: `refusal` says why a URL may not be loaded, and notes the origin
 * of one that may when it is not the page's own. Every file a map is made of (an index and the
 * files it lists, and where a redirect ends) passes through the same policy.
 *
 * ```ts
 * const policy = new MapUrlPolicy();
 * policy.refusal(new URL('data:text/markdown,# t: Q'));   // "…data: URLs are not loaded…"
 * policy.refusal(new URL('https://example.org/map.md'));  // undefined
 * policy.foreignOrigins;                                   // Set { 'https://example.org' }
 * ```
 */
export class MapUrlPolicy {
  /** The origins, other than the page's, of the files admitted so far, in the order first seen. */
  readonly foreignOrigins = new Set<string>();

  constructor(
    private readonly options: MapUrlOptions = {},
    private readonly page: { origin: string; protocol: string } = location,
  ) {}

  /** Why `url` may not be loaded, or undefined when it may. */
  refusal(url: URL): string | undefined {
    if (INLINE_SCHEMES.has(url.protocol)) {
      if (this.options.allowDataUrls) return undefined;
      return `a map is not loaded from a ${url.protocol} URL: such a link carries a map written by whoever made the link, not one this site serves. Use an http(s) URL (a page that embeds <argument-map> can allow these URLs with its allow-data-urls attribute)`;
    }
    if (!WEB_SCHEMES.has(url.protocol) && url.protocol !== this.page.protocol) {
      return `a map is not loaded from a ${url.protocol} URL: use an http(s) URL`;
    }
    const origin = foreignOrigin(url, this.page.origin);
    if (origin) this.foreignOrigins.add(origin);
    return undefined;
  }
}

/** `url`'s origin when it is not the page's own (e.g. `https://example.org`), else undefined. */
export function foreignOrigin(url: URL, pageOrigin: string = location.origin): string | undefined {
  if (INLINE_SCHEMES.has(url.protocol) || url.origin === pageOrigin) return undefined;
  // `file:` and other opaque origins read "null": name the scheme instead.
  return url.origin === 'null' ? url.protocol : url.origin;
}
