import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { strictCspMiddleware } from './csp.config.mjs';
import { argdownCoreAsEsm } from './scripts/argdown-core-esm.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [strictCspMiddleware],
  concurrency: 1,
  testsFinishTimeout: 240000,
  testFramework: { config: { timeout: 20000 } },
  plugins: [
    argdownCoreAsEsm(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      define: { 'process.env.NODE_ENV': '"development"' },
    }),
  ],
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
