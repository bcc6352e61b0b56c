/** Where the source texts are: set by `argmap site` and `argmap serve`, or `sources/`. */
export function sourcesBase(): string {
  return document.querySelector('meta[name="argmap-sources"]')?.getAttribute('content') || 'sources/';
}
