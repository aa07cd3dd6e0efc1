// Whether the draft says the full board itself (not a committee) oversees cybersecurity risk.
import { testFolded } from '../text/case-folded-pattern.js';
import { defineFact } from '../fact.js';
import { boardMentions } from '../text/board-mentions.js';
import { itemSentences } from '../text/item-sentences.js';
import { containsTerm, matchesBetween, type TermMatch } from '../text/lexicon-matches.js';
import { lexiconOf } from '../text/lexicon-of.js';
import type { Lexicons } from '../text/lexicons.js';
import { negatedBefore } from '../text/negated-before.js';
import { unestablishedBefore } from '../text/unestablished-before.js';
import { boardCyberTerms } from '../text/board-cyber-terms.js';
import { managementGroups } from '../text/management-groups.js';
import { pointsElsewhere } from '../text/points-elsewhere.js';

const COMMITTEE = /(?<![\p{L}])(?:sub)?committees?(?![\p{L}])/iu;
// With a committee in the same sentence, the board still oversees itself only when the sentence says so. "Directly (or as
// a whole) and through its committees" shares the oversight with committees it does not name: that is not the board alone.
const ITSELF = /(?<![\p{L}])(?:directly(?!\s+(?:and|or)\s+(?:through|via|by)(?![\p{L}]))|as\s+a\s+whole(?!\s+(?:and|or)\s+(?:through|via|by)(?![\p{L}]))|itself|full\s+board|entire\s+board|whole\s+board)(?![\p{L}])/iu;
// Committees that share the board's oversight without a name: "through its committees", "with the assistance of its standing
// committees", "the Board and its committees", "together with its committees".
const SHARED_WITH_COMMITTEES = /(?<![\p{L}])(?:through|via|and|together\s+with|with\s+the\s+(?:assistance|help|support)\s+of|(?:assisted|supported)\s+by)\s+(?:its|the|their)\s+(?:[\p{L}-]+\s+){0,2}?committees(?![\p{L}])/iu;
// A verb that continues the board's own clause: "... to any committee and oversees".
const AND_BEFORE_VERB = /(?<![\p{L}])and\s+(?:[\p{L}]+ly\s+)?$/iu;
// The plural the pattern ends with, tested first: every sentence of a draft is asked.
const COMMITTEES_CUE = /committees/i;
// A committee's name is capitalised ("the Audit Committee"); the committees sharing oversight unnamed are not.
const NAMED_COMMITTEE = /(?<![\p{L}])Committees?(?![\p{L}])/u;
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
    const items = itemSentences(model);
    let evidence = items.filter((item) => boardItselfOversees(item.text, lexicons));
    // "The Board oversees cyber risk with the assistance of its standing committees" shares the oversight with committees it
    // does not name; then the board receiving reports elsewhere does not make it the overseer alone, unless a sentence says so.
    if (items.some((item) => sharesWithUnnamedCommittees(item.text, lexicons))) evidence = evidence.filter((item) => testFolded(ITSELF, item.text));
    return { value: evidence.length > 0, evidence: evidence.slice(0, 3).map((item) => item.sentence.span) };
  },
});

function sharesWithUnnamedCommittees(text: string, lexicons: Lexicons): boolean {
  if (!COMMITTEES_CUE.test(text) || !testFolded(SHARED_WITH_COMMITTEES, text) || boardMentions(text, lexicons).length === 0) return false;
  return containsTerm(text, lexiconOf(lexicons, 'cyber-terms')) && !NAMED_COMMITTEE.test(text);
}

function boardItselfOversees(text: string, lexicons: Lexicons): boolean {
  if (pointsElsewhere(text, lexicons)) return false;
  const boards = boardMentions(text, lexicons);
  if (boards.length === 0 || boardCyberTerms(text, lexicons).length === 0) return false;
  if (testFolded(COMMITTEE, text) && !testFolded(ITSELF, text) && !testFolded(NO_COMMITTEE, text)) return false;
  // "Our Board has not delegated oversight to a committee; the full Board oversees ...": any mention of the board may be the
  // subject that oversees.
  return boards.some((board) => boardOverseesAt(text, board, lexicons));
}

// "Our Board, which consists of two directors and has no committees, is responsible for oversight": the negation of the
// relative clause ends at its comma and does not reach the board's verb.
function negatedInPhrase(text: string, index: number): boolean {
  const comma = text.lastIndexOf(',', index);
  return comma < 0 ? negatedBefore(text, index, 4) : negatedBefore(text.slice(comma + 1), index - comma - 1, 4);
}

function managementBetween(text: string, from: number, to: number, lexicons: Lexicons): boolean {
  return managementGroups(text, lexicons).some((group) => group.index >= from && group.end <= to);
}

// The board must be the subject: an oversight verb after it, not negated; or the holder of the oversight named before it.
function boardOverseesAt(text: string, board: TermMatch, lexicons: Lexicons): boolean {
  if (testFolded(OVERSIGHT_HELD_BY, text.slice(0, board.index))) return !negatedBefore(text, board.index, 6);
  // "has not delegated oversight of cybersecurity to any committee and oversees cybersecurity risk directly": a later verb
  // of the same subject may say what the board does, as long as no committee is named between (it would be its subject).
  const verbs = matchesBetween(text, lexiconOf(lexicons, 'oversight-verbs'), board.end, text.length);
  return verbs.some((verb, order) => {
    if (negatedInPhrase(text, verb.index) || unestablishedBefore(text, verb.index)) return false;
    // "would inform the Board of any incident that management considers significant": management is the verb's subject.
    if (order === 0) return !managementBetween(text, board.end, verb.index, lexicons);
    const between = text.slice(board.end, verb.index);
    return testFolded(AND_BEFORE_VERB, between) && !/[;:]/.test(between) && !NAMED_COMMITTEE.test(between);
  });
}
