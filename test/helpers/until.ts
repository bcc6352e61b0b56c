/** Polls `probe` until it returns something truthy, for pages in frames that fire no event we can await. */
export async function until<T>(probe: () => T | undefined | null | false, what: string, ms = 20000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 30));
  }
}
