// Whether the draft says the responsible managers report on cyber risk to the board or a board committee (Item 106(c)(2)(iii)).
import { testFolded } from '../text/case-folded-pattern.js';
import { defineFact } from '../fact.js';
import { boardTargets } from '../text/board-targets.js';
import { clauseStart } from '../text/clause-start.js';
import { continuingManager } from '../text/continuing-manager.js';
import { governanceBodies } from '../text/governance-bodies.js';
import { itemSentences, type ItemSentence } from '../text/item-sentences.js';
import { containsTerm, lexiconMatches, type TermMatch } from '../text/lexicon-matches.js';
import { lexiconOf } from '../text/lexicon-of.js';
import type { Lexicons } from '../text/lexicons.js';
import { managementActors } from '../text/management-actors.js';
import { negatedBefore } from '../text/negated-before.js';
import { meetsAStandard } from '../text/meets-a-standard.js';
import { aboutOtherTopic } from '../text/other-topic.js';
import { isReportingTableRow } from '../text/reporting-table.js';
import { boardCyberTerms } from '../text/board-cyber-terms.js';
import { managementGroups } from '../text/management-groups.js';

const BY = /(?<![\p{L}])by(?![\p{L}])/iu;
const WITH = /(?<![\p{L}])with(?![\p{L}])/iu;
const TO = /^\s+to(?![\p{L}])/iu;
// "Our CISO leads the program, and reports quarterly to the Audit Committee": a verb coordinated after ", and" with no
// subject of its own (only adverbs or modals before it) shares the subject of the clause before.
const SUBJECTLESS = /^\s*(?:(?:also|then|would|will|may|must|shall|can|regularly|periodically|promptly|directly|in\s+turn)\s+){0,3}$/iu;
const AND_BEFORE = /,\s+and\s*$/iu;

export const managementReportsToBoard = defineFact<boolean>({
  id: 'management.reportsToBoard',
  description: 'Whether the draft says management (a named position, management as a group, a management committee, or a security or technology department) reports information about cybersecurity risk to the board or a board committee: "Our CISO reports quarterly to the Audit Committee", "The Board receives updates from management", "The Committee meets with our CISO".',
  type: 'boolean',
  example: true,
  compute({ model, lexicons, get }) {
    const bodies = governanceBodies(model, lexicons);
    const boardOversees = get<boolean>('board.oversightDescribed').value;
    const evidence = itemSentences(model).filter((item) => {
      const boards = boardTargets(item, lexicons, bodies);
      // A department or team reporting to the board is management reporting, even without a title; so is "He" after the CISO.
      const actors = [...managementActors(item, lexicons, bodies), ...lexiconMatches(item.text, lexiconOf(lexicons, 'management-functions')), ...continuingManager(item, lexicons, bodies)];
      if (boards.length === 0 || actors.length === 0 || aboutOtherTopic(item.text, lexicons)) return false;
      if (!boardOversees && onlyGenericManagement(item.text, actors, lexicons) && boardCyberTerms(item.text, lexicons).length === 0) return false;
      if (reportedInTable(item, boards, actors, lexicons)) return true;
      return lexiconMatches(item.text, lexiconOf(lexicons, 'informing-verbs')).some((verb) => !negatedBefore(item.text, verb.index, 3) && !meetsAStandard(item.text, verb) && reportsUp(item, verb, boards, actors, lexicons));
    });
    return { value: evidence.length > 0, evidence: evidence.slice(0, 4).map((item) => item.sentence.span) };
  },
});

// "Management periodically reports to the Board on the significant risks facing the Company" reports on cyber risk only in
// a draft that gives the board a role in cybersecurity; where none does, management as a group must name cybersecurity.
// A title or a security function reporting is about cyber risk by who it is.
function onlyGenericManagement(text: string, actors: readonly TermMatch[], lexicons: Lexicons): boolean {
  const groups = managementGroups(text, lexicons);
  return actors.every((actor) => groups.some((group) => group.index === actor.index));
}

function reportsUp(item: ItemSentence, verb: TermMatch, boards: readonly TermMatch[], actors: readonly TermMatch[], lexicons: Lexicons): boolean {
  const text = item.text;
  const sameClause = (match: TermMatch) => clauseStart(text, Math.max(match.index, verb.index)) <= Math.min(match.index, verb.index);
  const before = (match: TermMatch) => match.end <= verb.index && sameClause(match);
  const after = (match: TermMatch) => match.index >= verb.end && sameClause(match);
  // Management, the verb, then the board: "the CISO reports to the Audit Committee", "the CIO attends Board meetings".
  if ((actors.some(before) || subjectFromClauseBefore(text, verb, actors)) && boards.some(after)) return true;
  // The board, a receiving verb, then management: "the Committee receives updates from the CISO", "meets with our CIO".
  const receiving = lexiconMatches(text, lexiconOf(lexicons, 'receipt-verbs')).some((receipt) => receipt.index === verb.index) || /^(?:meets?|met|reviews?\s+with|discuss(?:es)?\s+with)/iu.test(verb.text);
  if (receiving && boards.some(before) && actors.some(after)) return true;
  // Management gives the board something: "our CISO provides the Audit Committee with quarterly updates".
  if (boards.some((board) => board.end <= verb.index && testFolded(WITH, text.slice(board.end, verb.index)) && actors.some((actor) => actor.end <= board.index))) return true;
  // The board, then management presenting to it: "the Audit Committee reviews cyber risks when our CISO presents the results".
  const addressedElsewhere = testFolded(TO, text.slice(verb.end, verb.end + 6));
  if (!addressedElsewhere && actors.some((actor) => before(actor) && boards.some((board) => board.end <= actor.index && sameClause(board)))) return true;
  // The passive: "updates are provided to the Board by our CIO".
  return boards.some((board) => after(board) && actors.some((actor) => actor.index > board.end && testFolded(BY, text.slice(board.end, actor.index))));
}

// The actors of the clause before, when the verb's own clause is a subjectless continuation of it after ", and".
function subjectFromClauseBefore(text: string, verb: TermMatch, actors: readonly TermMatch[]): boolean {
  const start = clauseStart(text, verb.index);
  if (start === 0 || !testFolded(AND_BEFORE, text.slice(0, start)) || !testFolded(SUBJECTLESS, text.slice(start, verb.index))) return false;
  const previousStart = clauseStart(text, start - 1);
  return actors.some((actor) => actor.index >= previousStart && actor.end <= start);
}

// A row of a reporting table ("Who reports | To whom | How often"): the header holds the verb, the row the manager and then
// the board.
function reportedInTable(item: ItemSentence, boards: readonly TermMatch[], actors: readonly TermMatch[], lexicons: Lexicons): boolean {
  if (!isReportingTableRow(item, lexicons)) return false;
  return actors.some((actor) => boards.some((board) => actor.end <= board.index));
}
