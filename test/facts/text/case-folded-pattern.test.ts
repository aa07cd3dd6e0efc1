// Case-insensitive patterns run without `i` on lower-cased text: same matches, cheaper to compile.
import { describe, expect, it } from 'vitest';
import { lowerCasedSameLength, testFolded, withoutCaseFolding } from '../../../src/facts/text/case-folded-pattern.js';
import { loadBuiltinLexicons } from '../../../src/facts/text/lexicons.js';
import { materialityStatements } from '../../../src/facts/text/materiality-statements.js';

describe('withoutCaseFolding', () => {
  it('drops only the i flag, and finds what the original finds in any case', () => {
    const pattern = /(?<![\p{L}])materially\s+affected(?![\p{L}])/giu;
    const folded = withoutCaseFolding(pattern);
    expect(folded.flags).toBe('gu');
    const text = 'Threats have not MATERIALLY Affected us.';
    const lower = lowerCasedSameLength(text) ?? '';
    expect([...lower.matchAll(folded)].map((match) => match.index)).toEqual([...text.matchAll(pattern)].map((match) => match.index));
  });

  it('refuses a pattern with upper-case letters of its own, which lower-cased text could never match', () => {
    expect(() => withoutCaseFolding(/Board\s+of\s+Directors/iu)).toThrow('upper-case letters');
    expect(() => withoutCaseFolding(/\p{Lu}\S+board/iu)).not.toThrow();
  });

  it('refuses a pattern that is not case-insensitive', () => {
    expect(() => withoutCaseFolding(/(?:may|might)\s+materially/gu)).toThrow('not a case-insensitive Unicode pattern');
  });
});

describe('testFolded', () => {
  const NEGATOR = /(?<![\p{L}])(?:not|no|never|n['’]t)(?![\p{L}])/iu;

  it('answers as the case-insensitive pattern does, in any case and around non-ASCII letters', () => {
    const texts = ['We do NOT engage', 'we have Never', 'it DOESN’T', 'Notably, none', 'NOTICE', 'Ñot here', 'the İstanbul office did not'];
    expect(texts.map((text) => testFolded(NEGATOR, text))).toEqual(texts.map((text) => NEGATOR.test(text)));
    expect(texts.map((text) => testFolded(NEGATOR, text))).toEqual([true, true, false, false, false, false, true]);
  });

  it('refuses a pattern that keeps a position between calls', () => {
    expect(() => testFolded(/(?<![\p{L}])not(?![\p{L}])/giu, 'not')).toThrow(/foldedMatches/);
  });
});

describe('lowerCasedSameLength', () => {
  it('answers undefined when lower-casing changes the length, so offsets would shift', () => {
    expect(lowerCasedSameLength('İstanbul office')).toBeUndefined();
    expect(lowerCasedSameLength('Our CISO')).toBe('our ciso');
  });
});

describe('materiality statements read through lower-cased text', () => {
  const lexicons = loadBuiltinLexicons();
  const sentence = 'Risks from cybersecurity threats have not materially affected us, and we do not expect them to have a material effect.';

  it('quote the sentence as written, whatever its case', () => {
    const shouted = sentence.toUpperCase();
    const found = materialityStatements(shouted, lexicons);
    expect(found.map((statement) => [statement.limb, statement.stance])).toEqual(materialityStatements(sentence, lexicons).map((statement) => [statement.limb, statement.stance]));
    expect(found[0]?.text).toBe('MATERIALLY AFFECTED');
  });

  it('give the same answers on the slow path, when lower-casing would change the length', () => {
    const withDottedI = `İn 2025, ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
    const plain = `In 2025, ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
    expect(materialityStatements(withDottedI, lexicons)).toEqual(materialityStatements(plain, lexicons));
  });
});
