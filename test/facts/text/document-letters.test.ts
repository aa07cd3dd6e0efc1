// Patterns with \p{L} run with the Latin ranges on drafts whose letters are all Latin, and as written on any other.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFacts } from '../../../src/facts/compute-facts.js';
import { forDocumentLetters, LATIN_LETTER_RANGES, readDocumentLetters } from '../../../src/facts/text/document-letters.js';
import { loadBuiltinLexicons } from '../../../src/facts/text/lexicons.js';
import { parseSource } from '../../../src/parse/parse-source.js';

const LETTER = /\p{L}/u;
const LAST_LATIN = 0x24f;

function draft(body: string): ReturnType<typeof parseSource> {
  return parseSource('draft.md', `# Item 1C. Cybersecurity\n\n## Governance\n\n${body}\n`);
}

// Runs `read` with the letters of a draft holding `body`, then restores the state outside any document.
function withDraftLetters<T>(body: string, read: () => T): T {
  const restore = readDocumentLetters(draft(body));
  try {
    return read();
  } finally {
    restore();
  }
}

function isLatinDraft(body: string): boolean {
  const pattern = /(?<![\p{L}])board(?![\p{L}])/u;
  return withDraftLetters(body, () => forDocumentLetters(pattern) !== pattern);
}

// A letter whose lower or upper case leaves the Latin ranges (µ to Greek Μ, Ɓ to IPA ɓ).
function caseLeavesLatin(char: string): boolean {
  return [char.toLowerCase(), char.toUpperCase()].some((form) => [...form].some((unit) => (unit.codePointAt(0) ?? 0) > LAST_LATIN));
}

describe('LATIN_LETTER_RANGES', () => {
  it('holds exactly the letters of \\p{L} from U+0000 to U+024F', () => {
    const latin = new RegExp(`[${LATIN_LETTER_RANGES}]`, 'u');
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      expect(latin.test(char), `U+${code.toString(16)}`).toBe(code <= LAST_LATIN && LETTER.test(char));
    }
  });
});

describe('readDocumentLetters', () => {
  it('finds a draft Latin when its letters are ASCII, accented Latin, or beside curly quotes and dashes', () => {
    expect(isLatinDraft('The Audit Committee oversees cybersecurity risk.')).toBe(true);
    expect(isLatinDraft('Our CISO, José Muñoz, reports to the Board — quarterly — on “material” risks.')).toBe(true);
  });

  it('finds a draft not Latin when it holds a Greek, Cyrillic or CJK letter, or one outside the Basic Multilingual Plane', () => {
    for (const letter of ['Ω', 'Ж', '情', '𝐀']) expect(isLatinDraft(`The Board${letter} oversees cybersecurity risk.`), letter).toBe(false);
  });

  it('finds a draft not Latin when it holds a Latin letter whose lower or upper case is not Latin, and only then', () => {
    for (let code = 0; code <= LAST_LATIN; code++) {
      const char = String.fromCharCode(code);
      if (!LETTER.test(char) || '<>&*_`[]#\\'.includes(char)) continue;
      expect(isLatinDraft(`The Board meets ${char} quarterly.`), `U+${code.toString(16)}`).toBe(!caseLeavesLatin(char));
    }
  });

  it('reads the whole model: a letter in front matter or a heading counts as much as one in prose', () => {
    const restore = readDocumentLetters(parseSource('draft.md', '---\ncompany: Συνεργασία Holdings\n---\n# Item 1C. Cybersecurity\n\nThe Board oversees risk.\n'));
    const pattern = /(?<![\p{L}])board/u;
    expect(forDocumentLetters(pattern)).toBe(pattern);
    restore();
  });

  it('leaves patterns as written outside a document, and after computeFacts has read one', () => {
    const pattern = /(?<![\p{L}])committee(?![\p{L}])/giu;
    expect(forDocumentLetters(pattern)).toBe(pattern);
    computeFacts(draft('The Audit Committee oversees cybersecurity risk.'), loadBuiltinLexicons());
    expect(forDocumentLetters(pattern)).toBe(pattern);
  });
});

describe('forDocumentLetters', () => {
  const patterns = [
    /(?<![\p{L}])(?:once|twice)\s+a\s+year(?![\p{L}])/giu,
    /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu,
    /([\p{L}’']+)[^\p{L}]*$/u,
    /^[\p{L}]+/u,
  ];

  it('rewrites each \\p{L}, inside a class or not, and leaves \\p{Lu}, \\p{N} and escaped backslashes alone', () => {
    withDraftLetters('The Board oversees risk.', () => {
      expect(forDocumentLetters(/(?<![\p{L}])a[^\p{L}]\p{L}/u).source).toBe(`(?<![${LATIN_LETTER_RANGES}])a[^${LATIN_LETTER_RANGES}][${LATIN_LETTER_RANGES}]`);
      expect(forDocumentLetters(/[\p{Lu}\p{N}][\\p{L}]/u).source).toBe(String.raw`[\p{Lu}\p{N}][\\p{L}]`);
    });
  });

  it('finds what the written pattern finds in any text of Latin letters', () => {
    const latinText = fc.string({ unit: fc.constantFrom(...'abyz ABYZ éÉñøß-’\'.,;0159\n'.split('')), maxLength: 60 });
    withDraftLetters('The Board oversees risk.', () => {
      fc.assert(
        fc.property(latinText, fc.constantFrom(...patterns), (text, pattern) => {
          const latin = forDocumentLetters(pattern);
          expect(latin).not.toBe(pattern);
          const found = (re: RegExp): string[] => (re.global ? [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`) : [String(re.exec(text)?.index)]);
          expect(found(latin)).toEqual(found(pattern));
        }),
      );
    });
  });

  it('gives the facts of a draft with a Cyrillic letter beside a word what \\p{L} gives them', () => {
    // "yearЖ" is not the word "year" for \p{L}; for Latin ranges alone it would be.
    const facts = computeFacts(draft('Our CISO briefs the Audit Committee twice a yearЖ on cybersecurity risks.'), loadBuiltinLexicons());
    const latinFacts = computeFacts(draft('Our CISO briefs the Audit Committee twice a yearz on cybersecurity risks.'), loadBuiltinLexicons());
    const counted = computeFacts(draft('Our CISO briefs the Audit Committee twice a year on cybersecurity risks.'), loadBuiltinLexicons());
    expect(facts['board.cadence']?.value).toEqual(latinFacts['board.cadence']?.value);
    expect(counted['board.cadence']?.value).toEqual(['twice a year']);
  });
});
