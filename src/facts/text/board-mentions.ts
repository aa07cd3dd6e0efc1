// Where a sentence names the board of directors itself (two-tier supervisory boards and boards of auditors included).
import { testFolded } from './case-folded-pattern.js';
import type { Lexicons } from './lexicons.js';
import { lexiconMatches, type TermMatch } from './lexicon-matches.js';
import { lexiconOf } from './lexicon-of.js';
import { maskTerms } from './mask-terms.js';

// "our Chief Executive Officer, who also serves as Chairman of our Board of Directors": the title of a person, not the body;
// "the Chair of the Board Risk Committee" still names a committee of the board.
const CHAIR_OF = /(?<![\p{L}])chair(?:man|woman|person)?\s+of\s+(?:the\s+|our\s+|its\s+)?$/iu;
const CHAIR_CUE = /chair/i;
const COMMITTEE_AFTER = /^\s+(?:[\p{L}&,-]+\s+){0,4}?(?:sub)?committee/iu;

/** Board references, ignoring bodies called "board" that are not the board (management boards, advisory boards) and the chair's title. */
export function boardMentions(text: string, lexicons: Lexicons): readonly TermMatch[] {
  const masked = maskTerms(text, lexiconOf(lexicons, 'non-board-bodies'));
  const mentions = lexiconMatches(masked, lexiconOf(lexicons, 'board-references'));
  // Most sentences name no chair: a plain test spares them the pattern (this runs for every sentence of every board fact).
  if (mentions.length === 0 || !CHAIR_CUE.test(text) || !mentions.some((board) => isChairTitle(text, board))) return mentions;
  return mentions.filter((board) => !isChairTitle(text, board));
}

function isChairTitle(text: string, board: TermMatch): boolean {
  return testFolded(CHAIR_OF, text.slice(Math.max(0, board.index - 40), board.index)) && !testFolded(COMMITTEE_AFTER, text.slice(board.end, board.end + 60));
}
