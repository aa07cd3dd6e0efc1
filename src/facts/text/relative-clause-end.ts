// Where a relative clause right after a noun ends, so a window meant for the noun's own verb can be counted from there:
// "Suppliers that require access to our network | are subject to a security review".
import { windowEnd } from './word-windows.js';

// Sticky, and ASCII-only after the pronoun: it runs at one position, on words that are English or nothing.
const OPENING = /\s*(,?)\s*(?:that|which|who|whose|whom)(?![a-z'’-])/iy;
// A clause set off by commas ("providers, which host our data, are ...") ends at its next comma; a restrictive one may
// hold commas of its own ("vendors that host, store or process data must ..."), so only a semicolon or colon ends it.
const SET_OFF_END = /[,;:]/;
const RESTRICTIVE_END = /[;:]/;

/**
 * The end of a that / which / who clause opening at `index`: without a parser a guess, at most `maxWords` words, cut at
 * the punctuation that closes it. `index` itself when no such clause opens there.
 */
export function relativeClauseEnd(text: string, index: number, maxWords: number): number {
  OPENING.lastIndex = index;
  const opening = OPENING.exec(text);
  if (!opening) return index;
  const start = index + opening[0].length;
  const limit = windowEnd(text, start, maxWords);
  const close = text.slice(start, limit).search(opening[1] ? SET_OFF_END : RESTRICTIVE_END);
  return close < 0 ? limit : start + close;
}
