// Where one phrase occurs in a folded text, word-bounded at both ends, by plain string search.
import { isAlnumAt } from './alnum-at.js';
import { codeUnitTest } from './code-unit-test.js';
import type { Phrase } from './lexicon-phrase.js';
import type { TermMatch } from './lexicon-matches.js';

// What a space in a phrase matches (a run of them).
const isSeparatorAt = codeUnitTest(/[\s-]/);

/**
 * Where the phrase's match ends when its first word ends at `from`: its later words follow, each after a run of spaces or
 * hyphens, and no letter or digit follows the last. -1 when they do not.
 */
export function endAfterFirstWord(folded: string, phrase: Phrase, from: number): number {
  let at = from;
  for (let w = 1; w < phrase.words.length; w++) {
    const separatorStart = at;
    while (isSeparatorAt(folded, at)) at++;
    const word = phrase.words[w] ?? '';
    if (at === separatorStart || !folded.startsWith(word, at)) return -1;
    at += word.length;
  }
  return isAlnumAt(folded, at) ? -1 : at;
}

/** The end of the phrase's match starting at `start`, or -1 when it does not match there (word boundaries included). */
export function phraseEndAt(folded: string, phrase: Phrase, start: number): number {
  const first = phrase.words[0];
  if (!first || !folded.startsWith(first, start) || isAlnumAt(folded, start - 1)) return -1;
  return endAfterFirstWord(folded, phrase, start + first.length);
}

/** Appends every match of the phrase to `found`, with the matched text taken from `original` (same offsets). */
export function findPhrase(folded: string, phrase: Phrase, found: TermMatch[], original: string): void {
  const first = phrase.words[0];
  if (!first) return;
  for (let start = folded.indexOf(first); start >= 0; start = folded.indexOf(first, start + 1)) {
    const end = phraseEndAt(folded, phrase, start);
    if (end >= 0) found.push({ text: original.slice(start, end), index: start, end });
  }
}
