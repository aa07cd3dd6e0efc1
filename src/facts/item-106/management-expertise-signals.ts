// How much substantive expertise the draft gives for the management responsible for cyber risk (Item 106(c)(2)(i), Instruction 2).
import type { Span } from '../../model/disclosure.js';
import { defineFact } from '../fact.js';
import { expertiseSignals } from '../text/expertise-signals.js';
import { itemSentences, type ItemSentence } from '../text/item-sentences.js';
import { lexiconOf } from '../text/lexicon-of.js';
import type { Lexicons } from '../text/lexicons.js';
import { managementGroups } from '../text/management-groups.js';
import { managementTitles } from '../text/management-titles.js';
import { governanceBodies } from '../text/governance-bodies.js';
import { containsTerm } from '../text/lexicon-matches.js';

export const managementExpertiseSignals = defineFact<number>({
  id: 'management.expertiseSignals',
  description: 'The number of substantive expertise signals given for management people or teams, counted as kinds per sentence: years of experience, prior roles and employers, degrees, certifications, outside cybersecurity affiliations or government service. Adjectives ("experienced", "seasoned") count zero; so do hiring requirements ("we require ...") and statements about directors.',
  type: 'number',
  example: 3,
  compute({ model, lexicons }) {
    let count = 0;
    const evidence: Span[] = [];
    const aliases = governanceBodies(model, lexicons).titleAliases;
    for (const item of itemSentences(model)) {
      if (!aboutManagementPeople(item, lexicons, aliases) || containsTerm(item.text, lexiconOf(lexicons, 'expertise-requirement-cues'))) continue;
      // Kinds, not phrases: "a master's degree in computer science" is one education signal, not two.
      const kinds = new Set(expertiseSignals(item.text, lexicons).map((signal) => signal.kind));
      if (kinds.size === 0) continue;
      count += kinds.size;
      evidence.push(item.sentence.span);
    }
    return { value: count, evidence: evidence.slice(0, 4) };
  },
});

// Expertise belongs to a person or team: a title, a pronoun or a group; a sentence about directors only is board expertise.
function aboutManagementPeople(item: ItemSentence, lexicons: Lexicons, aliases: readonly string[]): boolean {
  const titled = managementTitles(item.text, lexicons, aliases).length > 0;
  if (!titled && containsTerm(item.text, lexiconOf(lexicons, 'board-person-references'))) return false;
  return titled || containsTerm(item.text, lexiconOf(lexicons, 'person-references')) || managementGroups(item.text, lexicons).length > 0;
}
