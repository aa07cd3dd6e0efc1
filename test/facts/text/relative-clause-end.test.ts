import { describe, expect, it } from 'vitest';
import { relativeClauseEnd } from '../../../src/facts/text/relative-clause-end.js';

// The text from the noun's end to where the guessed relative clause ends.
const clauseAfter = (text: string, noun: string, maxWords = 12) => {
  const index = text.indexOf(noun) + noun.length;
  return text.slice(index, relativeClauseEnd(text, index, maxWords));
};

describe('relativeClauseEnd', () => {
  it('ends a clause set off by commas at its closing comma', () => {
    expect(clauseAfter('Our providers, which host our data, are reviewed yearly.', 'providers')).toBe(', which host our data');
  });

  it('lets a restrictive clause keep its own commas and runs it at most the words given', () => {
    expect(clauseAfter('Vendors that host, store or process data must sign our terms.', 'Vendors', 5)).toBe(' that host, store or process data');
  });

  it('stops a restrictive clause at a semicolon', () => {
    expect(clauseAfter('We use vendors that host our site; staff must train.', 'vendors')).toBe(' that host our site');
  });

  it('is the noun end itself when no relative clause follows', () => {
    expect(clauseAfter('Vendors must sign our terms.', 'Vendors')).toBe('');
    expect(clauseAfter('Vendors thatch roofs.', 'Vendors')).toBe('');
  });
});
