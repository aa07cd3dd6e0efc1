// Converts offsets in a source text to 1-based line/column points, so every input format reports the same coordinates.
import type { Point, Span } from './disclosure.js';

export class LineIndex {
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    this.lineStarts = text.includes('\r') ? lineStartsOf(text) : lineStartsAfterNewlines(text);
  }

  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - (this.lineStarts[low] ?? 0) + 1, offset: clamped };
  }

  span(startOffset: number, endOffset: number): Span {
    return { start: this.point(startOffset), end: this.point(endOffset) };
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    // A CR LF pair ends one line; a lone CR (old Mac files) ends one too.
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

// Without carriage returns only line feeds end lines, and indexOf finds them much faster than a loop over characters.
function lineStartsAfterNewlines(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}
