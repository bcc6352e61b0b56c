// Takes a headless-Chromium screenshot of a page: node scripts/screenshot.mjs URL OUT.png [WIDTH HEIGHT] [--click SELECTOR]
import puppeteer from 'puppeteer-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, out, width = '1280', height = '800'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  userDataDir: mkdtempSync(join(tmpdir(), 'argmap-shot-')),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.log('console:', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.setViewport({ width: Number(width), height: Number(height) });
  // Not networkidle: the explorer keeps a live-reload event stream open.
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 2500));
  await page.screenshot({ path: out });
} finally {
  await browser.close();
}
