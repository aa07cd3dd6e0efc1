// Whether the draft describes how management is informed about and monitors cyber incidents (Item 106(c)(2)(ii)).
import { testFolded } from '../text/case-folded-pattern.js';
import { defineFact } from '../fact.js';
import { governanceBodies, type GovernanceBodies } from '../text/governance-bodies.js';
import { itemSentences, type ItemSentence } from '../text/item-sentences.js';
import { containsTerm, lexiconMatches, type TermMatch } from '../text/lexicon-matches.js';
import { lexiconOf } from '../text/lexicon-of.js';
import type { Lexicons } from '../text/lexicons.js';
import { managementActors } from '../text/management-actors.js';
import { continuingManager, refersToManager } from '../text/continuing-manager.js';
import { negatedBefore } from '../text/negated-before.js';
import { windowEnd, windowStart } from '../text/word-windows.js';
import { forDocumentLetters } from '../text/document-letters.js';
import { recipientCell } from '../text/reporting-table.js';
import { clauseStart, opensClause } from '../text/clause-start.js';
import { managementTitles } from '../text/management-titles.js';
import { lastGroupMatch } from '../text/last-group-match.js';
import { sameTitle } from '../text/same-title.js';

// The rule's own words: "informed about, and monitor the prevention, detection, mitigation and remediation".
const INFORMED_ABOUT_ACTIVITIES = /(?<![\p{L}])informed\s+(?:about|of|on)[^.;]{0,60}?(?:prevention|detection|mitigation|remediation)/iu;
// "... monitors the prevention, detection, mitigation and remediation of incidents through reports from the security team".
const MONITORS_THROUGH = /(?<![\p{L}])monitor(?:s|ing)?\s+(?:the\s+)?(?:prevention|detection|mitigation|remediation)[^.;]{0,160}?(?<![\p{L}])(?:through|via|by\s+means\s+of|based\s+on|using)(?![\p{L}])/iu;
const MONITORS_VIA_REPORTS = /(?<![\p{L}])monitor(?:s|ing)?(?![\p{L}])[^.;]{0,60}?(?:through|via|using|based\s+on|by\s+means\s+of)\s+(?:[\p{L}-]+\s+){0,3}?(?:alerts|reports|reporting|notifications|dashboards|briefings|escalations)(?![\p{L}])/iu;
const TO_PRONOUN = /(?<![\p{L}])(?:to|sends?|gives?|e-?mails?|calls?|telephones?|phones?|pages?|notif(?:y|ies)|alerts?|informs?|briefs?|updates?)\s+(him|her)(?![\p{L}])/giu;
const PRONOUN_CUE = /\b(?:him|her)\b/i;
const RECIPIENT_WINDOW = 12;
// The subject of a sentence stands within its first words ("Our Vice President of IT ...").
const SENTENCE_OPENING = 3;
const POSSESSIVE = /^['’]s/u;
// An escalation path can name the incident at length before its recipient ("escalation of information about certain incidents, depending on the circumstances, to our CISO").
const ESCALATION_WINDOW = 18;
const SUBJECT_WINDOW = 18;
const REVIEWED_BY = /(?<![\p{L}])(?:reviewed|monitored|triaged|assessed)\s+by(?![\p{L}])/giu;
const PROGRAM_REVIEWED = /(?<![\p{L}])(?:process(?:es)?|polic(?:y|ies)|procedures?|programs?|programmes?|controls|framework|plans?|strateg(?:y|ies))\s+(?:(?:is|are|will\s+be|have\s+been|has\s+been)\s+)?(?:[\p{L}]+ly\s+)?$/iu;
const REPORT_VERB = /^reports?$|^reported$/iu;
const REPORTS_TO = /^\s+(?:directly\s+|primarily\s+|functionally\s+)?to(?![\p{L}])/iu;
const ABOUT = /(?<![\p{L}])(?:on|about|regarding|concerning)(?![\p{L}])/iu;
// The prepositions that tie a manager to a verb: "to" makes it the recipient, the others a source or a companion.
const PREPOSITION = /(?<![\p{L}])(?:to|from|by|with)(?![\p{L}])/giu;
// Verbs that take the informed person as direct object ("informs the CISO", "updates our CISO", "alerting senior management").
const TRANSITIVE = /^(?:inform|informs|informing|brief|briefs|alert|alerts|alerting|notify|notifies|notifying|update|updates|apprise|apprises|escalate|escalates|elevate|elevates|page|pages|paging)$/iu;

export const managementMonitoringDescribed = defineFact<boolean>({
  id: 'management.monitoringDescribed',
  description: 'Whether the draft describes a process by which the responsible managers are informed about and monitor the prevention, detection, mitigation and remediation of incidents: reports from security teams or a SOC, escalation of incidents to named managers, threat intelligence reaching them. Management informing others (the CSO updating the CEO) does not count.',
  type: 'boolean',
  example: true,
  compute({ model, lexicons, get }) {
    const bodies = governanceBodies(model, lexicons);
    const responsible = get<string[]>('management.positions').value;
    const evidence = itemSentences(model).filter((item) => informsManagement(item, lexicons, bodies, responsible));
    return { value: evidence.length > 0, evidence: evidence.slice(0, 4).map((item) => item.sentence.span) };
  },
});

function informsManagement(item: ItemSentence, lexicons: Lexicons, bodies: GovernanceBodies, responsible: readonly string[]): boolean {
  const text = item.text;
  if (testFolded(INFORMED_ABOUT_ACTIVITIES, text)) return true;
  // "She receives daily reports from our SOC" after a sentence naming the CISO is the CISO receiving them.
  const actors = [...managementActors(item, lexicons, bodies), ...continuingManager(item, lexicons, bodies)];
  const pronouns = pronounRecipients(item, lexicons, bodies);
  const recipients = [...actors, ...pronouns];
  if (recipients.length === 0) return false;
  // Escalation implies an incident; other informing needs one named ("reports on threats", not "cybersecurity updates").
  const told = { text, actors: recipients, responsible };
  if (testFolded(MONITORS_THROUGH, text) || monitorsThroughReports(text, actors) || escalatedToManagement(told, lexicons)) return true;
  if (!containsTerm(text, lexiconOf(lexicons, 'monitoring-topics'))) return false;
  // A manager's pronoun is found only as the one a report is sent to (see pronounRecipients).
  return managementIsTold(told, lexicons) || pronouns.length > 0 || managementReceives(text, actors, lexicons) || reviewedByManagement(text, actors) || toldInTable(item, actors, lexicons);
}

// "The Director of IT monitors our program through alerts from our endpoint software": the manager, as the subject of
// "monitors", is informed through reports.
function monitorsThroughReports(text: string, actors: readonly TermMatch[]): boolean {
  const match = forDocumentLetters(MONITORS_VIA_REPORTS).exec(text);
  if (!match) return false;
  const from = clauseStart(text, match.index);
  return actors.some((actor) => actor.index >= from && actor.end <= match.index);
}

// "Plant managers report suspected events to him", "the firm sends her a summary": "him" or "her" after "to" or a sending
// verb is a manager named earlier in the sentence ("Our IT Director monitors alerts, and a provider escalates activity to
// him") or before it (see refersToManager).
function pronounRecipients(item: ItemSentence, lexicons: Lexicons, bodies: GovernanceBodies): TermMatch[] {
  if (!PRONOUN_CUE.test(item.text)) return [];
  const titles = managementTitles(item.text, lexicons, bodies.titleAliases);
  return [...item.text.matchAll(forDocumentLetters(TO_PRONOUN))]
    .map(lastGroupMatch)
    .filter((pronoun) => titles.some((title) => title.end <= pronoun.index) || refersToManager(item, pronoun.text, lexicons, bodies));
}

// A row of a reporting table ("Security operations center | CISO | Continuously | Alerts, incidents"): the manager in the
// column the header names as the one told ("To whom") receives the report; one in the first column is reporting it.
function toldInTable(item: ItemSentence, actors: readonly TermMatch[], lexicons: Lexicons): boolean {
  const cell = recipientCell(item, lexicons);
  return cell !== undefined && actors.some((actor) => actor.index >= cell.start && actor.end <= cell.end);
}

// "Alerts from our SOC are reviewed by the CISO": the manager is the agent of a monitoring verb.
// "these processes are reviewed by management from time to time" reviews the program, not news of incidents.
function reviewedByManagement(text: string, actors: readonly TermMatch[]): boolean {
  return [...text.matchAll(forDocumentLetters(REVIEWED_BY))].some((match) => {
    if (testFolded(PROGRAM_REVIEWED, text.slice(windowStart(text, match.index, 4), match.index))) return false;
    const end = match.index + match[0].length;
    return actors.some((actor) => actor.index >= end && actor.index <= windowEnd(text, end, 3));
  });
}

// A sentence's managers, and the titles the draft makes responsible: only those are the persons the rule asks about.
interface Told {
  text: string;
  actors: readonly TermMatch[];
  responsible: readonly string[];
}

// "incidents are escalated to our CISO": an escalation verb with a manager as its recipient.
function escalatedToManagement({ text, actors, responsible }: Told, lexicons: Lexicons): boolean {
  return lexiconMatches(text, lexiconOf(lexicons, 'escalation-verbs')).some(
    (verb) => !negatedBefore(text, verb.index, 3) && recipientAfter(text, verb, actors, ESCALATION_WINDOW).some((recipient) => !reportsUpward(text, verb, actors, recipient, responsible)),
  );
}

// "reported to senior management", "informs the CISO", "keeps the CIO updated".
function managementIsTold({ text, actors, responsible }: Told, lexicons: Lexicons): boolean {
  return lexiconMatches(text, lexiconOf(lexicons, 'informing-verbs')).some(
    (verb) =>
      !negatedBefore(text, verb.index, 3) &&
      !isReportingLine(text, verb, actors) &&
      recipientAfter(text, verb, actors, RECIPIENT_WINDOW).some((recipient) => !reportsUpward(text, verb, actors, recipient, responsible)),
  );
}

// "Our Director of IT ... informs the CEO and the CFO of significant matters": the responsible manager telling another
// manager is how that manager is informed, not how the responsible one is. It counts when the one told is responsible too.
function reportsUpward(text: string, verb: TermMatch, actors: readonly TermMatch[], recipient: TermMatch, responsible: readonly string[]): boolean {
  const subject = verbSubject(text, verb, actors);
  const isResponsible = (title: TermMatch): boolean => responsible.some((position) => sameTitle(position, title.text));
  return subject !== undefined && isResponsible(subject) && !isResponsible(recipient);
}

// The manager who does the telling: the nearest one before the verb in its clause or, for a verb that opens a coordinated
// clause (", and informs the CEO"), the manager the sentence opens on. A possessive ("the CISO's team") is not the subject.
function verbSubject(text: string, verb: TermMatch, actors: readonly TermMatch[]): TermMatch | undefined {
  const from = clauseStart(text, verb.index);
  const inClause = actors.filter((actor) => actor.index >= from && actor.end <= verb.index).pop();
  const opening = from > 0 && opensClause(text, verb.index) ? actors.find((actor) => windowStart(text, actor.index, SENTENCE_OPENING) === 0) : undefined;
  const subject = inClause ?? opening;
  return subject && !POSSESSIVE.test(text.slice(subject.end, subject.end + 2)) ? subject : undefined;
}

// "The CISO reports to the CIO" states where a manager sits in the organisation, not how anyone is informed of incidents;
// "reports to the CIO on emerging threats" does inform.
function isReportingLine(text: string, verb: TermMatch, actors: readonly TermMatch[]): boolean {
  if (!REPORT_VERB.test(verb.text) || !testFolded(REPORTS_TO, text.slice(verb.end, verb.end + 20))) return false;
  if (testFolded(ABOUT, text.slice(verb.end, windowEnd(text, verb.end, 10)))) return false;
  const from = windowStart(text, verb.index, 6);
  return actors.some((actor) => actor.index >= from && actor.end <= verb.index);
}

function lastPreposition(between: string): string | undefined {
  let last: string | undefined;
  for (const match of between.matchAll(forDocumentLetters(PREPOSITION))) last = match[0].toLowerCase();
  return last;
}

// The managers a verb tells: those after it within the window, whose nearest preposition is "to", or right after a verb
// that takes the informed person as its object.
function recipientAfter(text: string, verb: TermMatch, actors: readonly TermMatch[], words: number): TermMatch[] {
  const window = windowEnd(text, verb.end, words);
  return actors.filter((actor) => {
    if (actor.index < verb.end || actor.index > window) return false;
    const between = text.slice(verb.end, actor.index);
    // The preposition nearest the manager says its role: "reported by the SOC to the CISO" tells the CISO.
    const nearest = lastPreposition(between);
    if (nearest !== undefined) return nearest === 'to';
    return TRANSITIVE.test(verb.text) && !/[,;:]/.test(between) && between.trim().split(/\s+/).length <= 3;
  });
}

// "The CISO receives reports from the SOC", "management is informed of incidents": the nearest manager before the verb
// is its subject, even past a relative clause ("Our CIO, who has 25 years of experience, ... receives daily reports").
function managementReceives(text: string, actors: readonly TermMatch[], lexicons: Lexicons): boolean {
  return lexiconMatches(text, lexiconOf(lexicons, 'receipt-verbs')).some((verb) => {
    const subject = actors.filter((actor) => actor.end <= verb.index).pop();
    return subject !== undefined && verb.index <= windowEnd(text, subject.end, SUBJECT_WINDOW) && !negatedBefore(text, verb.index, 3);
  });
}
