// Whether the draft says the full board itself (not a committee) oversees cybersecurity risk.
import { testFolded } from '../text/case-folded-pattern.js';
import { defineFact } from '../fact.js';
import { boardMentions } from '../text/board-mentions.js';
import { itemSentences } from '../text/item-sentences.js';
import { containsTerm, matchesBetween } from '../text/lexicon-matches.js';
import { lexiconOf } from '../text/lexicon-of.js';
import type { Lexicons } from '../text/lexicons.js';
import { negatedBefore } from '../text/negated-before.js';

const COMMITTEE = /(?<![\p{L}])(?:sub)?committees?(?![\p{L}])/iu;
// With a committee in the same sentence, the board still oversees itself only when the sentence says so.
const ITSELF = /(?<![\p{L}])(?:directly|as\s+a\s+whole|itself|full\s+board|entire\s+board|whole\s+board)(?![\p{L}])/iu;
// "... and has not delegated this responsibility to a committee", "rather than any committee": a committee named only to say
// there is none.
const NO_COMMITTEE = /(?<![\p{L}])(?:not|no|rather\s+than|instead\s+of|without)\s+(?:[\p{L}-]+\s+){0,5}?(?:(?:a|any|one\s+of\s+its)\s+)?(?:(?:separate|standing|dedicated|specific)\s+)?(?:sub)?committees?(?![\p{L}])/iu;

// "Oversight of cybersecurity risk rests with the Board of Directors as a whole": the oversight named first, then its holder.
const OVERSIGHT_HELD_BY = /(?<![\p{L}])(?:oversight|supervision)(?![\p{L}])[^.;]{0,100}?(?:(?:rests?|lies|lie|resides?|sits?)\s+with|(?:is|are)\s+(?:vested\s+in|retained\s+by|held\s+by|the\s+responsibility\s+of))\s+(?:the\s+|our\s+|its\s+)?(?:full\s+|entire\s+|whole\s+)?$/iu;

export const boardFullBoardOversees = defineFact<boolean>({
  id: 'board.fullBoardOversees',
  description: 'Whether the draft says the board itself oversees cybersecurity risk ("The full Board oversees ...", "Our Board of Directors administers its cybersecurity risk oversight directly"), rather than only through a committee. For two-tier boards the supervisory board counts as the board.',
  type: 'boolean',
  example: false,
  compute({ model, lexicons }) {
    const evidence = itemSentences(model).filter((item) => boardItselfOversees(item.text, lexicons));
    return { value: evidence.length > 0, evidence: evidence.slice(0, 3).map((item) => item.sentence.span) };
  },
});

function boardItselfOversees(text: string, lexicons: Lexicons): boolean {
  const board = boardMentions(text, lexicons)[0];
  if (!board || !containsTerm(text, lexiconOf(lexicons, 'cyber-terms'))) return false;
  if (testFolded(COMMITTEE, text) && !testFolded(ITSELF, text) && !testFolded(NO_COMMITTEE, text)) return false;
  // The board must be the subject: an oversight verb after it, not negated; or the holder of the oversight named before it.
  if (testFolded(OVERSIGHT_HELD_BY, text.slice(0, board.index))) return !negatedBefore(text, board.index, 6);
  const verb = matchesBetween(text, lexiconOf(lexicons, 'oversight-verbs'), board.end, text.length)[0];
  return verb !== undefined && !negatedBefore(text, verb.index, 4);
}
