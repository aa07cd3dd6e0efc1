// "He reports to the Audit Committee ...": a personal pronoun that opens a sentence after one naming a manager is that manager;
// "They receive ..." after one naming two managers or more is those managers.
import type { GovernanceBodies } from './governance-bodies.js';
import type { ItemSentence } from './item-sentences.js';
import type { Lexicons } from './lexicons.js';
import type { TermMatch } from './lexicon-matches.js';
import { managementTitles } from './management-titles.js';
import { forDocumentLetters } from './document-letters.js';

const PERSONAL_PRONOUN = /^(?:he|she|they)(?![\p{L}])/iu;
const PLURAL = /^they$/iu;

// "Our CISO ... She holds a CISSP ... She receives daily reports": the same pronoun can carry the manager a few sentences on.
const MAX_HOPS = 3;

/** The opening pronoun, as a management actor, when an earlier sentence of the paragraph names as many managers as it stands for. */
export function continuingManager(item: ItemSentence, lexicons: Lexicons, bodies: GovernanceBodies): TermMatch[] {
  const pronoun = forDocumentLetters(PERSONAL_PRONOUN).exec(item.text)?.[0];
  if (!pronoun) return [];
  const needed = PLURAL.test(pronoun) ? 2 : 1;
  let earlier = item.previous;
  for (let hop = 0; earlier && hop < MAX_HOPS; hop++, earlier = earlier.previous) {
    if (managementTitles(earlier.text, lexicons, bodies.titleAliases).length >= needed) return [{ text: pronoun, index: 0, end: pronoun.length }];
    // Only a sentence about the same person (opening with the same pronoun) passes the manager on.
    if (forDocumentLetters(PERSONAL_PRONOUN).exec(earlier.text)?.[0].toLowerCase() !== pronoun.toLowerCase()) return [];
  }
  return [];
}
