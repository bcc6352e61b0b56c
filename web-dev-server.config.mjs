import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { strictCspMiddleware } from './csp.config.mjs';
import { argdownCoreAsEsm } from './scripts/argdown-core-esm.mjs';

/** `npm start`: the explorer on the shipped map, TypeScript compiled on the fly. */
export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  nodeResolve: true,
  middleware: [strictCspMiddleware],
  appIndex: 'index.html',
  plugins: [
    argdownCoreAsEsm(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      define: { 'process.env.NODE_ENV': '"development"' },
    }),
  ],
};
