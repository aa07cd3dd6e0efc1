// Offsets to line/column points: the same lines whether a text ends its lines with LF, CR LF or a lone CR.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/model/line-index.js';

// The definition, one character at a time: LF ends a line, and so does a CR not followed by LF.
function pointByWalking(text: string, offset: number): { line: number; column: number; offset: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

describe('LineIndex', () => {
  it('counts LF, CR LF and lone CR line ends', () => {
    expect(new LineIndex('a\nb').point(2)).toEqual({ line: 2, column: 1, offset: 2 });
    expect(new LineIndex('a\r\nb').point(3)).toEqual({ line: 2, column: 1, offset: 3 });
    expect(new LineIndex('a\rb\nc').point(4)).toEqual({ line: 3, column: 1, offset: 4 });
    expect(new LineIndex('a\n\nb').lineCount).toBe(3);
  });

  it('agrees with walking the text, with and without carriage returns', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '\n', '\r', '\r\n'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, fc.nat(), (source, seed) => {
      const offset = source.length === 0 ? 0 : seed % (source.length + 1);
      expect(new LineIndex(source).point(offset)).toEqual(pointByWalking(source, offset));
    }));
  });
});
