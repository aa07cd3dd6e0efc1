// Whether a verb is hedged by a modal right before it ("may engage", "may, from time to time, engage").
import { clauseStart } from './clause-start.js';
import { matchesBetween } from './lexicon-matches.js';
import { windowStart } from './word-windows.js';

/** True when a hedge term appears within `maxWords` words before `index` in the same clause. */
export function hedgedBefore(text: string, index: number, hedges: readonly string[], maxWords = 6): boolean {
  const from = Math.max(clauseStart(text, index), windowStart(text, index, maxWords));
  // A capitalised "May" mid-sentence is the month ("in May we engaged ..."), not a modal.
  return matchesBetween(text, hedges, from, index).some((hedge) => !/^\p{Lu}/u.test(hedge.text));
}
