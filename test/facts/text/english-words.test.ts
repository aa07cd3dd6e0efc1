import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../../src/facts/text/english-words.js';

describe('isEnglishWord', () => {
  it('finds words of the list, whatever their case, and nothing else', () => {
    expect(isEnglishWord('oversight')).toBe(true);
    expect(isEnglishWord('Committee')).toBe(true);
    expect(isEnglishWord('aa')).toBe(true);
    expect(isEnglishWord('hasadopted')).toBe(false);
    expect(isEnglishWord('ledby')).toBe(false);
  });

  it('reads a list that is plain ASCII, which reading it as Latin-1 relies on', () => {
    const bytes = readFileSync(wordListPath);
    expect(bytes.findIndex((byte) => byte > 0x7f)).toBe(-1);
  });
});
