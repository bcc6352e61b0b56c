// A @web/dev-server plugin (for `npm start` and web-test-runner) that lets the browser load
// exceljs, which ships CommonJS and a browser build in UMD: `import … from 'exceljs'` is served as
// one ES module that esbuild bundles on first request. Production builds bundle it with esbuild
// directly (a lazy chunk of the explorer), so they do not need this.
import { build } from 'esbuild';

const SERVED_AT = '/__exceljs.js';

export function exceljsAsEsm() {
  let bundle;
  return {
    name: 'exceljs-as-esm',
    resolveImport({ source }) {
      return source === 'exceljs' ? SERVED_AT : undefined;
    },
    async serve(context) {
      if (context.path !== SERVED_AT) return undefined;
      bundle ??= build({
        // Named re-exports beside the default: esbuild cannot list a CommonJS module's exports for `export *`.
        stdin: { contents: "import ExcelJS from 'exceljs';\nexport default ExcelJS;\nexport const { Workbook } = ExcelJS;\n", resolveDir: process.cwd() },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        logLevel: 'error',
      }).then((result) => result.outputFiles[0].text);
      return { body: await bundle, type: 'js' };
    },
  };
}
