// The letter-token scanner behind text.gluedWords: the same tokens as the pattern it replaces, hyphens and digits included.
import { describe, expect, it } from 'vitest';
import { forEachLetterToken } from '../../../src/facts/text/letter-tokens.js';

const PATTERN = /(?<![\p{L}\p{N}])\p{L}+(?:-\p{L}+)*(?![\p{L}\p{N}])/gu;

function tokens(text: string, minLength = 1): Array<[string, number]> {
  const found: Array<[string, number]> = [];
  forEachLetterToken(text, minLength, (token, index) => found.push([token, index]));
  return found;
}

describe('forEachLetterToken', () => {
  it('keeps hyphenated compounds whole and skips words joined to digits', () => {
    expect(tokens('The co-led review, hasadopted X2 and well-known3 terms.')).toEqual([
      ['The', 0], ['co-led', 4], ['review', 11], ['hasadopted', 19], ['and', 33], ['well', 37], ['terms', 49],
    ]);
  });

  it('reports only tokens of the minimum length', () => {
    expect(tokens('Our CISO co-ledby the committee', 5)).toEqual([['co-ledby', 9], ['committee', 22]]);
  });

  it('finds what the pattern finds, outside ASCII and around surrogate pairs too', () => {
    for (const text of ['Ärzte-Kammer 2x ½ ß-ΣΑΣ', 'a𝐀b c😀d e-𝐀 f-', '٣abc déjà-vu', 'x--y z-']) {
      expect(tokens(text)).toEqual([...text.matchAll(PATTERN)].map((match) => [match[0], match.index]));
    }
  });
});
