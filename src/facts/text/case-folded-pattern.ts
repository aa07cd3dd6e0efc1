// Case-insensitive Unicode patterns run without their `i` flag on lower-cased text. V8 compiles a class such as \p{L}
// under /iu by closing it over every case variant, about 1–2 ms per pattern on first use: most of a one-file run's
// pattern compilation. The same pattern without `i` on the lower-cased sentence matches the same places, provided its
// own letters are lower case (checked here) and lower-casing kept the sentence's length (the caller checks that).

import { forDocumentLetters } from './document-letters.js';
import type { TermMatch } from './lexicon-matches.js';

const compiled = new WeakMap<RegExp, RegExp>();
// Escapes such as \p{L}, \S or \W carry letters of their own; the pattern's literal letters are what must be lower case.
const ESCAPES = /\\[pP]\{[^}]*\}|\\./g;

/** The lower-cased text, or undefined when lower-casing changes its length (rare Unicode cases), which would shift offsets. */
export function lowerCasedSameLength(text: string): string | undefined {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : undefined;
}

/**
 * `pattern` (flags `iu`) without `i`, for lower-cased text of the current document; throws for a pattern with an
 * upper-case letter of its own.
 */
export function withoutCaseFolding(written: RegExp): RegExp {
  const pattern = forDocumentLetters(written);
  let folded = compiled.get(pattern);
  if (!folded) {
    if (!pattern.flags.includes('i') || !pattern.flags.includes('u')) throw new Error(`${String(pattern)} is not a case-insensitive Unicode pattern`);
    if (/[A-Z]/.test(pattern.source.replace(ESCAPES, ''))) throw new Error(`${String(pattern)} has upper-case letters: it cannot run on lower-cased text`);
    folded = new RegExp(pattern.source, pattern.flags.replace('i', ''));
    compiled.set(pattern, folded);
  }
  return folded;
}

/**
 * Whether a case-insensitive pattern (flags `iu`, not global) matches the text, run without `i` on the lower-cased text
 * (as written when lower-casing would change its length).
 */
export function testFolded(pattern: RegExp, text: string): boolean {
  if (pattern.global || pattern.sticky) throw new Error(`${String(pattern)} keeps a position between calls: use foldedMatches`);
  const lower = lowerCasedSameLength(text);
  return lower === undefined ? pattern.test(text) : withoutCaseFolding(pattern).test(lower);
}

/** A sentence as case-insensitive patterns read it: lower-cased when that keeps its length, else as written. */
export interface FoldedSentence {
  text: string;
  /** A case-insensitive pattern in the form that runs on `text`. */
  pattern(pattern: RegExp): RegExp;
}

export function foldSentence(text: string): FoldedSentence {
  const lower = lowerCasedSameLength(text);
  return lower === undefined ? { text, pattern: (pattern) => pattern } : { text: lower, pattern: withoutCaseFolding };
}

/** The matches of a case-insensitive pattern (flag `g`) in a sentence, quoting the sentence as written. */
export function* foldedMatches(text: string, folded: FoldedSentence, pattern: RegExp): Generator<{ index: number; text: string }> {
  for (const match of folded.text.matchAll(folded.pattern(pattern))) yield { index: match.index, text: text.slice(match.index, match.index + match[0].length) };
}

/** Every match of a global, case-insensitive pattern in `text` (read lower-cased, as foldedMatches), with its end. */
export function foldedTermMatches(text: string, pattern: RegExp): TermMatch[] {
  return [...foldedMatches(text, foldSentence(text), pattern)].map((match) => ({ text: match.text, index: match.index, end: match.index + match.text.length }));
}
