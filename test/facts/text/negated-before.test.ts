// Negation before a phrase, in its clause: whole negative words and contractions ("haven't", "don't").
import { describe, expect, it } from 'vitest';
import { negatedBefore } from '../../../src/facts/text/negated-before.js';
import { draft, readFacts } from '../item-106/read-facts.js';

const at = (text: string, phrase: string) => negatedBefore(text, text.indexOf(phrase));

describe('negatedBefore', () => {
  it.each([
    ['We have not engaged outside assessors.', 'engaged'],
    ['We haven’t engaged outside assessors.', 'engaged'],
    ["We don't engage outside assessors.", 'engage'],
    ['The Company cannot engage outside assessors.', 'engage'],
  ])('reads "%s" as negated', (text, phrase) => {
    expect(at(text, phrase)).toBe(true);
  });

  it.each([
    ['We have engaged outside assessors.', 'engaged'],
    ['Our notable vendors are engaged each year.', 'engaged'],
    ['We have not engaged them in 2023; since then, we engaged outside assessors.', 'engaged outside'],
  ])('reads "%s" as affirmed', (text, phrase) => {
    expect(at(text, phrase)).toBe(false);
  });

  it('lets a contracted denial answer the past limb of materiality', () => {
    const facts = readFacts(draft('We haven’t experienced any material cybersecurity incidents in the last three fiscal years.'));
    expect(facts.value('materiality.pastLimb')).toBe('not-affected');
  });
});
