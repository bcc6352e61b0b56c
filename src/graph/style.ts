import type { NodeSingular, StylesheetJson } from 'cytoscape';
import { paletteColour } from './palette.js';

export type ColorBy = 'thread' | 'side' | 'source';

/** Colours the element reads from its CSS custom properties, so pages can theme the canvas. */
export interface GraphColours {
  text: string;
  background: string;
  border: string;
  supports: string;
  attacks: string;
  accent: string;
  match: string;
  dark: boolean;
}

export const CLAIM_FONT_SIZE = 13;
export const CLAIM_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const CLAIM_WIDTH = 176;
export const CLAIM_PADDING = 8;

const SIDE_FILLS = {
  light: { thesis: '#dfe6ee', pro: '#d3ecd5', con: '#f7d6d3' },
  dark: { thesis: '#3a4654', pro: '#25502c', con: '#5e2a27' },
};

export function graphStyle(colours: GraphColours, colorBy: ColorBy): StylesheetJson {
  const sideFills = colours.dark ? SIDE_FILLS.dark : SIDE_FILLS.light;
  const fill = (node: NodeSingular): string => {
    if (colorBy === 'side') return sideFills[node.data('side') as keyof typeof sideFills] ?? sideFills.thesis;
    if (colorBy === 'source') return node.data('sourceIndex') < 0 ? colours.background : paletteColour(node.data('sourceIndex'), colours.dark);
    return paletteColour(node.data('threadIndex'), colours.dark);
  };
  return [
    {
      selector: 'node.claim',
      style: {
        shape: 'round-rectangle',
        width: CLAIM_WIDTH,
        height: 'data(height)',
        'background-color': fill,
        'border-width': 1,
        'border-color': colours.border,
        label: 'data(label)',
        color: colours.text,
        'font-family': CLAIM_FONT,
        'font-size': CLAIM_FONT_SIZE,
        'text-wrap': 'wrap',
        'text-max-width': `${CLAIM_WIDTH - 2 * CLAIM_PADDING}px`,
        'text-valign': 'center',
        'text-halign': 'center',
        'line-height': 1.25,
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'node.claim.thesis', style: { 'border-width': 3, 'font-weight': 'bold' } },
    {
      selector: 'node.thread',
      style: {
        shape: 'round-rectangle',
        'background-opacity': colours.dark ? 0.08 : 0.04,
        'background-color': colours.text,
        'border-width': 1,
        'border-style': 'dashed',
        'border-color': colours.border,
        label: 'data(label)',
        color: colours.text,
        'font-family': CLAIM_FONT,
        'font-size': 15,
        'font-weight': 'bold',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -6,
        padding: '24px',
        events: 'no',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 2,
        'curve-style': 'bezier',
        'arrow-scale': 1.3,
        'target-distance-from-node': 2,
      },
    },
    {
      selector: 'edge.supports',
      style: { 'line-color': colours.supports, 'target-arrow-color': colours.supports, 'target-arrow-shape': 'triangle' },
    },
    {
      selector: 'edge.attacks',
      style: {
        'line-color': colours.attacks,
        'target-arrow-color': colours.attacks,
        'target-arrow-shape': 'tee',
        'line-style': 'dashed',
        'line-dash-pattern': [7, 4],
      },
    },
    { selector: 'node.claim.match', style: { 'border-width': 4, 'border-color': colours.match, 'underlay-color': colours.match, 'underlay-opacity': 0.35, 'underlay-padding': 6 } },
    { selector: 'node.claim:selected', style: { 'border-width': 4, 'border-color': colours.accent, 'overlay-opacity': 0 } },
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}
