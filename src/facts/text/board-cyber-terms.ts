// The cybersecurity words a board sentence is about: not those of a clause that belongs to management, nor a topic the
// sentence only says may come up.
import { boardMentions } from './board-mentions.js';
import { clauseStart } from './clause-start.js';
import { testFolded } from './case-folded-pattern.js';
import { lexiconMatches, type TermMatch } from './lexicon-matches.js';
import { lexiconOf } from './lexicon-of.js';
import type { Lexicons } from './lexicons.js';
import { managementGroups } from './management-groups.js';
import { managementTitles } from './management-titles.js';
import { windowEnd, windowStart } from './word-windows.js';

// A clause's subject stands in its first words: ", and our management team is responsible for ..., including IT".
const SUBJECT_WORDS = 3;
// "significant risks, which may include information technology matters": a topic that may be among others is not named.
const MAY_INCLUDE = /(?<![\p{L}])(?:may|might|could|can)\s+(?:also\s+)?(?:include|involve|encompass)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const INCLUDE_CUE = /include|involve|encompass/i;

/** Cybersecurity terms of the sentence that the board's part of it names. */
export function boardCyberTerms(text: string, lexicons: Lexicons): readonly TermMatch[] {
  const terms = lexiconMatches(text, lexiconOf(lexicons, 'cyber-terms'));
  if (terms.length === 0) return terms;
  return terms.filter((term) => !inManagementClause(text, term, lexicons) && !mayBeIncluded(text, term));
}

// "Our Board is responsible for overseeing our overall risk management, and our management team is responsible for our
// day-to-day operations, including information technology": the cyber words are management's, in a clause of its own.
function inManagementClause(text: string, term: TermMatch, lexicons: Lexicons): boolean {
  const from = clauseStart(text, term.index);
  if (from === 0) return false;
  const opening = windowEnd(text, from, SUBJECT_WORDS);
  const opensOnManagement = [...managementGroups(text, lexicons), ...managementTitles(text, lexicons)].some((actor) => actor.index >= from && actor.index < opening);
  return opensOnManagement && !boardMentions(text, lexicons).some((board) => board.index >= from && board.index < term.index);
}

function mayBeIncluded(text: string, term: TermMatch): boolean {
  const before = text.slice(windowStart(text, term.index, 5), term.index);
  return INCLUDE_CUE.test(before) && testFolded(MAY_INCLUDE, before);
}
