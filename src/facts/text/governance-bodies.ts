// The governance vocabulary a disclosure defines for itself: its committees (board or management) and its title abbreviations.
import { perDocument } from './per-document.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Lexicons } from './lexicons.js';
import { classifyCommittees, type Committee } from './classify-committees.js';
import { itemSentences } from './item-sentences.js';
import { titleAliases } from './title-aliases.js';

export interface GovernanceBodies {
  committees: readonly Committee[];
  /** Abbreviations defined for management titles, matched like titles. */
  titleAliases: readonly string[];
}

export const governanceBodies = perDocument((model: Disclosure, lexicons: Lexicons): GovernanceBodies => ({
  committees: classifyCommittees(model, lexicons),
  titleAliases: titleAliases(itemSentences(model), lexicons),
}));
