// Whether the draft describes how the board or its committee is informed about cybersecurity risk (Item 106(c)(1)).
import { defineFact } from '../fact.js';
import { boardInformingSentences } from '../text/board-informing-sentences.js';
import { boardCyberTerms } from '../text/board-cyber-terms.js';

export const boardInformedProcessDescribed = defineFact<boolean>({
  id: 'board.informedProcessDescribed',
  description: 'Whether the draft describes how the board or the responsible committee is informed about cybersecurity risks: who reports to it, what it receives, or how often (e.g. "The Audit Committee receives quarterly reports from our CISO").',
  type: 'boolean',
  example: true,
  compute({ model, lexicons, get }) {
    // "Management keeps the Board apprised of significant risks facing the Company" informs the board of cyber risk only in a
    // draft that gives the board a role in cybersecurity; where none does, only a sentence naming cybersecurity counts.
    const boardOversees = get<boolean>('board.oversightDescribed').value;
    const evidence = boardInformingSentences(model, lexicons).filter((item) => boardOversees || boardCyberTerms(item.text, lexicons).length > 0);
    return { value: evidence.length > 0, evidence: evidence.slice(0, 4).map((item) => item.sentence.span) };
  },
});
