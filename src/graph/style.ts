import type { NodeSingular, StylesheetJson } from 'cytoscape';
import { paletteColour } from './palette.js';

export type ColorBy = 'thread' | 'side' | 'source' | 'status' | 'strength';

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

/**
 * Claims are wide and short (two or three lines each) so that a thread of twenty claims fits a
 * laptop screen with its labels at 12px or more; see READABLE_FONT_PIXELS.
 */
export const CLAIM_FONT_SIZE = 13;
/** The zoom from which labels show: 13 px text drawn at 7 px, Cytoscape's `min-zoomed-font-size`. */
export const LEGIBLE_ZOOM = 7 / CLAIM_FONT_SIZE;
export const CLAIM_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const CLAIM_WIDTH = 240;
export const CLAIM_PADDING = 7;
export const CLAIM_LINE_HEIGHT = 1.2;
/** The smallest label, in screen pixels, that a first view should show. */
export const READABLE_FONT_PIXELS = 12;
/** Shared with the overview canvas, so both renderers draw the same map. */
export const EDGE_WIDTH = 2;
export const ATTACK_DASH = [7, 4];
export const THESIS_BORDER = 3;
export const HIGHLIGHT_BORDER = 4;
export const FADED_OPACITY = 0.18;
export const THREAD_FONT_SIZE = 15;

/** Whether a claim stands (grounded semantics): in, out (defeated) or undecided. */
export const STATUS_FILLS: Record<'light' | 'dark', Record<string, string>> = {
  light: { in: '#cdebd0', out: '#e2e2e2', undec: '#f5e9b0' },
  dark: { in: '#24502b', out: '#3a3a3a', undec: '#5a5020' },
};

/**
 * Weighed strength (DF-QuAD): one violet hue from pale (weak) to deep (strong), apart from the
 * sides' blue and orange. Not by colour alone: on the graph each box is a bar whose filled part,
 * from the left, is the claim's strength; the rest of the box is `empty`.
 */
export const STRENGTH_FILLS: Record<'light' | 'dark', { weak: string; strong: string; empty: string }> = {
  light: { weak: '#ebe5f7', strong: '#b49fe6', empty: '#f4f5f7' },
  dark: { weak: '#3a3450', strong: '#5e48a6', empty: '#262b33' },
};

/** The fill of a claim of this strength (0 to 1): the weak and strong colours mixed. */
export function strengthFill(strength: number, dark: boolean): string {
  const { weak, strong } = STRENGTH_FILLS[dark ? 'dark' : 'light'];
  const t = Math.min(1, Math.max(0, Number.isFinite(strength) ? strength : 0));
  const channel = (hex: string, at: number) => parseInt(hex.slice(at, at + 2), 16);
  return `#${[1, 3, 5].map((at) => Math.round(channel(weak, at) + (channel(strong, at) - channel(weak, at)) * t).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * For and against: blue and orange, which stay apart under every colour-blindness, as fills and
 * as borders that keep 3:1 against the background; against-claims also have a dashed border, so
 * the sides differ without colour too.
 */
export const SIDE_FILLS = {
  light: { thesis: '#e3e7ec', pro: '#d4e6f7', con: '#fbe0c6' },
  dark: { thesis: '#38414c', pro: '#1d3f63', con: '#5c3510' },
};
export const SIDE_BORDERS = {
  light: { thesis: '#3d4753', pro: '#1f5f9e', con: '#a85000' },
  dark: { thesis: '#c3ccd6', pro: '#7ab8f5', con: '#f5a35c' },
};
/** How the sides' borders are drawn: the mark that does not rely on colour. */
export const SIDE_BORDER_STYLE = { thesis: 'double', pro: 'solid', con: 'dashed' } as const;
export const SIDE_BORDER_WIDTH = 2;

/** A claim's fill colour: by its thread, its side, the source of its first quote, whether it stands, or its strength. */
export function claimFill(colours: GraphColours, colorBy: ColorBy, side: string, threadIndex: number, sourceIndex: number, status?: string, strength?: number): string {
  if (colorBy === 'strength') return strengthFill(strength ?? 0, colours.dark);
  if (colorBy === 'status') return (colours.dark ? STATUS_FILLS.dark : STATUS_FILLS.light)[status ?? 'undec'] ?? STATUS_FILLS.light.undec;
  const sideFills = colours.dark ? SIDE_FILLS.dark : SIDE_FILLS.light;
  if (colorBy === 'side') return sideFills[side as keyof typeof sideFills] ?? sideFills.thesis;
  if (colorBy === 'source') return sourceIndex < 0 ? colours.background : paletteColour(sourceIndex, colours.dark);
  return paletteColour(threadIndex, colours.dark);
}

/**
 * Cytoscape's stylesheet for the claims and relations it draws. Labels are wrapped ahead of time
 * (`data(wrapped)`, see label-size.ts), so Cytoscape measures lines rather than every word.
 * Thread frames are not Cytoscape nodes: the overview canvas draws them (compound nodes make
 * every style change walk the whole thread).
 */
export function graphStyle(
  colours: GraphColours,
  colorBy: ColorBy,
  statusOf: (id: string) => string | undefined = () => undefined,
  strengthOf: (id: string) => number | undefined = () => undefined,
): StylesheetJson {
  const fill = (node: NodeSingular): string =>
    claimFill(colours, colorBy, node.data('side'), node.data('threadIndex'), node.data('sourceIndex'), statusOf(node.id()), strengthOf(node.id()));
  // The strength bar: the box filled from the left as far as the claim's strength, in percent.
  const percent = (node: NodeSingular) => Math.round(Math.min(1, Math.max(0, strengthOf(node.id()) ?? 0)) * 100);
  const empty = STRENGTH_FILLS[colours.dark ? 'dark' : 'light'].empty;
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
        label: 'data(wrapped)',
        color: colours.text,
        'font-family': CLAIM_FONT,
        'font-size': CLAIM_FONT_SIZE,
        'text-wrap': 'wrap',
        'text-max-width': `${CLAIM_WIDTH - 2 * CLAIM_PADDING}px`,
        'text-valign': 'center',
        'text-halign': 'center',
        'line-height': CLAIM_LINE_HEIGHT,
        'min-zoomed-font-size': 7,
      },
    },
    ...(colorBy === 'strength'
      ? [{
        selector: 'node.claim',
        style: {
          'background-fill': 'linear-gradient',
          'background-gradient-direction': 'to-right',
          'background-gradient-stop-colors': (node: NodeSingular) => [fill(node), fill(node), empty, empty],
          'background-gradient-stop-positions': (node: NodeSingular) => ['0%', `${percent(node)}%`, `${percent(node)}%`, '100%'],
        },
      }] satisfies StylesheetJson
      : []),
    ...(['pro', 'con'] as const).map((side) => ({
      selector: `node.claim.${side}`,
      style: {
        'border-width': SIDE_BORDER_WIDTH,
        'border-style': SIDE_BORDER_STYLE[side],
        'border-color': SIDE_BORDERS[colours.dark ? 'dark' : 'light'][side],
      },
    })),
    {
      selector: 'node.claim.thesis',
      style: { 'border-width': THESIS_BORDER + 2, 'border-style': SIDE_BORDER_STYLE.thesis, 'border-color': SIDE_BORDERS[colours.dark ? 'dark' : 'light'].thesis, 'font-weight': 'bold' },
    },
    {
      selector: 'edge',
      style: {
        width: EDGE_WIDTH,
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
        'line-dash-pattern': ATTACK_DASH,
      },
    },
    { selector: 'node.claim.match', style: { 'border-width': HIGHLIGHT_BORDER, 'border-color': colours.match, 'underlay-color': colours.match, 'underlay-opacity': 0.35, 'underlay-padding': 6 } },
    { selector: 'node.claim:selected', style: { 'border-width': HIGHLIGHT_BORDER, 'border-color': colours.accent, 'overlay-opacity': 0 } },
    { selector: '.faded', style: { opacity: FADED_OPACITY } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}
