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
import { containsTerm, lexiconMatches, type TermMatch } from '../text/lexicon-matches.js';
import { testFolded } from '../text/case-folded-pattern.js';
import { windowStart } from '../text/word-windows.js';
import { clauseStart } from '../text/clause-start.js';
import { negatedBefore } from '../text/negated-before.js';
import type { ExpertiseSignal } from '../text/expertise-signals.js';

// A title after "as", "former" or "previously" is a role someone held, not who the sentence is about.
const PAST_ROLE_BEFORE = /(?<![\p{L}])(?:as|former|formerly|previously|prior)\s+(?:(?:a|an|the|our|its|their)\s+)?$/iu;

// The outside parties whose people are not management, named before them or after them.
const OUTSIDE_PARTY = '(?:msps?|mssps?|providers?|vendors?|consultants?|consultancy|firms?|partners?|contractors?|advisers?|advisors?|auditors?|assessors?)';
// A possessive of an outside party, with up to two words before the people: "the MSP's security team", "our adviser's staff".
const OUTSIDE_OWNER = new RegExp(`(?<![\\p{L}])${OUTSIDE_PARTY}['’]s?\\s+(?:[\\p{L}-]+\\s+){0,2}$`, 'iu');
const STAFF = /^(?:teams?|professionals?|personnel|staff|practitioners)$/iu;
const MEMBERS = /^members?$/iu;
const LEADING_BEFORE = /(?<![\p{L}])(?:leadership|management|executive)\s+$/iu;
// "Members of our security engineering team", not "members of our security leadership team" (a management body).
const OF_A_TEAM = /^\s+of\s+(?:(?!leadership|management|executive)[\p{L}'’-]+\s+){0,4}?(?:teams?|staff|department|function)(?![\p{L}])/iu;
const OF_COMMITTEE = /^\s+of\s+(?:the|our|its)\s+/iu;
// "our information security team members hold ...": members named by their team.
const TEAM_BEFORE = /(?<![\p{L}])(?:team|staff|department)\s+$/iu;
// "the IT staff of the Manager", "personnel of our MSP": the people of an outside party named after them.
const OF_OUTSIDE_PARTY = new RegExp(`^\\s+of\\s+(?:the|our|its|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:manager|${OUTSIDE_PARTY})(?![\\p{L}])`, 'iu');
const RELATIVE_PRONOUN = /^who$/iu;
const DESIGNATION = /^professional$/iu;
const NEITHER = /^\s*neither(?![\p{L}])/iu;
const DENIAL_REACH = 6;
const OTHER_FIELD = /(?<![\p{L}])(?:in|as)\s+(?:(?:the|a|an|corporate|public|commercial|senior)\s+)?(?:finance|financial|accounting|administration|auditing|tax|treasury|legal|law|sales|marketing|banking|lending|real\s+estate|mining|exploration|manufacturing|retail|hospitality)(?![\p{L}])/iu;
const OTHER_FIELD_CUE = /financ|account|administ|audit|tax|treasur|legal|law|sales|market|bank|lend|estate|mining|explor|manufactur|retail|hospitality/i;
// Any word of technology, security or risk keeps the years: "20 years in finance, including oversight of our IT systems",
// "28 years of risk management experience in financial services".
const TECHNOLOGY = /cyber|secur|technolog|\bIT\b|information|system|software|network|digital|data|computer|privacy|engineering|risk/i;

interface PeopleContext {
  aliases: readonly string[];
  /** The names of the board committees the draft defines, lower-cased. */
  boardCommittees: readonly string[];
}

export const managementExpertiseSignals = defineFact<number>({
  id: 'management.expertiseSignals',
  description: 'The number of substantive expertise signals given for the responsible managers, management committees and leadership teams, counted as kinds per sentence: years of experience, prior roles and employers, degrees, certifications, outside cybersecurity affiliations or government service. Adjectives ("experienced", "seasoned") count zero; so do hiring requirements ("we require ..."), statements about directors, and the credentials of the staff of a team or of an outside provider.',
  type: 'number',
  example: 3,
  compute({ model, lexicons }) {
    let count = 0;
    const evidence: Span[] = [];
    const bodies = governanceBodies(model, lexicons);
    const people: PeopleContext = { aliases: bodies.titleAliases, boardCommittees: bodies.committees.filter((committee) => committee.body === 'board' && committee.name !== '').map((committee) => committee.name.toLowerCase()) };
    for (const item of itemSentences(model)) {
      if (!aboutManagementPeople(item, lexicons, people) || containsTerm(item.text, lexiconOf(lexicons, 'expertise-requirement-cues'))) continue;
      // Kinds, not phrases: "a master's degree in computer science" is one education signal, not two.
      const otherField = inOtherFieldOnly(item.text);
      const signals = expertiseSignals(item.text, lexicons).filter(
        (signal) => !heldByStaff(item.text, signal, lexicons, people) && !(otherField && signal.kind === 'tenure') && !deniedSignal(item.text, signal),
      );
      const kinds = new Set(signals.map((signal) => signal.kind));
      if (kinds.size === 0) continue;
      count += kinds.size;
      evidence.push(item.sentence.span);
    }
    return { value: count, evidence: evidence.slice(0, 4) };
  },
});

// Expertise belongs to a person or team: a title, a pronoun or a group; a sentence about directors only is board expertise.
// A list item ("20 years in information security") is about the people its introduction names ("Our CISO brings:").
function aboutManagementPeople(item: ItemSentence, lexicons: Lexicons, people: PeopleContext): boolean {
  return namesManagementPeople(item.text, lexicons, people) || (item.intro !== undefined && namesManagementPeople(item.intro.text, lexicons, people));
}

function namesManagementPeople(text: string, lexicons: Lexicons, people: PeopleContext): boolean {
  const titles = managementTitles(text, lexicons, people.aliases);
  const directors = lexiconMatches(text, lexiconOf(lexicons, 'board-person-references'));
  if (titles.length === 0 && directors.length > 0) return false;
  if (directorsFormerRole(text, titles, directors)) return false;
  if (titles.length > 0) return true;
  const persons = [...lexiconMatches(text, lexiconOf(lexicons, 'person-references')), ...managementGroups(text, lexicons)].sort((a, b) => a.index - b.index);
  // With no title, the sentence is about the people it opens on: an outside provider's team or a board committee member is not management.
  const first = persons[0];
  return first !== undefined && !ownedByOutsideParty(text, first) && !memberOfBoardCommittee(text, first, people.boardCommittees) && !staffOfATeam(text, first);
}

// "Neither our CFO nor our IT Manager holds a cybersecurity certification or has held a dedicated cybersecurity role", "she
// does not hold a CISSP": a credential the sentence denies.
function deniedSignal(text: string, signal: ExpertiseSignal): boolean {
  if (NEITHER.test(text) && clauseStart(text, signal.index) === 0) return true;
  return negatedBefore(text, signal.index, DENIAL_REACH);
}

// "Our CFO is a chartered accountant with 18 years of experience in finance and administration": years in another field, in
// a sentence that names no technology or security at all, are not the relevant expertise Instruction 2 asks about.
function inOtherFieldOnly(text: string): boolean {
  return OTHER_FIELD_CUE.test(text) && testFolded(OTHER_FIELD, text) && !TECHNOLOGY.test(text);
}

// "The Head of IT has broad experience, and the IT staff of our manager hold industry certifications": a clause of its own
// about a team's staff or a provider's people, with no title in it, gives their expertise, not the manager's.
// "is a Chartered IT Professional": one person's designation names no team.
function heldByStaff(text: string, signal: ExpertiseSignal, lexicons: Lexicons, people: PeopleContext): boolean {
  const from = clauseStart(text, signal.index);
  const inClause = (match: TermMatch): boolean => match.index >= from && match.end <= signal.index;
  if (managementTitles(text, lexicons, people.aliases).some(inClause)) return false;
  const holders = lexiconMatches(text, lexiconOf(lexicons, 'person-references')).filter((person) => inClause(person) && !DESIGNATION.test(person.text));
  // "professionals who hold": the relative pronoun stands for the people before it.
  const holder = holders.filter((person) => !RELATIVE_PRONOUN.test(person.text)).pop();
  return holder !== undefined && (staffOfATeam(text, holder) || ownedByOutsideParty(text, holder) || testFolded(OF_OUTSIDE_PARTY, text.slice(holder.end, holder.end + 40)));
}

// "Members of our security engineering team hold CISSP certifications": the staff who support the responsible managers,
// whose expertise Item 106(c)(2)(i) does not ask for; members of a management committee are among those it does.
function staffOfATeam(text: string, person: TermMatch): boolean {
  if (STAFF.test(person.text)) return !testFolded(LEADING_BEFORE, text.slice(windowStart(text, person.index, 1), person.index));
  return MEMBERS.test(person.text) && (testFolded(OF_A_TEAM, text.slice(person.end, person.end + 60)) || testFolded(TEAM_BEFORE, text.slice(windowStart(text, person.index, 2), person.index)));
}

// "The MSP's security team includes engineers who hold the CISSP": the people of a provider, adviser or auditor.
function ownedByOutsideParty(text: string, person: TermMatch): boolean {
  return testFolded(OUTSIDE_OWNER, text.slice(windowStart(text, person.index, 4), person.index));
}

// "One member of the Risk Committee, Ms. Whitcombe, spent twenty years in IT audit": a director, when the committee is the board's.
function memberOfBoardCommittee(text: string, person: TermMatch, boardCommittees: readonly string[]): boolean {
  const of = OF_COMMITTEE.exec(text.slice(person.end, person.end + 12));
  if (!of) return false;
  const after = text.slice(person.end + of[0].length).toLowerCase();
  return boardCommittees.some((name) => after.startsWith(name));
}

// "One member of our Audit Committee, Ms. Varga, served for 14 years as chief information security officer": a director
// named first, every title after her a role she held, so the expertise is a director's.
function directorsFormerRole(text: string, titles: readonly TermMatch[], directors: readonly TermMatch[]): boolean {
  const director = directors[0];
  if (!director) return false;
  return titles.every((title) => title.index > director.end && testFolded(PAST_ROLE_BEFORE, text.slice(windowStart(text, title.index, 3), title.index)));
}
