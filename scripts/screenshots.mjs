// Screenshots of the explorer for docs/ and for judging the design by eye:
// `node scripts/screenshots.mjs URL OUTDIR` (URL: `npm start` or a built site served statically).
// Takes the desktop (1280×800), tablet (820×1180) and phone (390×844) views, light and dark.
import puppeteer from 'puppeteer-core';

const [url = 'http://127.0.0.1:8000/', out = '.', ...only] = process.argv.slice(2);
const screens = [
  { name: 'desktop', width: 1280, height: 800, mobile: false },
  { name: 'tablet', width: 820, height: 1180, mobile: true },
  { name: 'phone', width: 390, height: 844, mobile: true },
];
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  for (const screen of screens) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage();
      await page.setViewport({ width: screen.width, height: screen.height, isMobile: screen.mobile, hasTouch: screen.mobile });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      for (const hash of only.length ? only : ['']) {
        await page.goto(`${url}${hash}`, { waitUntil: 'load' });
        await new Promise((resolve) => setTimeout(resolve, 3000));
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        const file = `${out}/${screen.name}-${scheme}${hash ? `-${hash.replace(/\W+/g, '_')}` : ''}.png`;
        await page.screenshot({ path: file });
        console.log(file, wide > screen.width ? `page is ${wide}px wide` : '');
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
}
