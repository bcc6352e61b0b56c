import cytoscape, { type Core, type Ext } from 'cytoscape';

export type ImageFormat = 'png' | 'svg';

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
 * claims; on bigger maps, the claims near the view), on the given background.
 */
export async function exportImage(cy: Core, format: ImageFormat, background: string): Promise<Blob> {
  if (format === 'png') return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: background });
  await registerSvg();
  const svg = (cy as Core & { svg(options: object): string }).svg({ full: true, scale: 1, bg: background });
  return new Blob([svg], { type: 'image/svg+xml' });
}
