// "He reports to the Audit Committee ...": a personal pronoun that opens a sentence after one naming a manager is that manager;
// "They receive ..." after one naming two managers or more is those managers.
import type { GovernanceBodies } from './governance-bodies.js';
import type { ItemSentence } from './item-sentences.js';
import type { Lexicons } from './lexicons.js';
import type { TermMatch } from './lexicon-matches.js';
import { managementTitles } from './management-titles.js';
import { forDocumentLetters } from './document-letters.js';
import { opensClause } from './clause-start.js';

const PERSONAL_PRONOUN = /^(?:he|she|they)(?![\p{L}])/iu;
// "..., and she is informed of potential incidents through automated alerts": a pronoun may open a later clause too.
const CLAUSE_PRONOUN = /(?<![\p{L}])(?:he|she|they)(?![\p{L}])/giu;
const PLURAL = /^they$/iu;
const PRONOUN_CUE = /\b(?:he|she|they)\b/i;

// "Our CISO ... She holds a CISSP ... She receives daily reports": the same pronoun can carry the manager a few sentences on.
const MAX_HOPS = 3;

/**
 * Personal pronouns that open the sentence or one of its clauses, as management actors, when an earlier sentence of the
 * paragraph (or, for a paragraph's first sentence, the end of the paragraph before) names as many managers as each stands for.
 */
export function continuingManager(item: ItemSentence, lexicons: Lexicons, bodies: GovernanceBodies): TermMatch[] {
  return subjectPronouns(item.text).filter((pronoun) => refersToManager(item, pronoun.text, lexicons, bodies));
}

function subjectPronouns(text: string): TermMatch[] {
  const opening = forDocumentLetters(PERSONAL_PRONOUN).exec(text)?.[0];
  const pronouns: TermMatch[] = opening ? [{ text: opening, index: 0, end: opening.length }] : [];
  if (!/[,;]/.test(text) || !PRONOUN_CUE.test(text)) return pronouns;
  for (const match of text.matchAll(forDocumentLetters(CLAUSE_PRONOUN))) {
    if (match.index > 0 && opensClause(text, match.index)) {
      pronouns.push({ text: match[0], index: match.index, end: match.index + match[0].length });
    }
  }
  return pronouns;
}

// The object forms stand for the same people: "Our IT staff notify her" after "She holds ..." after the title.
const SUBJECT_FORM: Readonly<Record<string, string>> = { him: 'he', her: 'she', them: 'they' };

/** Whether a personal pronoun of the sentence (subject or object form) stands for a manager named in an earlier sentence. */
export function refersToManager(item: ItemSentence, written: string, lexicons: Lexicons, bodies: GovernanceBodies): boolean {
  const pronoun = SUBJECT_FORM[written.toLowerCase()] ?? written;
  const needed = PLURAL.test(pronoun) ? 2 : 1;
  let earlier = item.previous ?? item.endOfPreviousParagraph;
  for (let hop = 0; earlier && hop < MAX_HOPS; hop++, earlier = earlier.previous) {
    if (managementTitles(earlier.text, lexicons, bodies.titleAliases).length >= needed) return true;
    // Only a sentence about the same person (with the same pronoun as a subject) passes the manager on: "Before joining us
    // in 2022, she spent nine years ...".
    if (!sameSubjectPronoun(earlier.text, pronoun)) return false;
  }
  return false;
}

function sameSubjectPronoun(text: string, pronoun: string): boolean {
  return [...text.matchAll(forDocumentLetters(CLAUSE_PRONOUN))].some((match) => match[0].toLowerCase() === pronoun.toLowerCase());
}
