// Phrase matching for lexicons: case-insensitive, word-bounded, flexible spaces and apostrophes, with positions.
import { describe, expect, it } from 'vitest';
import { lexiconMatches, matchesBetween } from '../../../src/facts/text/lexicon-matches.js';

const texts = (text: string, terms: string[]) => lexiconMatches(text, terms).map((match) => match.text);

describe('lexiconMatches', () => {
  it('matches case-insensitively on word boundaries, with positions', () => {
    expect(lexiconMatches('Our CISO reports to the Board.', ['ciso'])).toEqual([{ text: 'CISO', index: 4, end: 8 }]);
    expect(texts('CISOs and sub-CISO roles', ['CISO'])).toEqual(['CISO']);
  });

  it('lets a space in a phrase match spaces or hyphens, and treats apostrophes alike', () => {
    expect(texts('third-party risk management and third party  risk', ['third party risk'])).toEqual(['third-party risk', 'third party  risk']);
    expect(texts('a master’s degree', ["master's"])).toEqual(['master’s']);
  });

  it('keeps phrases with punctuation whole and prefers the longest phrase at a position', () => {
    expect(texts('Security+ and a Ph.D. in CIPP/US matters', ['Security+', 'Ph.D', 'CIPP/US'])).toEqual(['Security+', 'Ph.D', 'CIPP/US']);
    expect(texts('the Chief Information Security Officer', ['Chief Information Officer', 'Chief Information Security Officer', 'Information Security'])).toEqual(['Chief Information Security Officer']);
  });

  it('matches whole phrases only, across runs of spaces and hyphens', () => {
    const terms = ['audit committee', 'board of directors', 'third-party', 'risk'];
    expect(texts('The Audit  Committee of the Board-of-Directors', terms)).toEqual(['Audit  Committee', 'Board-of-Directors']);
    expect(texts('third-party risk', terms)).toEqual(['third-party', 'risk']);
    expect(texts('risky thirdparty', terms)).toEqual([]);
  });

  it('answers window questions from the whole-text matches', () => {
    const text = 'We do not engage consultants; we engage auditors.';
    expect(matchesBetween(text, ['consultants', 'auditors'], 0, 29).map((match) => match.text)).toEqual(['consultants']);
  });
});
