// custom-elements.json, as `npm run build` writes it (cem analyze): what editors and docs learn
// about <argument-map> from it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const path = new URL('../../custom-elements.json', import.meta.url);

function argumentMap() {
  assert.ok(existsSync(path), 'custom-elements.json is missing: run npm run build first');
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const element = declarations.find((d) => d.tagName === 'argument-map');
  assert.ok(element, 'the manifest declares <argument-map>');
  return { element, declarations };
}

test('the manifest names the three public events, each with its detail type, and no unnamed event', () => {
  const { element, declarations } = argumentMap();
  const events = new Map(element.events.map((e) => [e.name, e.type?.text]));
  assert.deepEqual(Object.fromEntries(events), {
    'claim-select': 'ClaimSelectEvent',
    'map-load': 'MapLoadEvent',
    'map-error': 'MapErrorEvent',
  });
  for (const declaration of declarations) {
    for (const event of declaration.events ?? []) assert.ok(event.name, `an unnamed event in ${declaration.name}: ${JSON.stringify(event)}`);
  }
});

test('the manifest lists the CSS parts and custom properties', () => {
  const { element } = argumentMap();
  const parts = element.cssParts.map((p) => p.name);
  for (const part of ['base', 'graph', 'legend', 'panel', 'outline', 'status', 'origin']) assert.ok(parts.includes(part), `part ${part}`);
  const properties = element.cssProperties.map((p) => p.name);
  for (const name of ['text', 'muted', 'background', 'border', 'support-color', 'attack-color', 'accent', 'match', 'link', 'hover', 'font', 'panel-width', 'panel-background']) {
    assert.ok(properties.includes(`--argument-map-${name}`), `--argument-map-${name}`);
  }
});

test('every --argument-map-* property the styles read is in the manifest', () => {
  const { element } = argumentMap();
  const listed = new Set(element.cssProperties.map((p) => p.name));
  const styles = ['argument-map/argument-map.styles.ts', 'claim-panel/claim-panel.styles.ts']
    .map((file) => readFileSync(new URL(`../../src/components/${file}`, import.meta.url), 'utf8')).join('\n');
  for (const [name] of styles.matchAll(/--argument-map-[a-z-]+[a-z]/g)) assert.ok(listed.has(name), `${name} is used but not documented`);
});

test('the manifest lists the public properties and their attributes', () => {
  const { element } = argumentMap();
  const attributes = element.attributes.map((a) => a.name);
  for (const name of ['src', 'format', 'selected', 'thread', 'search', 'focus-claim', 'focus-depth', 'color-by', 'layout', 'theme', 'view', 'allow-data-urls']) {
    assert.ok(attributes.includes(name), `attribute ${name}`);
  }
  const members = element.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected').map((m) => m.name);
  for (const name of ['map', 'assumptions', 'state', 'mapOrigins', 'cy', 'fit', 'reload', 'exportImage', 'shownMap']) assert.ok(members.includes(name), `member ${name}`);
});

test("the explorer's own tools (the editor, the practice drill) stay out of the manifest", () => {
  const { declarations } = argumentMap();
  const tags = declarations.map((d) => d.tagName).filter(Boolean);
  for (const tag of ['map-editor', 'practice-drill']) assert.ok(!tags.includes(tag), `<${tag}> is listed`);
  assert.ok(tags.includes('case-view'), 'the published views are still listed');
});

test('the manifest documents colouring by strength and the Case view\'s flow sheet', () => {
  const { element, declarations } = argumentMap();
  const colorBy = element.attributes.find((a) => a.name === 'color-by');
  assert.match(colorBy.description, /strength/);
  const flow = declarations.find((d) => d.tagName === 'case-flow');
  assert.ok(flow, 'the manifest declares <case-flow>');
  assert.deepEqual(flow.attributes.map((a) => a.name), ['format']);
  assert.ok(flow.events.some((e) => e.name === 'claim-navigate'));
});
