// Where a sentence names the board or one of its committees (the bodies that oversee and are informed under Item 106(c)(1)).
import { documentMemo } from './document-memo.js';
import type { Lexicons } from './lexicons.js';
import { boardMentions } from './board-mentions.js';
import type { GovernanceBodies } from './governance-bodies.js';
import type { ItemSentence } from './item-sentences.js';
import type { TermMatch } from './lexicon-matches.js';
import { forDocumentLetters } from './document-letters.js';
import { lastGroupMatch } from './last-group-match.js';
import { intendedAt } from './future-intention.js';
import { pointsElsewhere } from './points-elsewhere.js';
import { opensClause } from './clause-start.js';

// Committees referred to without a name: "its committees", "a committee of the Board", "board committee".
const UNNAMED_BOARD_COMMITTEE = /(?<![\p{L}])(?:board\s+committees?|committees?\s+of\s+(?:the|our|its)\s+board|its\s+committees|(?:the|its)\s+standing\s+committees)(?![\p{L}])/giu;

// "It receives a report ...": a pronoun that opens the sentence continues the previous sentence's subject.
const CONTINUING_SUBJECT = /^(?:it|they|this\s+committee|the\s+committee)(?![\p{L}])/iu;
// "The Technology Committee meets quarterly. At each meeting, the CIO reports on ...": the meetings are the body's.
const AT_ITS_MEETINGS = /^at\s+(?:each|every|these|its|such|those|the|each\s+such)\s+(?:[\p{L}]+\s+)?meetings?(?![\p{L}])/iu;
const OBJECT_PRONOUN_CUE = /\b(?:to|with|before)\s+it\b/i;
const OBJECT_PRONOUN = /(?<![\p{L}])(?:to|with|before)\s+(it)(?![\p{L}])/giu;
const CLAUSE_IT = /(?<![\p{L}])it(?![\p{L}’'])/giu;
// A board or committee that opens a sentence (within its first few words) is that sentence's subject.
const SUBJECT_REACH = 40;

// Several facts ask for the board targets of every sentence; the answer depends only on the sentence and the bodies.
// Per document (see document-memo): a module-wide WeakMap's table kept growing with every sentence of the run.
const MEMO_LIMIT = 20_000;
const memo = documentMemo<ItemSentence, { bodies: GovernanceBodies; targets: readonly TermMatch[] }>(MEMO_LIMIT);

/** Board references and board-committee mentions in the sentence; committees whose body is unknown count too. */
export function boardTargets(item: ItemSentence, lexicons: Lexicons, bodies: GovernanceBodies): readonly TermMatch[] {
  const sentences = memo();
  const known = sentences.get(item);
  if (known && known.bodies === bodies) return known.targets;
  const targets = Object.freeze(findTargets(item, lexicons, bodies));
  sentences.set(item, { bodies, targets });
  return targets;
}

function findTargets(item: ItemSentence, lexicons: Lexicons, bodies: GovernanceBodies): TermMatch[] {
  if (pointsElsewhere(item.text, lexicons)) return [];
  const own = ownTargets(item, lexicons, bodies);
  if (own.length > 0) return [...own, ...pronounsAfter(item.text, own[0] as TermMatch)];
  if (!item.previous) return own;
  const pronoun = forDocumentLetters(CONTINUING_SUBJECT).exec(item.text) ?? forDocumentLetters(AT_ITS_MEETINGS).exec(item.text);
  if (!pronoun || !ownTargets(item.previous, lexicons, bodies).some((target) => target.index < SUBJECT_REACH)) return own;
  return [{ text: pronoun[0], index: 0, end: pronoun[0].length }];
}

// "The Risk Management Committee meets twice a year, and our CISO presents to it": the pronoun after a preposition, later in
// a sentence that names the board or a committee, is that body.
// "... the committee met weekly with management; it now receives a report from our CISO": "it" opening a later clause is the
// body too.
function pronounsAfter(text: string, first: TermMatch): TermMatch[] {
  const objects = OBJECT_PRONOUN_CUE.test(text) ? [...text.matchAll(forDocumentLetters(OBJECT_PRONOUN))].filter((match) => match.index > first.end).map(lastGroupMatch) : [];
  const subjects = /[;,]\s*it\b/i.test(text)
    ? [...text.matchAll(forDocumentLetters(CLAUSE_IT))].filter((match) => match.index > first.end && opensClause(text, match.index)).map((match) => ({ text: match[0], index: match.index, end: match.index + match[0].length }))
    : [];
  return [...objects, ...subjects];
}

function ownTargets(item: ItemSentence, lexicons: Lexicons, bodies: GovernanceBodies): TermMatch[] {
  const targets = [...boardMentions(item.text, lexicons)];
  for (const committee of bodies.committees) {
    if (committee.body === 'management') continue;
    for (const mention of committee.mentions) {
      if (mention.sentence === item) targets.push({ text: item.text.slice(mention.index, mention.end), index: mention.index, end: mention.end });
    }
  }
  for (const match of /committee/i.test(item.text) ? item.text.matchAll(forDocumentLetters(UNNAMED_BOARD_COMMITTEE)) : []) {
    targets.push({ text: match[0], index: match.index, end: match.index + match[0].length });
  }
  // "we intend to adopt a policy under which our CTO will report to our audit committee": a body only planned to be told.
  return targets.filter((target) => !intendedAt(item.text, target.index)).sort((a, b) => a.index - b.index);
}
