// "Our CFO would inform the Board of any significant incident": the board would be told if something happened. That says
// who would tell it, but not that it oversees anything now.
import { testFolded } from './case-folded-pattern.js';
import { lexiconMatches } from './lexicon-matches.js';
import { lexiconOf } from './lexicon-of.js';
import type { Lexicons } from './lexicons.js';
import { windowStart } from './word-windows.js';

// "would inform", "would then be notified", "would evaluate it with counsel and inform".
const WOULD_BEFORE = /(?<![\p{L}])would\s+(?:(?:then|also|promptly|be)\s+){0,2}$|(?<![\p{L}])would\s+(?:[\p{L}'’-]+\s+){1,8}?(?:and|then)\s+$/iu;
const WOULD_CUE = /would/i;

/** Whether every informing verb of the sentence is put as what would happen. */
export function onlyHypotheticalInforming(text: string, lexicons: Lexicons): boolean {
  if (!WOULD_CUE.test(text)) return false;
  const verbs = lexiconMatches(text, lexiconOf(lexicons, 'informing-verbs'));
  return verbs.length > 0 && verbs.every((verb) => testFolded(WOULD_BEFORE, text.slice(windowStart(text, verb.index, 10), verb.index)));
}
