/** Turns character offsets in a text into 1-based line and column numbers. */
export class TextIndex {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low] + 1 };
  }

  lineText(line: number): string {
    const start = this.lineStarts[line - 1] ?? this.text.length;
    const end = this.lineStarts[line] ?? this.text.length + 1;
    return this.text.slice(start, end - 1);
  }

  /**
   * Offset of the first line of `raw` at or after `from`. marked strips indentation and
   * `>` markers from nested tokens, so only their first line can be found verbatim.
   */
  find(raw: string, from: number): number {
    const firstLine = raw.replace(/^\n+/, '').split('\n', 1)[0].trim();
    if (!firstLine) return from;
    const at = this.text.indexOf(firstLine, from);
    return at < 0 ? from : at;
  }
}
