// Which management positions or committees the draft makes responsible for cybersecurity risk (Item 106(c)(2)(i)).
import { foldSentence, testFolded } from '../text/case-folded-pattern.js';
import type { Span } from '../../model/disclosure.js';
import { defineFact } from '../fact.js';
import { boardTargets } from '../text/board-targets.js';
import { clauseStart } from '../text/clause-start.js';
import { governanceBodies, type GovernanceBodies } from '../text/governance-bodies.js';
import { itemSentences, type ItemSentence } from '../text/item-sentences.js';
import { containsTerm, lexiconMatches, type TermMatch } from '../text/lexicon-matches.js';
import { lexiconOf } from '../text/lexicon-of.js';
import type { Lexicons } from '../text/lexicons.js';
import { managementActors } from '../text/management-actors.js';
import { managementGroups } from '../text/management-groups.js';
import { negatedBefore } from '../text/negated-before.js';
import { windowEnd, windowStart } from '../text/word-windows.js';
import { relativeClauseEnd } from '../text/relative-clause-end.js';

// "led by", "rests with", "under the direction of": the responsible person comes after the verb.
const AGENT_AFTER = /(?:by|with|of)$/iu;
const AGENT_REACH = 8;
// "has assigned day-to-day responsibility for the program to our CISO": the responsibility goes to whom it is given.
const DELEGATED = /(?<![\p{L}])(?:delegated|delegates|assigned|assigns|given|gives|entrusted|entrusts|allocated|allocates)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const RESPONSIBILITY = /^(?:primary\s+)?responsibilit(?:y|ies)(?:\s+for)?$/iu;
// "Responsibility for assessing and managing cybersecurity risk has been assigned to our CISO", "... lies with our CIO": the
// responsibility named first, then whom it is given to.
// "has been assigned by management to the Director": the one who assigns may come between.
const PASSIVE_HOLDER = /(?<![\p{L}])(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:[\p{L}-]+\s+)?(?:assigned|delegated|entrusted|given|allocated)(?:\s+by(?:\s+[\p{L}-]+){1,3}?)?\s+to|(?:is|are|was|were)\s+(?:held|shared|exercised|discharged|performed|carried(?:\s+out)?)\s+by|(?:lies|lie|rests|rest|resides|reside|sits|sit)\s+with|(?:is|are)\s+vested\s+in)(?![\p{L}])/iu;
const HOLDER_SEARCH = 20;
const RELATIVE_CLAUSE_WORDS = 16;
const DENIED_REACH = 5;
const THESE_RISKS = /(?<![\p{L}])(?:these|such|those)\s+(?:risks|threats|matters)(?![\p{L}])/iu;
const HOLDER_REACH = 4;
const TO = /(?<![\p{L}])to(?![\p{L}])/iu;
// A list item opens on its holder's title after at most an article or possessive ("the", "our", "Group").
const LIST_OPENING_WORDS = 2;

export const managementPositions = defineFact<string[]>({
  id: 'management.positions',
  description: 'Management titles and management committees named as responsible for (leading, overseeing, managing) cybersecurity risk, as first written, e.g. ["Chief Information Security Officer"]. The title must be the one the responsibility belongs to ("Our CISO leads ...", "... is led by our CISO"), not a board committee that receives a report from it. "Management" or "senior management" alone is not a position.',
  type: 'string[]',
  example: ['Chief Information Security Officer', 'Chief Information Officer'],
  compute({ model, lexicons }) {
    const bodies = governanceBodies(model, lexicons);
    const positions: string[] = [];
    const evidence: Span[] = [];
    for (const item of itemSentences(model)) {
      if (!aboutCyber(item, lexicons)) continue;
      const responsible = [...responsibleActors(item, lexicons, bodies), ...listedAsResponsible(item, lexicons, bodies)];
      if (responsible.length === 0) continue;
      for (const actor of responsible) {
        const name = actor.text.replace(/\s+/g, ' ').trim();
        if (!positions.some((known) => known.toLowerCase() === name.toLowerCase())) positions.push(name);
      }
      evidence.push(item.sentence.span);
    }
    return { value: positions, evidence: evidence.slice(0, 4) };
  },
});

// "Our Chief Executive Officer is responsible for managing these risks" after a sentence about cybersecurity risks: "these
// risks" are the ones just named.
function aboutCyber(item: ItemSentence, lexicons: Lexicons): boolean {
  const cyber = lexiconOf(lexicons, 'cyber-terms');
  if (containsTerm(item.text, cyber)) return true;
  return item.previous !== undefined && testFolded(THESE_RISKS, item.text) && containsTerm(item.previous.text, cyber);
}

/** The titles and management committees that a responsibility verb of the sentence belongs to. */
function responsibleActors(item: ItemSentence, lexicons: Lexicons, bodies: GovernanceBodies): TermMatch[] {
  const text = item.text;
  // A two-tier company's management board is a management body, like an executive committee; "senior management" is not.
  const groups = managementGroups(text, lexicons).filter((group) => !containsTerm(group.text, lexiconOf(lexicons, 'management-committees')));
  const named = managementActors(item, lexicons, bodies).filter((actor) => !groups.some((group) => group.index === actor.index));
  if (named.length === 0) return [];
  const boards = boardTargets(item, lexicons, bodies);
  const found = new Set<TermMatch>();
  for (const verb of lexiconMatches(text, lexiconOf(lexicons, 'responsibility-verbs'))) {
    if (negatedBefore(text, verb.index, 3)) continue;
    if (RESPONSIBILITY.test(verb.text) && testFolded(DELEGATED, text.slice(windowStart(text, verb.index, 4), verb.index))) {
      const reach = windowEnd(text, verb.end, AGENT_REACH);
      named.filter((actor) => actor.index >= verb.end && actor.index <= reach && testFolded(TO, text.slice(verb.end, actor.index))).forEach((actor) => found.add(actor));
    }
    if (RESPONSIBILITY.test(verb.text)) holdersAfter(text, verb, named).forEach((actor) => found.add(actor));
    if (AGENT_AFTER.test(verb.text)) {
      const reach = windowEnd(text, verb.end, AGENT_REACH);
      named.filter((actor) => actor.index >= verb.end && actor.index <= reach).forEach((actor) => found.add(actor));
      continue;
    }
    // The subject: titles earlier in the clause, unless a board or board committee stands nearer the verb.
    const from = clauseStart(text, verb.index);
    const subjects = withoutRelativeClauses(text, named.filter((actor) => actor.index >= from && actor.end <= verb.index));
    const lastSubject = subjects[subjects.length - 1];
    const nearerBoard = boards.some((board) => board.index >= from && board.end <= verb.index && lastSubject !== undefined && board.index > lastSubject.index);
    if (!nearerBoard) subjects.forEach((actor) => found.add(actor));
  }
  // "we have not designated any officer or management committee with responsibility": a title that is denied holds nothing.
  return [...found].filter((actor) => !negatedBefore(text, actor.index, DENIED_REACH)).sort((a, b) => a.index - b.index);
}

// "Our SVP of IT, who reports to our Chief Financial Officer, is responsible for ...": a title inside the relative clause
// of an earlier one is not the verb's subject.
function withoutRelativeClauses(text: string, subjects: readonly TermMatch[]): TermMatch[] {
  return subjects.filter((actor) => !subjects.some((earlier) => earlier.end <= actor.index && relativeClauseEnd(text, earlier.end, RELATIVE_CLAUSE_WORDS) > actor.index));
}

// "Management responsibility is allocated as follows:" then "- Chief Information Officer: corporate information security" (or
// a table row): the title that opens an item of a list introduced as the responsibility's holders.
function listedAsResponsible(item: ItemSentence, lexicons: Lexicons, bodies: GovernanceBodies): TermMatch[] {
  const intro = item.intro?.text;
  if (intro === undefined) return [];
  const assigns = lexiconMatches(intro, lexiconOf(lexicons, 'responsibility-verbs')).some((verb) => !negatedBefore(intro, verb.index, 3));
  if (!assigns) return [];
  const opening = managementActors(item, lexicons, bodies)[0];
  return opening !== undefined && windowStart(item.text, opening.index, LIST_OPENING_WORDS) === 0 ? [opening] : [];
}

// The titles right after a passive "is assigned to" / "lies with" that follows the responsibility word.
function holdersAfter(text: string, verb: TermMatch, named: readonly TermMatch[]): TermMatch[] {
  const folded = foldSentence(text);
  const holder = folded.pattern(PASSIVE_HOLDER).exec(folded.text.slice(verb.end, windowEnd(text, verb.end, HOLDER_SEARCH)));
  if (!holder) return [];
  const from = verb.end + holder.index + holder[0].length;
  const reach = windowEnd(text, from, HOLDER_REACH);
  return named.filter((actor) => actor.index >= from && actor.index <= reach);
}
