// Whether and how the draft says cyber risk processes are integrated into overall risk management (Item 106(b)(1)(i)).
import { defineFact } from '../fact.js';
import { itemSentences, type ItemSentence } from '../text/item-sentences.js';
import { boardMentions } from '../text/board-mentions.js';
import { containsTerm, lexiconMatches, matchesBetween, type TermMatch } from '../text/lexicon-matches.js';
import { lexiconOf } from '../text/lexicon-of.js';
import type { Lexicons } from '../text/lexicons.js';
import { negatedBefore } from '../text/negated-before.js';
import { windowStart } from '../text/word-windows.js';
import { clauseStart } from '../text/clause-start.js';
import { foldedTermMatches, testFolded } from '../text/case-folded-pattern.js';

// "Cybersecurity risks, like other risks to our business, are ...", "assessed alongside the Company's other principal risks":
// cyber risk handled as the company's other risks are is handled in the company-wide process. The sentence must say how
// it is handled ("Cybersecurity risks, like other risks we face, could harm us" says nothing of a process).
const WITH_OTHER_RISKS = /(?<![\p{L}])(?:alongside|along\s+with|together\s+with|like|as\s+with|(?:(?:in|on|using|with|under)\s+)?the\s+same\s+(?:[\p{L}-]+\s+){0,4}?(?:way|manner|scales?|basis|criteria|methods?|methodology|methodologies|framework|process|processes)\s+as|consistent(?:ly)?\s+with)\s+(?:all\s+)?(?:(?:the|our|its)\s+)?(?:[\p{L}.&-]+['’]s\s+)?other\s+(?:[\p{L}-]+\s+){0,2}?risks(?![\p{L}])/giu;
// "Information security is designated as one of the Group's significant risks": cyber risk placed among the company's
// own ranked risks, which only a company-wide risk process ranks ("incidents classified as major" is not a risk).
const DESIGNATED_COMPANY_RISK = /(?<![\p{L}])(?:designated|identified|positioned|recognized|recognised|classified|categorized|categorised|included|listed|selected)\s+as\s+(?:one\s+of\s+)?(?:the\s+|our\s+|its\s+)?(?:[\p{L}.&-]+['’]s\s+)?["“']?(?:significant|major|principal|key|top|material|priority|critical|enterprise|corporate|group|company)\s+(?:[\p{L}-]+\s+)?risks?(?![\p{L}])/giu;
// The verb and "as" the pattern opens on, as a plain test first: most sentences have neither.
const DESIGNATED_CUE = /(?:designated|identified|positioned|recogni[sz]ed|classified|categori[sz]ed|included|listed|selected)\s+as\s/i;
// "... one of the risk areas that our senior leadership team reviews each year when it assesses the principal risks facing
// the company": cyber risk taken into the company's own assessment of its principal risks.
const ASSESSED_WITH_PRINCIPAL_RISKS = /(?<![\p{L}])(?:assess|assesses|assessed|assessing|assessment|assessments|review|reviews|reviewed|reviewing|evaluat\p{L}*|identif\p{L}*)\s+(?:of\s+)?(?:the|our|its)\s+(?:[\p{L}-]+\s+)?(?:principal|key|significant|major|top|material)\s+risks\s+(?:facing|of|to)\s+(?:the|our)\s+(?:company|business|group|organization|organisation|firm|bank)(?![\p{L}])/giu;
const PRINCIPAL_RISKS_CUE = /risks\s+(?:facing|of|to)\s/i;
// The verbs that say how: "assessed", "considered", "scored", "managed" ...
const HANDLED = /(?<![\p{L}])(?:manag|assess|evaluat|consider|identif|monitor|report|prioriti[sz]|address|treat|includ|incorporat|review|track|mitigat|govern|handl|scor|rank|measur)\p{L}*/iu;

// "a cyber risk register", "the team's risk appetite": a register or appetite of the security function, not the company's.
const FUNCTION_OWNER = /(?<![\p{L}])(?:team|department|function|unit)['’]s\s+$/iu;
// "our risk register", "the Company's risk appetite", "the enterprise risk map": the company's own instrument (one describing
// word may stand between).
const COMPANY_OWNER = /(?<![\p{L}])(?:our|its|the\s+(?:company|group|firm|bank|corporation|organization|organisation)['’]s|company|group|firm|corporate|enterprise|company-wide|group-wide|firm-wide|central|overall)\s+(?:[\p{L}-]+\s+)?$/iu;
// An oversight verb right before the ERM phrase: the phrase is what a body oversees.
const OVERSEES_BEFORE = /(?<![\p{L}])(?:oversee|oversees|overseeing|oversaw|oversight\s+of|supervises|supervising|supervision\s+of)\s+(?:(?:the|our|its|their|company['’]s|overall)\s+){0,2}$/iu;
const OVERSEEN_REACH = 5;
// Words before a generic risk management system where its connector may stand: "is one of the components of the Company's".
const CONNECTOR_REACH = 9;
const CUSTOMER_CUE = /customer|client/i;
// A customer's or client's possessive, then "its"/"their" (or the possessive itself) right before the ERM phrase.
const CUSTOMERS_OWN = /(?<![\p{L}])(?:customer|client)s?['’]s?\s+(?:[^.;]*\s)?(?:its|their)\s+(?:own\s+)?$|(?<![\p{L}])(?:customer|client)s?['’]s?\s+$/iu;
const CUSTOMER_REACH = 10;
const PART_OF_BEFORE = /(?<![\p{L}])(?:as\s+(?:a\s+|an\s+integral\s+)?part\s+of|within|in\s+the\s+context\s+of)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;
const PART_OF_REACH = 8;
const INCLUDES_AFTER = /^[^.;]{0,20}?(?:(?:which|that)\s+(?:includes|encompasses|covers|incorporates)|including|inclusive\s+of)(?![\p{L}])/iu;
// "It is one of the principal risks in our ERM program": a sentence that goes on about the cyber risk of the one before.
const CONTINUES = /^(?:it|this|these|such|they|that)(?![\p{L}])/iu;

export type ErmIntegration = 'how' | 'whether' | 'not-integrated' | 'none';

export const riskErmIntegration = defineFact<ErmIntegration>({
  id: 'risk.ermIntegration',
  description: 'How the draft answers whether cybersecurity risk processes are integrated into the overall (enterprise) risk management system: `how` (integration plus a mechanism such as an ERM committee, a shared risk register or reporting into the ERM cycle), `whether` (integration stated without a mechanism), `not-integrated` (an explicit statement that they are not), `none` (not addressed).',
  type: "'how' | 'whether' | 'not-integrated' | 'none'",
  example: 'how',
  compute({ model, lexicons }) {
    const found: Record<Exclude<ErmIntegration, 'none'>, ItemSentence[]> = { how: [], whether: [], 'not-integrated': [] };
    for (const item of itemSentences(model)) {
      const answer = integrationAnswer(item, lexicons);
      if (answer) found[answer].push(item);
    }
    for (const value of ['how', 'whether', 'not-integrated'] as const) {
      if (found[value].length > 0) return { value, evidence: found[value].slice(0, 3).map((item) => item.sentence.span) };
    }
    return { value: 'none', evidence: [] };
  },
});

// "integrated into our risk management framework": a generic risk management system counts when cyber is put inside it.
function integratedSystems(text: string, lexicons: Lexicons): TermMatch[] {
  return lexiconMatches(text, lexiconOf(lexicons, 'risk-management-systems')).filter((system) =>
    matchesBetween(text, lexiconOf(lexicons, 'integration-connectors'), windowStart(text, system.index, CONNECTOR_REACH), system.index).length > 0,
  );
}

// Only where the sentence names cyber risk and how it is handled.
function withOtherRisks(text: string, lexicons: Lexicons): TermMatch[] {
  if (!/other/i.test(text) || !/risks/i.test(text) || !containsTerm(text, lexiconOf(lexicons, 'cyber-terms')) || !testFolded(HANDLED, text)) return [];
  return foldedTermMatches(text, WITH_OTHER_RISKS);
}

function assessedWithPrincipalRisks(text: string, lexicons: Lexicons): TermMatch[] {
  if (!PRINCIPAL_RISKS_CUE.test(text) || !containsTerm(text, lexiconOf(lexicons, 'cyber-terms'))) return [];
  return foldedTermMatches(text, ASSESSED_WITH_PRINCIPAL_RISKS);
}

function designatedCompanyRisk(text: string, lexicons: Lexicons): TermMatch[] {
  if (!text.includes(' as ') || !DESIGNATED_CUE.test(text) || !containsTerm(text, lexiconOf(lexicons, 'cyber-terms'))) return [];
  return foldedTermMatches(text, DESIGNATED_COMPANY_RISK);
}

// The words right before the match make it the security function's own: a cyber term ("cyber risk register") or a team's.
function ownedByFunction(text: string, match: TermMatch, lexicons: Lexicons): boolean {
  if (testFolded(FUNCTION_OWNER, text.slice(windowStart(text, match.index, 3), match.index))) return true;
  // The sentence's own cyber terms (asked once per sentence): one right before the match, or running into it ("cyber risk").
  return lexiconMatches(text, lexiconOf(lexicons, 'cyber-terms')).some((term) => term.index < match.index && (term.end > match.index || text.slice(term.end, match.index).trim() === ''));
}

// "The Audit Committee, which oversees our enterprise risk management program, also oversees cybersecurity risk": the
// board's duties side by side say nothing of where the cyber processes sit, unless the sentence also connects them.
function overseenByTheBoard(text: string, match: TermMatch, lexicons: Lexicons): boolean {
  const from = windowStart(text, match.index, OVERSEEN_REACH);
  if (!testFolded(OVERSEES_BEFORE, text.slice(from, match.index))) return false;
  // "oversees cyber risk as part of its oversight of enterprise risk" puts the one inside the other.
  if (testFolded(PART_OF_BEFORE, text.slice(windowStart(text, match.index, PART_OF_REACH), match.index))) return false;
  // "oversight of our ERM program, which includes cyber risk management": the program holds the cyber processes.
  if (testFolded(INCLUDES_AFTER, text.slice(match.end, match.end + 40))) return false;
  const clause = clauseStart(text, match.index);
  const board = boardMentions(text, lexicons).some((mention) => mention.index < match.index) || /committee/i.test(text.slice(0, match.index));
  return board && matchesBetween(text, lexiconOf(lexicons, 'integration-connectors'), clause, text.length).length === 0;
}

// "Our module maps a customer's assets to its enterprise risk management framework": a customer's ERM, which a security
// vendor's products serve, is not the company's own.
function ownedByCustomer(text: string, match: TermMatch): boolean {
  return CUSTOMER_CUE.test(text) && testFolded(CUSTOMERS_OWN, text.slice(windowStart(text, match.index, CUSTOMER_REACH), match.index));
}

// A risk register or appetite is the company-wide system when the company owns it, and not the security function.
function companyInstruments(text: string, lexicons: Lexicons): TermMatch[] {
  return lexiconMatches(text, lexiconOf(lexicons, 'company-risk-instruments')).filter(
    (match) => testFolded(COMPANY_OWNER, text.slice(windowStart(text, match.index, 3), match.index)) && !ownedByFunction(text, match, lexicons),
  );
}

// Whether the sentence, or the one it continues ("It is ..."), names cyber risk.
function aboutCyber(item: ItemSentence, lexicons: Lexicons): boolean {
  const cyber = lexiconOf(lexicons, 'cyber-terms');
  if (containsTerm(item.text, cyber)) return true;
  return item.previous !== undefined && testFolded(CONTINUES, item.text) && containsTerm(item.previous.text, cyber);
}

function integrationAnswer(item: ItemSentence, lexicons: Lexicons): Exclude<ErmIntegration, 'none'> | undefined {
  const { text } = item;
  const named = lexiconMatches(text, lexiconOf(lexicons, 'erm-integration')).filter(
    (match) => !ownedByFunction(text, match, lexicons) && !ownedByCustomer(text, match) && !overseenByTheBoard(text, match, lexicons),
  );
  const systems = [...named, ...integratedSystems(text, lexicons), ...withOtherRisks(text, lexicons), ...designatedCompanyRisk(text, lexicons), ...assessedWithPrincipalRisks(text, lexicons)];
  // The company's own register is also how cyber risk is integrated ("recorded in our risk register"), so it is never
  // taken for the system it belongs to below.
  const erm = [...systems, ...companyInstruments(text, lexicons)].sort((a, b) => a.index - b.index);
  const first = erm[0];
  if (!first) return undefined;
  // Inside Item 1C an ERM sentence is about cyber risk ("These processes form part of our ERM program") unless it is about the
  // board's general oversight ("The Board oversees our ERM framework") and names cyber risk neither itself nor through the
  // sentence it continues.
  if (boardMentions(text, lexicons).length > 0 && !aboutCyber(item, lexicons)) return undefined;
  if (containsTerm(text, lexiconOf(lexicons, 'integration-negations')) || negatedBefore(text, first.index, 5)) return 'not-integrated';
  // A mechanism inside the ERM phrase itself ("enterprise risk committee") still counts; "ERM" alone does not.
  const mechanisms = lexiconMatches(text, lexiconOf(lexicons, 'erm-integration-mechanisms'));
  const own = mechanisms.filter((mechanism) => !systems.some((match) => mechanism.index >= match.index && mechanism.end <= match.end && mechanism.text.length === match.text.length));
  return own.length > 0 ? 'how' : 'whether';
}
