// Whether the draft describes the board's (or a board committee's) oversight of cybersecurity risk (Item 106(c)(1)).
import { defineFact } from '../fact.js';
import { boardInformingSentences } from '../text/board-informing-sentences.js';
import { boardTargets } from '../text/board-targets.js';
import { governanceBodies } from '../text/governance-bodies.js';
import { itemSentences } from '../text/item-sentences.js';
import { lexiconMatches, type TermMatch } from '../text/lexicon-matches.js';
import { managementGroups } from '../text/management-groups.js';
import type { Lexicons } from '../text/lexicons.js';
import { boardCyberTerms } from '../text/board-cyber-terms.js';
import { onlyHypotheticalInforming } from '../text/hypothetical-informing.js';
import { lexiconOf } from '../text/lexicon-of.js';
import { negatedBefore } from '../text/negated-before.js';
import { unestablishedBefore } from '../text/unestablished-before.js';

// "... inform the Board of any incident that management considers significant": the verb's subject, the nearest party before
// it, is management, not the board.
function managementsVerb(text: string, verb: TermMatch, targets: readonly TermMatch[], lexicons: Lexicons): boolean {
  const board = targets.filter((target) => target.end <= verb.index).at(-1);
  return managementGroups(text, lexicons).some((group) => group.end <= verb.index && (board === undefined || group.index > board.end));
}

export const boardOversightDescribed = defineFact<boolean>({
  id: 'board.oversightDescribed',
  description: 'Whether the draft describes oversight of cybersecurity risk by the board of directors or a board committee: a sentence naming the board or committee with an oversight verb and a cybersecurity subject, or saying how the board is informed about cybersecurity. Supervisory boards and boards of auditors count as the board; management boards do not.',
  type: 'boolean',
  example: true,
  compute({ model, lexicons }) {
    const bodies = governanceBodies(model, lexicons);
    const verbs = lexiconOf(lexicons, 'oversight-verbs');
    const oversees = itemSentences(model).filter((item) => {
      const target = boardTargets(item, lexicons, bodies)[0];
      if (!target || boardCyberTerms(item.text, lexicons).length === 0) return false;
      const targets = boardTargets(item, lexicons, bodies);
      return lexiconMatches(item.text, verbs).some((verb) => !negatedBefore(item.text, verb.index, 4) && !unestablishedBefore(item.text, verb.index) && !managementsVerb(item.text, verb, targets, lexicons));
    });
    // A board that is kept informed about cybersecurity ("provides updates to our Board of Trustees") is overseeing it.
    // One that only would be told of an incident ("Our CFO would inform the Board of any significant incident") is not.
    const informed = boardInformingSentences(model, lexicons).filter((item) => boardCyberTerms(item.text, lexicons).length > 0 && !oversees.includes(item) && !onlyHypotheticalInforming(item.text, lexicons));
    const evidence = [...oversees, ...informed];
    return { value: evidence.length > 0, evidence: evidence.slice(0, 3).map((item) => item.sentence.span) };
  },
});
