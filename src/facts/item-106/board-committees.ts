// Which board committees the draft names as overseeing cybersecurity risk (Item 106(c)(1): "identify any board committee").
import type { Disclosure, Span } from '../../model/disclosure.js';
import { defineFact } from '../fact.js';
import { governanceBodies } from '../text/governance-bodies.js';
import { intendedAt } from '../text/future-intention.js';
import { followingInParagraph, type ItemSentence } from '../text/item-sentences.js';
import { containsTerm } from '../text/lexicon-matches.js';
import { lexiconOf } from '../text/lexicon-of.js';
import type { Lexicons } from '../text/lexicons.js';

export const boardCommittees = defineFact<string[]>({
  id: 'board.committees',
  description: 'Board committees (including committees of a two-tier supervisory board) named in connection with cybersecurity, as first written, e.g. ["Audit Committee"]. A committee the text does not tie to the board or to management counts when it is described as overseeing cybersecurity. Management committees are not included.',
  type: 'string[]',
  example: ['Audit Committee'],
  compute({ model, lexicons }) {
    const names: string[] = [];
    const evidence: Span[] = [];
    for (const committee of governanceBodies(model, lexicons).committees) {
      if (committee.name === '' || committee.body === 'management') continue;
      // A committee only planned to be told ("we intend to adopt a policy under which our CTO will report to our audit
      // committee") is not named as overseeing.
      const current = committee.mentions.filter((mention) => !intendedAt(mention.sentence.text, mention.index));
      const about = current.filter((mention) => (committee.body === 'board' ? aboutCyber(model, mention.sentence, lexicons) : oversees(mention.sentence, lexicons)));
      if (about.length === 0) continue;
      names.push(committee.name);
      evidence.push(...about.slice(0, 2).map((mention) => mention.sentence.sentence.span));
    }
    return { value: names, evidence };
  },
});

// The cyber subject may sit in the next sentence ("The Risk Committee is responsible for this oversight. It reviews ...").
function aboutCyber(model: Disclosure, item: ItemSentence, lexicons: Lexicons): boolean {
  const cyber = lexiconOf(lexicons, 'cyber-terms');
  const next = followingInParagraph(model, item, 1)[0];
  return containsTerm(item.text, cyber) || (next !== undefined && containsTerm(next.text, cyber));
}

// An unplaced committee ("the Cybersecurity Committee") counts only where it oversees cybersecurity.
function oversees(item: ItemSentence, lexicons: Lexicons): boolean {
  return containsTerm(item.text, lexiconOf(lexicons, 'cyber-terms')) && containsTerm(item.text, lexiconOf(lexicons, 'oversight-verbs'));
}

