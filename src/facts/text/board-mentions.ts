// Where a sentence names the board of directors itself (two-tier supervisory boards and boards of auditors included).
import type { Lexicons } from './lexicons.js';
import { lexiconMatches, type TermMatch } from './lexicon-matches.js';
import { lexiconOf } from './lexicon-of.js';
import { maskTerms } from './mask-terms.js';

/** Board references, ignoring bodies called "board" that are not the board (management boards, advisory boards). */
export function boardMentions(text: string, lexicons: Lexicons): readonly TermMatch[] {
  const masked = maskTerms(text, lexiconOf(lexicons, 'non-board-bodies'));
  return lexiconMatches(masked, lexiconOf(lexicons, 'board-references'));
}
