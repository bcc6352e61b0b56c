// A @web/dev-server plugin (for `npm start` and web-test-runner) that lets the browser load
// @argdown/core, which ships CommonJS: every import of `@argdown/core/dist/…` is served as one ES
// module that esbuild bundles on first request. One module, not one per file, so that Argdown's
// lexer tokens, which its parser and model compare by identity, exist once.
// Wire it with `plugins: [argdownCoreAsEsm(), …]` in web-dev-server.config.mjs and web-test-runner.config.mjs.
import { build } from 'esbuild';

/** What src/interop/argdown-import.ts imports from @argdown/core at run time. */
const MODULES = ['ArgdownApplication', 'plugins/DataPlugin', 'plugins/ModelPlugin', 'plugins/ParserPlugin'];
const SERVED_AT = '/__argdown-core.js';

export function argdownCoreAsEsm() {
  let bundle;
  return {
    name: 'argdown-core-as-esm',
    resolveImport({ source }) {
      if (source.startsWith('@argdown/core/dist/')) return SERVED_AT;
      return undefined;
    },
    async serve(context) {
      if (context.path !== SERVED_AT) return undefined;
      bundle ??= build({
        // Named re-exports: esbuild cannot list a CommonJS module's exports for `export *`.
        stdin: { contents: MODULES.map((m) => `export { ${m.split('/').pop()} } from '@argdown/core/dist/${m}.js';`).join('\n'), resolveDir: process.cwd() },
        bundle: true,
        format: 'esm',
        write: false,
        logLevel: 'error',
      }).then((result) => result.outputFiles[0].text);
      return { body: await bundle, type: 'js' };
    },
  };
}
