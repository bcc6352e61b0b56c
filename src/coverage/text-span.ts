/** A stretch of a source text: `text.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
}
