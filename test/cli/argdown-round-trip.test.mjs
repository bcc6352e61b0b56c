// Property (fast-check): the Argdown export of a random, hostile map reads back with our Argdown
// reader as the same threads, claims, tags and relations, up to the normalisations exportArgdown
// documents, or is refused naming what it cannot write. The TypeScript is bundled here for Node,
// where @argdown/core runs.
import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

const root = new URL('../../', import.meta.url).pathname;

describe('the Argdown export reads back as the same map, or is refused', () => {
  it('for random hostile maps (ids like __proto__ and constructor, texts with Argdown syntax and line breaks)', async () => {
    const outfile = join(root, 'dist/test/argdown-round-trip.mjs');
    await build({ entryPoints: [join(root, 'test/interop/argdown-round-trip.ts')], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
    const { checkArgdownRoundTrip } = await import(outfile);
    // Argdown's parser is slow to start on each document: fewer runs than the other formats.
    const written = checkArgdownRoundTrip(150);
    assert.ok(written > 30, `only ${written} of 150 maps were written`);
  });
});
