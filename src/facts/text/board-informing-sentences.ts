// Sentences that tell how the board or a board committee is informed about cybersecurity (who reports, what, how often).
import { perDocument } from './per-document.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Lexicons } from './lexicons.js';
import { boardTargets } from './board-targets.js';
import { cadenceWords } from './cadence-words.js';
import { governanceBodies } from './governance-bodies.js';
import { itemSentences, type ItemSentence } from './item-sentences.js';
import { containsTerm, lexiconMatches } from './lexicon-matches.js';
import { lexiconOf } from './lexicon-of.js';
import { managementActors } from './management-actors.js';
import { negatedBefore } from './negated-before.js';
import { aboutOtherTopic } from './other-topic.js';
import { isReportingTableRow } from './reporting-table.js';

/** Sentences that tell how the board or a board committee is informed: a board target, an informing verb, and a source, subject or cadence. */
export const boardInformingSentences = perDocument(findInformingSentences);

function findInformingSentences(model: Disclosure, lexicons: Lexicons): ItemSentence[] {
  const bodies = governanceBodies(model, lexicons);
  const verbs = lexiconOf(lexicons, 'informing-verbs');
  return itemSentences(model).filter((item) => {
    if (boardTargets(item, lexicons, bodies).length === 0) return false;
    // In a table the verb is in the header ("Who reports | To whom | How often").
    const informed = lexiconMatches(item.text, verbs).some((verb) => !negatedBefore(item.text, verb.index, 4)) || isReportingTableRow(item, lexicons);
    if (!informed) return false;
    if (aboutOtherTopic(item.text, lexicons)) return false;
    return (
      containsTerm(item.text, lexiconOf(lexicons, 'cyber-terms')) ||
      cadenceWords(item.text, lexiconOf(lexicons, 'cadence')).length > 0 ||
      managementActors(item, lexicons, bodies).length > 0
    );
  });
}
