// The governance vocabulary a disclosure defines for itself: its committees (board or management) and its title abbreviations.
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

const cache = new WeakMap<Disclosure, WeakMap<Lexicons, GovernanceBodies>>();

export function governanceBodies(model: Disclosure, lexicons: Lexicons): GovernanceBodies {
  let byLexicons = cache.get(model);
  if (!byLexicons) cache.set(model, (byLexicons = new WeakMap()));
  let bodies = byLexicons.get(lexicons);
  if (!bodies) {
    bodies = { committees: classifyCommittees(model, lexicons), titleAliases: titleAliases(itemSentences(model), lexicons) };
    byLexicons.set(lexicons, bodies);
  }
  return bodies;
}
