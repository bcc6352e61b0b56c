import cytoscape, { type Core, type Ext } from 'cytoscape';

export type ImageFormat = 'png' | 'svg';

/** Why an image could not be made, in words for the reader. */
export class ImageExportError extends Error {}

/** Twice the graph's size, for sharp prints, unless that is more than a browser's canvas holds. */
const PNG_SCALE = 2;
/** Well inside every browser's canvas limits (Chromium: 32,767 pixels a side, 268 million in all). */
const MAX_SIDE = 16_000;
const MAX_PIXELS = 100_000_000;

let svgRegistered: Promise<void> | null = null;

/** cytoscape-svg is loaded only when someone exports an SVG. */
function registerSvg(): Promise<void> {
  svgRegistered ??= import('cytoscape-svg').then((module) => {
    // A UMD file: bundlers hand over its exports; served unbundled (npm start) it sets a global.
    const svg = module.default ?? (globalThis as { cytoscapeSvg?: Ext }).cytoscapeSvg;
    if (!svg) throw new Error('cytoscape-svg did not load');
    cytoscape.use(svg);
  });
  return svgRegistered;
}

/**
 * What Cytoscape draws, as an image: every claim it holds (the whole map up to a few hundred
 * claims; on bigger maps, the claims near the view), on the given background. A graph too big
 * for a canvas at twice its size is drawn smaller. Fails with an `ImageExportError` only.
 */
export async function exportImage(cy: Core, format: ImageFormat, background: string): Promise<Blob> {
  try {
    if (format === 'png') return await cy.png({ output: 'blob-promise', full: true, scale: pngScale(cy), bg: background });
    await registerSvg();
    const svg = (cy as Core & { svg(options: object): string }).svg({ full: true, scale: 1, bg: background });
    return new Blob([svg], { type: 'image/svg+xml' });
  } catch (error) {
    svgRegistered = format === 'svg' ? null : svgRegistered;
    const why = error instanceof Error ? error.message : String(error);
    throw new ImageExportError(`could not make the ${format.toUpperCase()} image: ${why}`);
  }
}

/**
 * The scale to hand `cy.png`, which multiplies it by the device pixel ratio: `PNG_SCALE`, or less
 * when the image would not fit a canvas.
 */
function pngScale(cy: Core): number {
  const box = cy.elements().boundingBox();
  const width = Math.max(1, box.w);
  const height = Math.max(1, box.h);
  const fits = Math.min(MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height)));
  const ratio = window.devicePixelRatio || 1;
  return Math.min(PNG_SCALE * ratio, fits) / ratio;
}
