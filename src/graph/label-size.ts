import { CLAIM_FONT, CLAIM_FONT_SIZE, CLAIM_PADDING, CLAIM_WIDTH } from './style.js';

const LINE_HEIGHT = 1.25;
/** Our widths are sums of character advances, Cytoscape measures whole lines: keep a pixel in hand. */
const SAFETY = 1;

/** Whitespace as Cytoscape splits labels at it: `\s` and the zero-width space. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Character advances, cached by UTF-16 code in `table` (negative until known); `measure` fills
 * a gap and answers for surrogate pairs, counting a pair once, at its first half.
 */
export interface Advances {
  table: Float64Array;
  measure(text: string, i: number): number;
}

/**
 * Lines that `text` wraps into at word boundaries, the way Cytoscape wraps a label: a line takes
 * the next word while the line, that word and a trailing space fit in `maxWidth`. A word's width
 * is the sum of its characters' advances.
 */
export function wrapLines(text: string, maxWidth: number, advances: Advances): string[] {
  const { table } = advances;
  const space = table[32] >= 0 ? table[32] : advances.measure(' ', 0);
  const limit = maxWidth - SAFETY;
  const lines: string[] = [];
  let lineStart = -1;
  let lineEnd = 0;
  let width = 0;
  for (let i = 0; i < text.length;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    const start = i;
    let word = 0;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (isSpace(code)) break;
      const advance = code < 0xd800 || code > 0xdfff ? table[code] : -1;
      word += advance >= 0 ? advance : advances.measure(text, i);
    }
    if (lineStart >= 0 && width + word + space > limit) {
      lines.push(text.slice(lineStart, lineEnd));
      lineStart = start;
      width = word + space;
    } else {
      if (lineStart < 0) lineStart = start;
      width += word + space;
    }
    lineEnd = i;
  }
  lines.push(lineStart < 0 ? '' : text.slice(lineStart, lineEnd));
  // Runs of spaces, tabs and newlines inside a line read as one space, as in Cytoscape.
  return /\s\s|[^\S ]/.test(text) ? lines.map((line) => line.replace(/\s+/g, ' ')) : lines;
}

/** A claim's label broken into lines, and the height of the box that holds it. */
export interface ClaimLabel {
  lines: string[];
  height: number;
}

/**
 * Measures claim labels in the canvas font the graph draws them in. Advances are cached per
 * character, so twenty thousand labels cost a few hundred `measureText` calls and no hashing.
 * Kerning is off while measuring, so the sums err wide, never narrow. Without a canvas (in Node,
 * for `argmap build --layout`) it estimates from character counts, also erring wide.
 */
export class LabelMeasurer {
  private readonly advances: [Advances, Advances];
  private readonly pairs = new Map<string, number>();
  private font = '';

  constructor(private readonly context: CanvasRenderingContext2D | null) {
    if (context) context.fontKerning = 'none';
    this.advances = [this.advancesFor(false), this.advancesFor(true)];
  }

  label(text: string, bold: boolean): ClaimLabel {
    const lines = wrapLines(text, CLAIM_WIDTH - 2 * CLAIM_PADDING, this.advances[bold ? 1 : 0]);
    return { lines, height: Math.ceil(lines.length * CLAIM_FONT_SIZE * LINE_HEIGHT + 2 * CLAIM_PADDING) };
  }

  private advancesFor(bold: boolean): Advances {
    const table = new Float64Array(0x10000).fill(-1);
    const font = `${bold ? 'bold ' : ''}${CLAIM_FONT_SIZE}px ${CLAIM_FONT}`;
    return {
      table,
      measure: (text, i) => {
        const code = text.charCodeAt(i);
        if (code >= 0xdc00 && code <= 0xdfff) return 0;
        if (code >= 0xd800 && code <= 0xdbff) {
          const key = `${bold ? 'b' : 'n'}${text.slice(i, i + 2)}`;
          let width = this.pairs.get(key);
          if (width === undefined) this.pairs.set(key, (width = this.measure(text.slice(i, i + 2), font, bold)));
          return width;
        }
        return (table[code] = this.measure(text[i], font, bold));
      },
    };
  }

  private measure(s: string, font: string, bold: boolean): number {
    if (!this.context) return CLAIM_FONT_SIZE * (bold ? 0.6 : 0.55);
    // Setting a font parses it, and reading it back gives another spelling: remember our own.
    if (this.font !== font) {
      this.context.font = font;
      this.font = font;
    }
    return this.context.measureText(s).width;
  }
}
