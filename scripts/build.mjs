// `npm run build`: what the package ships besides the CLI.
//   dist/esm/            every module the package's entries reach, compiled one by one (for bundlers and Node)
//   dist/types/          their declarations, and the JSX and Vue typings for <argument-map>
//   dist/argument-map.js the element in one self-contained file, for one <script type="module"> on any host
//   dist/explorer.js     the explorer page (`argmap site`, `argmap serve`) with its chunks in dist/chunks/
//   dist/map-worker.js   the worker both read big maps in (src/load/map-worker.ts), one self-contained file
//   custom-elements.json, vscode.html-custom-data.json, web-types.json: the element described for editors
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

// The map worker is reached through `new URL('./map-worker.js', import.meta.url)`, which esbuild does not follow.
const ENTRIES = ['src/index.ts', 'src/core.ts', 'src/element.ts', 'src/define.ts', 'src/argdown.ts', 'src/load/map-worker.ts'];
const common = { format: 'esm', target: 'es2022', logLevel: 'warning' };

for (const stale of ['dist/esm', 'dist/chunks', 'dist/types']) rmSync(stale, { recursive: true, force: true });

// The modules the entries reach, the lazily loaded Argdown reader included, without bundling them.
const reach = await build({ ...common, entryPoints: ENTRIES, bundle: true, write: false, metafile: true, outdir: 'dist/esm', packages: 'external', splitting: true });
const modules = Object.keys(reach.metafile.inputs).filter((path) => path.startsWith('src/'));
await build({ ...common, entryPoints: modules, outbase: 'src', outdir: 'dist/esm', sourcemap: true });
// A bundler must not follow the lazy import of the Argdown reader: it needs the optional @argdown/core,
// and a host app without it would fail to build. Node and unbundled pages still load it on demand;
// a bundled page that wants Argdown imports `argument-map/argdown`, which provides the reader.
const readAny = 'dist/esm/interop/read-any.js';
const lazyReader = 'import("./argdown-import.js")';
if (!readFileSync(readAny, 'utf8').includes(lazyReader)) throw new Error(`${readAny}: the lazy Argdown import moved; update scripts/build.mjs`);
writeFileSync(readAny, readFileSync(readAny, 'utf8').replace(lazyReader, 'import(/* webpackIgnore: true */ /* @vite-ignore */ ["./argdown-import.js"][0])'));
console.log(`dist/esm/: ${modules.length} modules`);

// The one-file build leaves out the Argdown reader (@argdown/core would triple its size): opening an
// Argdown file there gives a diagnostic that says so, through read-any's usual failure path.
const withoutArgdown = {
  name: 'without-argdown',
  setup(esbuild) {
    esbuild.onResolve({ filter: /argdown-import\.js$/ }, () => ({ path: 'argdown-import', namespace: 'without-argdown' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'without-argdown' }, () => ({
      contents: "throw new Error('the one-file build (argument-map.js) leaves it out: use the npm package, or convert the file to Markdown with `argmap convert`');",
      loader: 'js',
    }));
  },
};
// It leaves out the Word export too (the docx library would add some 100 kB): the Case view's
// "Word (.docx)" button then says so.
const withoutDocx = {
  name: 'without-docx',
  setup(esbuild) {
    esbuild.onResolve({ filter: /case-docx\.js$/ }, () => ({ path: 'case-docx', namespace: 'without-docx' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'without-docx' }, () => ({
      contents: "export async function caseDocx() { throw new Error('the one-file build (argument-map.js) leaves out the Word export: use the npm package, or `argmap brief --format docx`'); }",
      loader: 'js',
    }));
  },
};
// And the flow sheet's Excel export (exceljs is some 250 kB min+gzip): its button says so.
const withoutXlsx = {
  name: 'without-xlsx',
  setup(esbuild) {
    esbuild.onResolve({ filter: /flow-xlsx\.js$/ }, () => ({ path: 'flow-xlsx', namespace: 'without-xlsx' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'without-xlsx' }, () => ({
      contents: "export async function flowXlsx() { throw new Error('the one-file build (argument-map.js) leaves out the Excel export: use the npm package or the explorer'); }",
      loader: 'js',
    }));
  },
};
await build({
  ...common,
  entryPoints: { 'argument-map': 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  minify: true,
  legalComments: 'eof',
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [withoutArgdown, withoutDocx, withoutXlsx],
});

// Beside argument-map.js and explorer.js, whose `new URL('./map-worker.js', import.meta.url)` finds it.
// It reads Markdown, JSON, AIF and Kialo; Argdown files are read on the page, where its reader is.
await build({
  ...common,
  entryPoints: { 'map-worker': 'src/load/map-worker.ts' },
  outdir: 'dist',
  bundle: true,
  minify: true,
  legalComments: 'eof',
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [withoutArgdown],
});

const explorer = await build({
  ...common,
  entryPoints: { explorer: 'src/explorer/main.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  metafile: true,
  define: { 'process.env.NODE_ENV': '"production"' },
});

/** min+gzip size of an output file with the chunks it loads at start (static imports only). */
function startupSize(file, outputs, seen = new Set()) {
  if (seen.has(file)) return 0;
  seen.add(file);
  let size = gzipSync(readFileSync(file), { level: 9 }).length;
  for (const imported of outputs?.[file]?.imports ?? []) {
    if (imported.kind === 'import-statement') size += startupSize(imported.path, outputs, seen);
  }
  return size;
}
console.log(`dist/argument-map.js: ${(startupSize('dist/argument-map.js') / 1024).toFixed(1)} kB min+gzip, one file`);
console.log(`dist/explorer.js: ${(startupSize('dist/explorer.js', explorer.metafile.outputs) / 1024).toFixed(1)} kB min+gzip at start (lazy chunks excluded)`);
console.log(`dist/map-worker.js: ${(startupSize('dist/map-worker.js') / 1024).toFixed(1)} kB min+gzip, one file, loaded for big maps only`);

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
cpSync('src/frameworks', 'dist/types/frameworks', { recursive: true });
console.log('dist/types/');

execFileSync('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/components/**/*.ts', 'src/define-map.ts', 'src/define-views.ts', '--exclude', 'src/components/**/*.styles.ts', '--exclude', 'src/components/map-editor/**', '--exclude', 'src/components/practice-drill/**'], { stdio: 'inherit' });
// The manifest names the shipped modules, not the sources the package leaves out.
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8').replace(/"src\/([^"]+)\.ts"/g, '"dist/esm/$1.js"'));
nameEvents(manifest);
writeFileSync('custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
generateVsCodeCustomElementData(manifest, { outdir: '.', htmlFileName: 'vscode.html-custom-data.json', cssFileName: null, hideLogs: true });
generateJetBrainsWebTypes(manifest, { outdir: '.', webTypesFileName: 'web-types.json', hideLogs: true });
console.log('custom-elements.json, vscode.html-custom-data.json, web-types.json');

/**
 * The analyzer lists `this.dispatchEvent(new SomeEvent(…))` as an event with a type and no name,
 * beside the `@fires` entry with the name: one entry each, with both, from the event classes.
 */
function nameEvents(manifest) {
  const names = new Map();
  for (const file of execFileSync('git', ['ls-files', 'src/components'], { encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.ts'))) {
    for (const [, type, name] of readFileSync(file, 'utf8').matchAll(/class (\w+) extends (?:Custom)?Event\b[\s\S]*?super\('([a-z-]+)'/g)) names.set(type, name);
  }
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    if (!declaration.events) continue;
    const events = [];
    for (const event of declaration.events) {
      const name = event.name ?? names.get(event.type?.text);
      const same = events.find((e) => e.name === name);
      if (same) {
        same.type ??= event.type;
        same.description ??= event.description;
      } else if (name) events.push({ ...event, name });
    }
    for (const event of events) if (!event.type && names.size) {
      const type = [...names].find(([, n]) => n === event.name)?.[0];
      if (type) event.type = { text: type };
    }
    declaration.events = events;
  }
}
