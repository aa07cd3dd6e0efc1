// Phrase matching for lexicons: case-insensitive, word-bounded, flexible spaces and apostrophes, with positions.
import { describe, expect, it } from 'vitest';
import { startDocumentMemos } from '../../../src/facts/text/document-memo.js';
import { lexiconMatches, matchesBetween } from '../../../src/facts/text/lexicon-matches.js';
import { indexLexiconsTogether } from '../../../src/facts/text/shared-lexicon-index.js';

const texts = (text: string, terms: string[]) => lexiconMatches(text, terms).map((match) => match.text);
// Each sentence's matches for each list, asked through a copy of the list: a list of no shared index, matched on its own.
const answersAlone = (sentences: string[], lists: string[][]) => sentences.map((text) => lists.map((terms) => lexiconMatches(text, [...terms])));

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

  it('answers the same through a shared index of lexicons as for a list on its own', () => {
    const lexicons = {
      titles: ['CISO', 'Chief Information Security Officer', 'Ph.D', 'third-party risk', '(ISC)2', 'board of directors'],
      bodies: ['board', 'Board of Directors', 'audit committee'],
    };
    const sentences = [
      'Our CISO, a Ph.D, reports to the Board-of-Directors and its Audit  Committee on third-party risk.',
      'The (ISC)2 member reports to the board; sub-CISOs do not.',
      'A 𝐀CISO and CISO𝐀 are not titles, but “CISO” is.',
    ];
    const alone = answersAlone(sentences, [lexicons.titles, lexicons.bodies]);
    startDocumentMemos();
    indexLexiconsTogether(lexicons);
    // One lexicon asked before the sentences were read together, the other only after: both answer alike.
    const shared = sentences.map((text) => [lexiconMatches(text, lexicons.titles)]);
    sentences.forEach((text, i) => shared[i]?.push(lexiconMatches(text, lexicons.bodies)));
    expect(shared).toEqual(alone);
    expect(shared[0]?.[0]?.map((match) => match.text)).toEqual(['CISO', 'Ph.D', 'Board-of-Directors', 'third-party risk']);
  });

  it('finds phrases that share an opening word by their second word, in the shared index as alone', () => {
    const lexicons = {
      titles: ['Chief Information Officer', 'Chief Information Security Officer', 'Chief Risk Officer', 'Chief', 'chief executive (CEO)'],
      programs: ['security program', 'security-awareness training', 'security (ISO 27001) certification', 'security'],
    };
    const sentences = [
      'Our Chief  Information-Security Officer and Chief Risk Officer report to the Chief executive (CEO).',
      'A chief informational officer, a security programme and security-awareness training.',
      'The security (ISO 27001) certification covers our security program; security.',
    ];
    const alone = answersAlone(sentences, [lexicons.titles, lexicons.programs]);
    startDocumentMemos();
    indexLexiconsTogether(lexicons);
    const shared = sentences.map((text) => [lexiconMatches(text, lexicons.titles), lexiconMatches(text, lexicons.programs)]);
    expect(shared).toEqual(alone);
    expect(shared.map(([titles]) => titles?.map((match) => match.text))).toEqual([
      ['Chief  Information-Security Officer', 'Chief Risk Officer', 'Chief executive (CEO)'],
      ['chief'],
      [],
    ]);
    expect(shared.map(([, programs]) => programs?.map((match) => match.text))).toEqual([['Security'], ['security', 'security-awareness training'], ['security (ISO 27001) certification', 'security program', 'security']]);
  });
});
