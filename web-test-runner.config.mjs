import { chromeLauncher } from '@web/test-runner-chrome';
import { devMiddleware, devPlugins } from './dev-server.plugins.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: devMiddleware,
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
