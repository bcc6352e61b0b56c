// The package as a user installs it: `npm pack`, unpacked into an app's node_modules (offline, its
// dependencies linked from ours), then imported in Node, bundled into a React 19 and a Vue 3 app,
// and its one-file build copied alone onto a static host. Needs `npm run build` and `npm run build:cli`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium, shownClaims, staticServer, until } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const modules = join(root, 'node_modules');
const map = readFileSync(join(root, 'test/fixtures/small.md'), 'utf8');
const CLAIMS_IN_MAP = 4;

let temp;
let app;
let chromium;

/** `npm pack` without scripts (the build has run); the files it would publish. */
function packedFiles() {
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  return report.files.map((file) => file.path);
}

before(() => {
  assert.ok(existsSync(join(root, 'dist/esm/index.js')) && existsSync(join(root, 'dist/cli/argmap.js')), 'run npm run build and npm run build:cli first');
  temp = mkdtempSync(join(tmpdir(), 'argmap-package-'));
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', temp], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  app = join(temp, 'app');
  const installed = join(app, 'node_modules/argument-map');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(temp, report.filename), '-C', installed, '--strip-components=1']);
  // What `npm install` would put beside it, offline: every package we have, except the optional
  // @argdown/core, to show what a user without it sees.
  for (const name of readdirSync(modules)) {
    if (name.startsWith('.') || name === 'argument-map') continue;
    if (name === '@argdown') continue;
    symlinkSync(join(modules, name), join(app, 'node_modules', name), 'dir');
  }
  mkdirSync(join(app, 'public'));
  writeFileSync(join(app, 'public/map.md'), map);
  writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true, "type": "module" }\n');
});

after(async () => {
  await chromium?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

async function browser() {
  chromium ??= await launchChromium();
  return chromium.browser;
}

/** Opens `url`, waits for its <argument-map> to load, and returns the page and the requests that failed. */
async function openMap(url) {
  const page = await (await browser()).newPage();
  const failed = [];
  page.on('response', (response) => { if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`); });
  page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
  page.on('pageerror', (error) => failed.push(`page error: ${error.message}`));
  await page.goto(url);
  // The graph fills in after the map loads (labels are measured first): wait for its claims too.
  await until(page, () => {
    const el = document.querySelector('argument-map');
    return el?.state?.$status.get().state === 'loaded' && (el.cy?.nodes('.claim').length ?? 0) > 0;
  }, undefined, `the map at ${url}`);
  return { page, failed };
}

/** Claims drawn by the page's <argument-map> (run in the page). */
function drawnClaims() {
  return document.querySelector('argument-map').cy.nodes('.claim').length;
}

/** Selects a claim as a keyboard user does: focus the graph, press the down arrow. */
async function selectByKeyboard(page) {
  await page.evaluate(() => document.querySelector('argument-map').shadowRoot.querySelector('.graph').focus());
  await page.keyboard.press('ArrowDown');
}

describe('the npm package', () => {
  it('ships the built code, its types, the editor metadata and the licence, and no sources, tests, benchmarks or scripts', () => {
    const files = packedFiles();
    for (const needed of ['LICENSE', 'README.md', 'package.json', 'custom-elements.json', 'vscode.html-custom-data.json', 'web-types.json',
      'dist/esm/index.js', 'dist/esm/core.js', 'dist/esm/element.js', 'dist/esm/define.js', 'dist/argument-map.js',
      'dist/types/index.d.ts', 'dist/types/core.d.ts', 'dist/types/frameworks/jsx.d.ts', 'dist/types/frameworks/vue.d.ts', 'dist/cli/argmap.js', 'bin/argmap.js', 'dist/explorer.js', 'dist/map-worker.js']) {
      assert.ok(files.includes(needed), `${needed} is in the package`);
    }
    const stray = files.filter((path) => /^(test|bench|scripts|arguments|examples|docs)\//.test(path) || (path.startsWith('src/') && path !== 'src/explorer/explorer.css'));
    assert.deepEqual(stray, []);
    // The built modules (each with its map and types) and nothing else: a few hundred files.
    assert.ok(files.length < 600, `${files.length} files`);
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules/argument-map/custom-elements.json'), 'utf8'));
    assert.ok(manifest.modules.some((m) => m.declarations?.some((d) => d.tagName === 'argument-map')), 'the manifest describes <argument-map>');
    assert.match(readFileSync(join(app, 'node_modules/argument-map/LICENSE'), 'utf8'), /^MIT License\n\nCopyright \(c\) \d{4} argument-map contributors/);
  });

  it('does not bundle what it depends on, and asks for @argdown/core only as an optional peer', () => {
    const pkg = JSON.parse(readFileSync(join(app, 'node_modules/argument-map/package.json'), 'utf8'));
    for (const shared of ['lit', 'cytoscape', 'marked', 'nanostores', 'dompurify', 'd3-hierarchy']) assert.ok(pkg.dependencies[shared], shared);
    assert.equal(pkg.dependencies['@argdown/core'], undefined);
    assert.deepEqual(pkg.peerDependenciesMeta['@argdown/core'], { optional: true });
    const element = readFileSync(join(app, 'node_modules/argument-map/dist/esm/components/argument-map/argument-map.js'), 'utf8');
    assert.match(element, /from "lit"/);
  });

  it('imports in Node without a DOM: the whole package, the core and the element classes', () => {
    const script = `
      const all = await import('argument-map');
      const { parseMap, readMapText } = await import('argument-map/core');
      const { ArgumentMapElement } = await import('argument-map/element');
      const { map, diagnostics } = parseMap([{ name: 'map.md', text: ${JSON.stringify(map)} }]);
      const argdown = await readMapText('debate.argdown', '# Thesis');
      console.log(JSON.stringify({ claims: map.claims.length, errors: diagnostics.filter((d) => d.severity === 'error').length,
        element: typeof ArgumentMapElement, same: all.ArgumentMapElement === ArgumentMapElement, argdown: argdown.diagnostics[0]?.message }));`;
    const result = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' }));
    assert.equal(result.claims, CLAIMS_IN_MAP);
    assert.equal(result.errors, 0);
    assert.equal(result.element, 'function');
    assert.ok(result.same, 'one class, whichever entry it came from');
    assert.match(result.argdown, /could not load the Argdown reader \(to read Argdown, install @argdown\/core beside argument-map/);
  });

  it('runs its CLI from the installed package under both names', () => {
    const pkg = JSON.parse(readFileSync(join(app, 'node_modules/argument-map/package.json'), 'utf8'));
    assert.equal(pkg.bin['argument-map'], pkg.bin.argmap);
    const out = execFileSync(process.execPath, [join(app, 'node_modules/argument-map', pkg.bin['argument-map']), '--version'], { cwd: app, encoding: 'utf8' });
    assert.equal(out, `argument-map ${pkg.version}\n`);
  });

  it('writes a working explorer site with the installed CLI, from the built explorer it ships', async () => {
    writeFileSync(join(app, 'map.md'), map);
    const cli = join(app, 'node_modules/argument-map/bin/argmap.js');
    execFileSync(process.execPath, [cli, 'site', 'map.md', '-o', 'site'], { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const server = await staticServer(join(app, 'site'));
    const page = await (await browser()).newPage();
    try {
      await page.goto(server.url);
      const claims = await until(page, shownClaims, undefined, 'the explorer to show the map');
      assert.equal(claims.length, CLAIMS_IN_MAP);
    } finally {
      await page.close();
      await server.close();
    }
  });

  it('draws the map and hands claim-select to a React 19 app, type-checked against its JSX typings (and the Vue typings checked)', async () => {
    writeFileSync(join(app, 'react-app.tsx'), `
      import { useState } from 'react';
      import { createRoot } from 'react-dom/client';
      import 'argument-map';
      import type { ClaimSelectEvent } from 'argument-map';
      import type {} from 'argument-map/jsx';

      function App() {
        const [selected, setSelected] = useState('nothing');
        return (
          <main>
            <argument-map src="map.md" layout="tree-right" focusDepth={2} style={{ display: 'block', height: '500px' }}
              onclaim-select={(event: ClaimSelectEvent) => setSelected(event.detail.id ?? 'nothing')} />
            {/* @ts-expect-error: not a layout */}
            <argument-map layout="sideways" hidden />
            <output>{selected}</output>
          </main>
        );
      }
      createRoot(document.getElementById('root')!).render(<App />);
    `);
    // Vue templates are checked by vue-tsc through GlobalComponents; the same type, checked here.
    writeFileSync(join(app, 'vue-types.ts'), `
      import type { GlobalComponents } from 'vue';
      import type {} from 'argument-map/vue';

      type Props = InstanceType<GlobalComponents['argument-map']>['$props'];
      export const props: Props = { src: 'map.md', layout: 'tree-right', onClaimSelect: (event) => console.log(event.detail.claim?.text) };
      // @ts-expect-error: not a layout
      export const wrong: Props = { layout: 'sideways' };
    `);
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx', strict: true, noEmit: true, skipLibCheck: true, types: [], lib: ['es2022', 'dom', 'dom.iterable'] },
      files: ['react-app.tsx', 'vue-types.ts'],
    }));
    try {
      execFileSync(process.execPath, [join(modules, 'typescript/bin/tsc'), '-p', app], { cwd: app, encoding: 'utf8' });
    } catch (error) {
      assert.fail(`the apps do not type-check:\n${error.stdout}`);
    }
    await bundle('react-app.tsx', 'react.js');
    writeFileSync(join(app, 'public/react.html'), '<!doctype html><link rel="icon" href="data:,"><div id="root"></div><script type="module" src="react.js"></script>\n');
    await inTheBrowser('react.html');
  });

  it('draws the map and hands claim-select to a Vue 3 app', async () => {
    writeFileSync(join(app, 'vue-app.js'), `
      import { createApp, h, ref } from 'vue';
      import 'argument-map';

      const selected = ref('nothing');
      const app = createApp({
        setup: () => () => h('main', [
          h('argument-map', { src: 'map.md', style: 'display: block; height: 500px', onClaimSelect: (event) => { selected.value = event.detail.id ?? 'nothing'; } }),
          h('output', selected.value),
        ]),
      });
      app.config.compilerOptions.isCustomElement = (tag) => tag === 'argument-map';
      app.mount('#root');
    `);
    await bundle('vue-app.js', 'vue.js');
    writeFileSync(join(app, 'public/vue.html'), '<!doctype html><link rel="icon" href="data:,"><div id="root"></div><script type="module" src="vue.js"></script>\n');
    await inTheBrowser('vue.html');
  });

  it('reads Argdown in a bundled page that imports argument-map/argdown, with @argdown/core installed', async () => {
    writeFileSync(join(app, 'argdown-app.js'), "import 'argument-map';\nimport 'argument-map/argdown';\n");
    // @argdown/core is left out of the app's node_modules; this app installs it (resolved from ours).
    await bundle('argdown-app.js', 'argdown.js', { nodePaths: [modules] });
    writeFileSync(join(app, 'public/debate.argdown'), '[Homework]: Homework helps.\n  + <Scores>: Homework raises test scores.\n  - <Time>: Homework takes time from play.\n');
    writeFileSync(join(app, 'public/argdown.html'), '<!doctype html><link rel="icon" href="data:,"><script type="module" src="argdown.js"></script>\n<argument-map src="debate.argdown" style="display: block; height: 500px"></argument-map>\n');
    const server = await staticServer(join(app, 'public'));
    let page;
    try {
      let failed;
      ({ page, failed } = await openMap(`${server.url}argdown.html`));
      assert.equal(await page.evaluate(drawnClaims), 3);
      assert.deepEqual(failed, []);
    } finally {
      await page?.close();
      await server.close();
    }
  });

  it('draws the map from its one-file build copied alone next to the map and a page, and says Argdown is left out', async () => {
    const host = join(temp, 'host');
    mkdirSync(host);
    copyFileSync(join(app, 'node_modules/argument-map/dist/argument-map.js'), join(host, 'argument-map.js'));
    writeFileSync(join(host, 'map.md'), map);
    writeFileSync(join(host, 'debate.argdown'), '[Thesis]: Homework helps.\n');
    writeFileSync(join(host, 'index.html'), '<!doctype html><link rel="icon" href="data:,"><script type="module" src="argument-map.js"></script>\n<argument-map src="map.md" style="display: block; height: 500px"></argument-map>\n');
    writeFileSync(join(host, 'argdown.html'), '<!doctype html><link rel="icon" href="data:,"><script type="module" src="argument-map.js"></script>\n<argument-map src="debate.argdown"></argument-map>\n');
    const server = await staticServer(host);
    let page;
    try {
      let failed;
      ({ page, failed } = await openMap(server.url));
      assert.equal(await page.evaluate(drawnClaims), CLAIMS_IN_MAP);
      assert.deepEqual(failed, []);
      await page.goto(`${server.url}argdown.html`);
      const message = await until(page, () => {
        const status = document.querySelector('argument-map')?.state?.$status.get();
        return status?.state === 'error' && status.diagnostics.map((d) => d.message).join('\n');
      }, undefined, 'the Argdown file to fail');
      assert.match(message, /the one-file build \(argument-map\.js\) leaves it out/);
    } finally {
      await page?.close();
      await server.close();
    }
  });
});

/** Bundles an app file with esbuild as a web developer's bundler would, resolving the package by its exports. */
async function bundle(entry, out, options = {}) {
  await build({
    ...options,
    absWorkingDir: app,
    entryPoints: [entry],
    outfile: join(app, 'public', out),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  });
}

/** Serves the app, checks its map is drawn and that a claim selected by keyboard reaches the app's <output>. */
async function inTheBrowser(pageName) {
  const server = await staticServer(join(app, 'public'));
  let page;
  try {
    let failed;
    ({ page, failed } = await openMap(`${server.url}${pageName}`));
    assert.equal(await page.evaluate(drawnClaims), CLAIMS_IN_MAP);
    assert.equal(await page.$eval('output', (output) => output.textContent), 'nothing');
    await selectByKeyboard(page);
    const selected = await until(page, () => { const text = document.querySelector('output').textContent; return text !== 'nothing' && text; }, undefined, 'the app to hear claim-select');
    assert.equal(selected, await page.evaluate(() => document.querySelector('argument-map').selected));
    assert.deepEqual(failed, []);
  } finally {
    await page?.close();
    await server.close();
  }
}
