import { chromeLauncher } from '@web/test-runner-chrome';
import { readFile } from 'node:fs/promises';
import { devMiddleware, devPlugins } from './dev-server.plugins.mjs';

/** Fixtures whose bytes are what is tested (encodings) are served as they are on disk, past the dev server's text transforms. */
async function rawBytes(ctx, next) {
  if (!ctx.path.startsWith('/test/fixtures/encodings/') || ctx.path.includes('..')) return next();
  try {
    ctx.body = await readFile(new URL(`.${ctx.path}`, import.meta.url));
    ctx.type = 'application/octet-stream';
  } catch {
    await next();
  }
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [rawBytes, ...devMiddleware],
  concurrency: 1,
  testsFinishTimeout: 240000,
  testFramework: { config: { timeout: 20000 } },
  plugins: devPlugins(),
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
          '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
      },
    }),
  ],
};
