import { CLAIM_FONT, CLAIM_FONT_SIZE, CLAIM_LINE_HEIGHT as LINE_HEIGHT, CLAIM_PADDING, CLAIM_WIDTH } from './style.js';
/**
 * The most lines a claim's box shows; longer text ends in an ellipsis there (the panel shows it
 * whole). A claim is one sentence: this is room for about 400 characters, and it keeps a hostile
 * 20,000-character claim from making a box, and an exported image, thousands of pixels tall.
 */
export const MAX_LABEL_LINES = 16;
const ELLIPSIS = '…';
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
 * is the sum of its characters' advances. A word too wide for a line of its own is cut between
 * characters (Cytoscape would let it overflow the box). After `maxLines` lines the text is cut
 * short, the last line ending in an ellipsis.
 */
export function wrapLines(text: string, maxWidth: number, advances: Advances, maxLines = MAX_LABEL_LINES): string[] {
  const { table } = advances;
  const space = table[32] >= 0 ? table[32] : advances.measure(' ', 0);
  const limit = maxWidth - SAFETY;
  const lines: string[] = [];
  let lineStart = -1;
  let lineEnd = 0;
  let width = 0;
  let cut = false;
  for (let i = 0; i < text.length;) {
    if (lines.length > maxLines) {
      cut = true;
      break;
    }
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
    if (word + space > limit) {
      // Too wide for any line: it starts a line of its own and is cut into pieces that fit.
      if (lineStart >= 0) lines.push(text.slice(lineStart, lineEnd));
      const pieces = cutWord(text, start, i, limit - space, advances, maxLines + 1 - lines.length);
      for (let p = 0; p < pieces.length - 1; p++) lines.push(text.slice(pieces[p], pieces[p + 1]));
      lineStart = pieces[pieces.length - 1];
      lineEnd = i;
      // Past the last line, the rest is not measured: it is cut off.
      width = lines.length > maxLines ? 0 : widthOf(text, lineStart, i, advances) + space;
      continue;
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
  if (cut || lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = withEllipsis(lines[maxLines - 1], limit - space, advances);
  }
  // Runs of spaces, tabs and newlines inside a line read as one space, as in Cytoscape.
  return lines.some((line) => /\s\s|[^\S ]/.test(line)) ? lines.map((line) => line.replace(/\s+/g, ' ')) : lines;
}

/** The width of `text` from `start` to `end`, as the sum of its characters' advances. */
function widthOf(text: string, start: number, end: number, advances: Advances): number {
  let width = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const advance = code < 0xd800 || code > 0xdfff ? advances.table[code] : -1;
    width += advance >= 0 ? advance : advances.measure(text, i);
  }
  return width;
}

/**
 * Where to cut the word from `start` to `end` so that each piece fits in `limit`: the start of
 * every piece, the first being `start`. Never between the halves of a surrogate pair, and at
 * least one character a piece. Stops after `maxPieces` whole pieces: the rest is not shown.
 */
function cutWord(text: string, start: number, end: number, limit: number, advances: Advances, maxPieces: number): number[] {
  const starts = [start];
  let width = 0;
  for (let i = start; i < end && starts.length <= maxPieces; i++) {
    const code = text.charCodeAt(i);
    const lowHalf = code >= 0xdc00 && code <= 0xdfff;
    const advance = code < 0xd800 || code > 0xdfff ? advances.table[code] : -1;
    const w = advance >= 0 ? advance : advances.measure(text, i);
    if (!lowHalf && width + w > limit && i > starts[starts.length - 1]) {
      starts.push(i);
      width = 0;
    }
    width += w;
  }
  return starts;
}

/** `line` cut short to fit `limit` with an ellipsis after it. */
function withEllipsis(line: string, limit: number, advances: Advances): string {
  const room = limit - widthOf(ELLIPSIS, 0, 1, advances);
  let end = 0;
  let width = 0;
  while (end < line.length) {
    const pair = end + 1 < line.length && line.charCodeAt(end) >= 0xd800 && line.charCodeAt(end) <= 0xdbff ? 2 : 1;
    width += widthOf(line, end, end + pair, advances);
    if (width > room) break;
    end += pair;
  }
  return `${line.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/**
 * What a claim's box says: its text, and how many quotes back it (`❝3`), so that a reader sees
 * at a glance which claims rest on evidence.
 */
export function claimLabelText(claim: { text: string; quotes: readonly unknown[] }): string {
  return claim.quotes.length > 0 ? `${claim.text} ❝${claim.quotes.length}` : claim.text;
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
