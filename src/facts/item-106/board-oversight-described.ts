// Whether the draft describes the board's (or a board committee's) oversight of cybersecurity risk (Item 106(c)(1)).
import { defineFact } from '../fact.js';
import { boardInformingSentences } from '../text/board-informing-sentences.js';
import { boardTargets } from '../text/board-targets.js';
import { governanceBodies } from '../text/governance-bodies.js';
import { itemSentences } from '../text/item-sentences.js';
import { lexiconMatches } from '../text/lexicon-matches.js';
import { boardCyberTerms } from '../text/board-cyber-terms.js';
import { lexiconOf } from '../text/lexicon-of.js';
import { negatedBefore } from '../text/negated-before.js';
import { unestablishedBefore } from '../text/unestablished-before.js';

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
      return lexiconMatches(item.text, verbs).some((verb) => !negatedBefore(item.text, verb.index, 4) && !unestablishedBefore(item.text, verb.index));
    });
    // A board that is kept informed about cybersecurity ("provides updates to our Board of Trustees") is overseeing it.
    const informed = boardInformingSentences(model, lexicons).filter((item) => boardCyberTerms(item.text, lexicons).length > 0 && !oversees.includes(item));
    const evidence = [...oversees, ...informed];
    return { value: evidence.length > 0, evidence: evidence.slice(0, 3).map((item) => item.sentence.span) };
  },
});
