// Sentences that tell how the board or a board committee is informed about cybersecurity (who reports, what, how often).
import { perDocument } from './per-document.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Lexicons } from './lexicons.js';
import { boardTargets } from './board-targets.js';
import { cadenceWords } from './cadence-words.js';
import { governanceBodies } from './governance-bodies.js';
import { itemSentences, type ItemSentence } from './item-sentences.js';
import { containsTerm, lexiconMatches, type TermMatch } from './lexicon-matches.js';
import { foldedMatches, foldSentence, testFolded } from './case-folded-pattern.js';
import { lexiconOf } from './lexicon-of.js';
import { managementActors } from './management-actors.js';
import { negatedBefore } from './negated-before.js';
import { meetsAStandard } from './meets-a-standard.js';
import { aboutOtherTopic } from './other-topic.js';
import { isReportingTableRow } from './reporting-table.js';

/** Sentences that tell how the board or a board committee is informed: a board target, an informing verb, and a source, subject or cadence. */
const KEPT_INFORMED = /(?<![\p{L}])(?:is|are|be|been|being|remains?|kept|keeps|keep|stays?)\s+(?:[\p{L}]+ly\s+)?(?:informed|apprised|advised|updated)(?![\p{L}])/giu;
// Who informs it: "informed by the CISO", "apprised through reports from management".
const SOURCE = /(?<![\p{L}])(?:by|from|through|via)(?![\p{L}])/iu;

export const boardInformingSentences = perDocument(findInformingSentences);

function findInformingSentences(model: Disclosure, lexicons: Lexicons): ItemSentence[] {
  const bodies = governanceBodies(model, lexicons);
  const verbs = lexiconOf(lexicons, 'informing-verbs');
  return itemSentences(model).filter((item) => {
    if (boardTargets(item, lexicons, bodies).length === 0) return false;
    const informing = lexiconMatches(item.text, verbs).filter((verb) => !negatedBefore(item.text, verb.index, 4) && !meetsAStandard(item.text, verb));
    // In a table the verb is in the header ("Who reports | To whom | How often").
    if (informing.length === 0 && !isReportingTableRow(item, lexicons)) return false;
    if (aboutOtherTopic(item.text, lexicons)) return false;
    if (cadenceWords(item.text, lexiconOf(lexicons, 'cadence')).length > 0 || managementActors(item, lexicons, bodies).length > 0) return true;
    return containsTerm(item.text, lexiconOf(lexicons, 'cyber-terms')) && !onlyKeptInformed(item.text, informing);
  });
}

// "The Board is kept informed of cybersecurity matters": a state, with no one who informs, no report and nothing said of
// how often, describes no process.
function onlyKeptInformed(text: string, informing: readonly TermMatch[]): boolean {
  if (informing.length === 0 || testFolded(SOURCE, text)) return false;
  const states = [...foldedMatches(text, foldSentence(text), KEPT_INFORMED)].map((state) => ({ start: state.index, end: state.index + state.text.length }));
  return informing.every((verb) => states.some((state) => verb.index >= state.start && verb.end <= state.end));
}
