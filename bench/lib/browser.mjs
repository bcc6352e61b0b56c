// Headless Chromium for the benchmark, launched the way TOOLCHAIN.md says works here.
import puppeteer from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

/** A fresh headless Chromium with its profile, config and cache in a temp folder removed on close. */
export async function launchChromium() {
  const home = mkdtempSync(join(tmpdir(), 'argmap-bench-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    userDataDir: join(home, 'profile'),
    args: CHROMIUM_ARGS,
    env: { ...process.env, XDG_CONFIG_HOME: join(home, 'config'), XDG_CACHE_HOME: join(home, 'cache') },
    protocolTimeout: 180_000,
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Opens the benchmark page on a 1280×800 viewport. */
export async function openBenchPage(browser, baseUrl) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`${baseUrl}/bench/page.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.loadMap === 'function' && customElements.get('argument-map'));
  return page;
}

/** JS heap in use after a full garbage collection, in bytes. */
export async function heapAfterGc(page) {
  const session = await page.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}
