import { expect, html } from '@open-wc/testing';
import { parseMap } from '../../src/parse/parse-map.js';
import { mapElement } from './helpers.js';

const longWordMap = (word: string) => `# t: Is it so?

## long: ${word}

> It is so.
>
> — s

## short: It is not so.

- attacks: long

> It is not.
>
> — s

# Sources

## s: A source
`;

describe('exporting the graph as an image', () => {
  it('a claim with a 20,000-character word exports as PNG and SVG', async () => {
    const word = 'a'.repeat(20_000);
    const { el } = await mapElement(html`<argument-map><script type="text/markdown">${longWordMap(word)}</script></argument-map>`);
    const png = await el.exportImage('png');
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.above(100);
    const svg = await el.exportImage('svg');
    expect(svg.size).to.be.above(100);
  });

  it('a graph too big for a canvas at twice its size is drawn smaller, not lost', async () => {
    // 300 claims in one chain: a column tens of thousands of pixels tall.
    const claims = Array.from({ length: 300 }, (_, i) => `## c${i}: Claim ${i} ${'word '.repeat(30)}\n\n${i ? `- supports: c${i - 1}\n\n` : ''}> Claim ${i}\n>\n> — s\n`);
    const { map } = parseMap([{ name: 'tall.md', text: `# t: Tall?\n\n${claims.join('\n')}\n# Sources\n\n## s: A source\n` }]);
    const { el } = await mapElement(html`<argument-map .map=${map}></argument-map>`);
    const box = el.cy!.elements().boundingBox();
    expect(Math.max(box.w, box.h) * 2 * (window.devicePixelRatio || 1)).to.be.above(32_767);
    const png = await el.exportImage('png');
    const image = await createImageBitmap(png);
    expect(Math.max(image.width, image.height)).to.be.within(1000, 16_000);
  });
});
