/**
 * `fetch` with the page's own credentials, failing in words a reader can act on: `fail` makes the
 * error from "could not reach URL: why" or "could not load WHAT: 404 Not Found". An abort is
 * passed on as it is.
 */
export async function fetchOk(url: URL, what: string, fail: (message: string) => Error, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw fail(`could not reach ${url.href}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw fail(`could not load ${what}: ${response.status} ${response.statusText || 'error'}`);
  return response;
}
