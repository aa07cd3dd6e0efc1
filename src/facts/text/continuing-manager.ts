// "He reports to the Audit Committee ...": a personal pronoun that opens a sentence after one naming a manager is that manager.
import type { GovernanceBodies } from './governance-bodies.js';
import type { ItemSentence } from './item-sentences.js';
import type { Lexicons } from './lexicons.js';
import type { TermMatch } from './lexicon-matches.js';
import { managementTitles } from './management-titles.js';
import { forDocumentLetters } from './document-letters.js';

const PERSONAL_PRONOUN = /^(?:he|she)(?![\p{L}])/iu;

/** The opening pronoun, as a management actor, when the previous sentence of the paragraph names a management title. */
export function continuingManager(item: ItemSentence, lexicons: Lexicons, bodies: GovernanceBodies): TermMatch[] {
  const pronoun = forDocumentLetters(PERSONAL_PRONOUN).exec(item.text);
  if (!pronoun || !item.previous || managementTitles(item.previous.text, lexicons, bodies.titleAliases).length === 0) return [];
  return [{ text: pronoun[0], index: 0, end: pronoun[0].length }];
}
