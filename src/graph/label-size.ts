import { CLAIM_FONT, CLAIM_FONT_SIZE, CLAIM_PADDING, CLAIM_WIDTH } from './style.js';

const LINE_HEIGHT = 1.25;

/** Lines that `text` wraps into at word boundaries, as Cytoscape wraps a label. */
export function wrappedLineCount(text: string, maxWidth: number, widthOf: (s: string) => number): number {
  const words = text.split(/\s+/).filter(Boolean);
  let lines = 1;
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && widthOf(candidate) > maxWidth) {
      lines++;
      line = word;
    } else {
      line = candidate;
    }
  }
  return lines;
}

/** Height of a claim node whose label is `text`, measured with the canvas font the graph uses. */
export function claimNodeHeight(text: string, bold: boolean, context: CanvasRenderingContext2D | null): number {
  const maxWidth = CLAIM_WIDTH - 2 * CLAIM_PADDING;
  let widthOf = (s: string) => s.length * CLAIM_FONT_SIZE * 0.55;
  if (context) {
    context.font = `${bold ? 'bold ' : ''}${CLAIM_FONT_SIZE}px ${CLAIM_FONT}`;
    widthOf = (s: string) => context.measureText(s).width;
  }
  const lines = wrappedLineCount(text, maxWidth, widthOf);
  return Math.ceil(lines * CLAIM_FONT_SIZE * LINE_HEIGHT + 2 * CLAIM_PADDING);
}
