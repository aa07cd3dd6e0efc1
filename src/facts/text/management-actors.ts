// Where a sentence names management: a title (or a title abbreviation the draft defines), management as a group, or a management committee.
// A title held before or at another organisation is biography (see former-role).
import { documentMemo } from './document-memo.js';
import type { Lexicons } from './lexicons.js';
import type { GovernanceBodies } from './governance-bodies.js';
import type { ItemSentence } from './item-sentences.js';
import type { TermMatch } from './lexicon-matches.js';
import { managementGroups } from './management-groups.js';
import { managementTitles } from './management-titles.js';
import { isFormerRole } from './former-role.js';

// Several facts ask for the management actors of every sentence; the answer depends only on the sentence and the bodies.
// Per document (see document-memo): a module-wide WeakMap's table kept growing with every sentence of the run.
const MEMO_LIMIT = 20_000;
const memo = documentMemo<ItemSentence, { bodies: GovernanceBodies; actors: readonly TermMatch[] }>(MEMO_LIMIT);

export function managementActors(item: ItemSentence, lexicons: Lexicons, bodies: GovernanceBodies): readonly TermMatch[] {
  const sentences = memo();
  const known = sentences.get(item);
  if (known && known.bodies === bodies) return known.actors;
  const actors = Object.freeze(findActors(item, lexicons, bodies));
  sentences.set(item, { bodies, actors });
  return actors;
}

function findActors(item: ItemSentence, lexicons: Lexicons, bodies: GovernanceBodies): TermMatch[] {
  const titles = managementTitles(item.text, lexicons, bodies.titleAliases).filter((title) => !isFormerRole(item.text, title));
  const actors = [...titles, ...managementGroups(item.text, lexicons)];
  for (const committee of bodies.committees) {
    if (committee.body !== 'management') continue;
    for (const mention of committee.mentions) {
      if (mention.sentence === item) actors.push({ text: item.text.slice(mention.index, mention.end), index: mention.index, end: mention.end });
    }
  }
  return actors.sort((a, b) => a.index - b.index);
}
