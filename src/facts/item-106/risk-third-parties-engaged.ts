// Whether the draft says it engages assessors, consultants, auditors or other third parties in its cyber risk processes (Item 106(b)(1)(ii)).
import { testFolded } from '../text/case-folded-pattern.js';
import { defineFact } from '../fact.js';
import { clauseStart } from '../text/clause-start.js';
import { hedgedBefore } from '../text/hedged-before.js';
import { intendedAt } from '../text/future-intention.js';
import { itemSentences, type ItemSentence } from '../text/item-sentences.js';
import { containsTerm, lexiconMatches, matchesBetween, type TermMatch } from '../text/lexicon-matches.js';
import { lexiconOf } from '../text/lexicon-of.js';
import type { Lexicons } from '../text/lexicons.js';
import { negatedBefore } from '../text/negated-before.js';
import { windowEnd, windowStart } from '../text/word-windows.js';

export type ThirdPartiesEngaged = 'engaged' | 'not-engaged' | 'hedged' | 'none';

// "our use of third-party service providers" is a noun, not an engagement.
const NOUN_USE = /(?:our|the|its|their)\s+$/iu;
const INTERNAL = /internal\s+$/iu;
// "Our customers, and their auditors, review our controls": helpers of someone else, checking the company. The cue spares
// most mentions the pattern.
const OTHERS_CUE = /their|customer|client|partner|regulator/i;
const OTHERS_HELPER = /(?<![\p{L}])(?:their|customers['’]?|clients['’]?|partners['’]?|regulators['’]?)\s+(?:(?:own|external|independent|outside)\s+)?$/iu;
// "our CISO is a PCI Qualified Security Assessor" (a person's credential), "the Board of Statutory Auditors" (a governance
// body of Italian and Japanese companies): helper words that name no helper. The cue spares most mentions the pattern.
const NOT_A_HELPER_CUE = /\b(?:is|was|holds?|held|certified|board|college)\b/i;
const NOT_A_HELPER = /(?<![\p{L}])(?:(?:is|was|holds?|held|certified\s+as)\s+an?\s+(?:[\p{L}-]+\s+){0,2}|(?:board|college)\s+of\s+(?:(?:company|statutory|corporate)\s+)?)$/iu;
// The Audit Committee's general duties ("... our relationship with our independent registered public accounting firm"): the
// auditor of the financial statements, not a helper with cyber risk, unless the sentence names security itself
// ("information technology general controls" do not). Other helpers in such a sentence ("certification bodies audit our
// ISO 27001 system") still count.
const FINANCIAL_AUDIT = /(?<![\p{L}])(?:financial\s+(?:statements?|reporting)|registered\s+public\s+accounting)(?![\p{L}])/iu;
const AUDITOR = /audit|accounting/i;
const SECURITY = /cyber|security|infosec|penetration|phishing|ransomware|malware|breach/i;
// How near an assessment word must stand to an outside party ("assessed by independent third parties").
const ASSESSMENT_REACH = 6;
const SELLS_CUE = /\b(?:sell|sells|offer|offers|market|markets|license|licenses|develop|develops)\b/i;
const SOLD_BEFORE = /(?<![\p{L}])(?:we|company)\s+(?:(?:also|primarily|design|designs|develop|develops|build|builds|and)\s+){0,3}(?:sell|sells|offer|offers|market|markets|license|licenses|develop|develops)(?![\p{L}])[^.;]{0,100}$/iu;
// "Before we engage a service provider ..., we review its controls": onboarding a vendor is the (b)(1)(iii) risk, not outside help.
const ONBOARDING = /(?<![\p{L}])(?:before|prior\s+to)\s+(?:(?:we|the\s+company|it)\s+)?$/iu;
// "a service provider that will handle employee data": what the party does for the business, so a source of risk, not a helper.
const PROVIDES_SERVICE = /^\s*,?\s*(?:that|which|who)\s+(?:will\s+|would\s+|may\s+|can\s+)?(?:handle|handles|access|accesses|host|hosts|process|processes|store|stores|receive|receives|have\s+access|has\s+access|maintain|maintains|operate|operates|provide|provides|supply|supplies)(?![\p{L}])/iu;

export const riskThirdPartiesEngaged = defineFact<ThirdPartiesEngaged>({
  id: 'risk.thirdPartiesEngaged',
  description: 'Whether the draft says it engages assessors, consultants, auditors or other third parties in connection with its cybersecurity risk processes: `engaged`, `not-engaged` (an explicit "we do not engage ..."), `hedged` (only "may engage ..."), or `none`.',
  type: "'engaged' | 'not-engaged' | 'hedged' | 'none'",
  example: 'engaged',
  compute({ model, lexicons }) {
    const found: Record<Exclude<ThirdPartiesEngaged, 'none'>, ItemSentence[]> = { engaged: [], 'not-engaged': [], hedged: [] };
    for (const item of itemSentences(model)) {
      const stances = helperMentions(item.text, lexicons).map((mention) => stanceOf(item.text, mention, lexicons));
      for (const value of ['engaged', 'not-engaged', 'hedged'] as const) {
        if (stances.includes(value)) {
          found[value].push(item);
          break;
        }
      }
    }
    for (const value of ['engaged', 'not-engaged', 'hedged'] as const) {
      if (found[value].length > 0) return { value, evidence: found[value].slice(0, 3).map((item) => item.sentence.span) };
    }
    return { value: 'none', evidence: [] };
  },
});

/** Named helpers, outside-assistance phrases, and generic third parties engaged for a cyber purpose. */
function helperMentions(text: string, lexicons: Lexicons): TermMatch[] {
  const named = namedHelpers(text, lexicons);
  const assistance = lexiconMatches(text, lexiconOf(lexicons, 'third-party-assistance'));
  return [...named, ...assistance, ...assessingParties(text, lexicons), ...genericHelpers(text, lexicons)];
}

// "assessed by third parties", "independent third parties test our controls": an outside party is a helper beside an
// assessment word; "applications provided by third parties" or "hosted by outside parties" name a provider instead.
function assessingParties(text: string, lexicons: Lexicons): TermMatch[] {
  const words = lexiconOf(lexicons, 'assessment-words');
  return lexiconMatches(text, lexiconOf(lexicons, 'outside-parties')).filter(
    (party) => matchesBetween(text, words, windowStart(text, party.index, ASSESSMENT_REACH), windowEnd(text, party.end, ASSESSMENT_REACH)).length > 0,
  );
}

function namedHelpers(text: string, lexicons: Lexicons): TermMatch[] {
  const financialAudit = /financial|registered/i.test(text) && testFolded(FINANCIAL_AUDIT, text) && !SECURITY.test(text);
  return lexiconMatches(text, lexiconOf(lexicons, 'third-party-helpers')).filter((match) => {
    if (financialAudit && AUDITOR.test(match.text)) return false;
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    if (INTERNAL.test(before) || inBiography(text, match, lexicons) || soldByTheCompany(text, match)) return false;
    if (OTHERS_CUE.test(before) && testFolded(OTHERS_HELPER, before)) return false;
    return !(NOT_A_HELPER_CUE.test(before) && testFolded(NOT_A_HELPER, before));
  });
}

// "Before joining us, she spent nine years at a Big Four accounting firm": a biography names a past employer, not a helper.
// A prior role earlier in the sentence, with no engagement verb between it and the helper ("Our CISO, who previously served
// at the FBI, works with outside consultants" still engages them).
function inBiography(text: string, helper: TermMatch, lexicons: Lexicons): boolean {
  const role = matchesBetween(text, lexiconOf(lexicons, 'expertise-prior-roles'), 0, helper.index).at(-1);
  return role !== undefined && matchesBetween(text, lexiconOf(lexicons, 'engagement-verbs'), role.end, helper.index).length === 0;
}

// "We develop and sell endpoint detection and managed security services": a security company's own products name no helper.
function soldByTheCompany(text: string, helper: TermMatch): boolean {
  return SELLS_CUE.test(text) && testFolded(SOLD_BEFORE, text.slice(clauseStart(text, helper.index), helper.index));
}

// "We engage third parties to assess our program": a generic third party becomes a helper through the verb and its purpose.
function genericHelpers(text: string, lexicons: Lexicons): TermMatch[] {
  if (!containsTerm(text, lexiconOf(lexicons, 'cyber-terms'))) return [];
  const helpers: TermMatch[] = [];
  for (const verb of lexiconMatches(text, lexiconOf(lexicons, 'engagement-verbs'))) {
    if (NOUN_USE.test(text.slice(Math.max(0, verb.index - 8), verb.index)) || testFolded(ONBOARDING, text.slice(windowStart(text, verb.index, 4), verb.index))) continue;
    const party = matchesBetween(text, lexiconOf(lexicons, 'service-providers'), verb.end, windowEnd(text, verb.end, 6))[0];
    if (!party || testFolded(PROVIDES_SERVICE, text.slice(party.end, party.end + 40))) continue;
    if (matchesBetween(text, lexiconOf(lexicons, 'helper-purposes'), party.end, windowEnd(text, party.end, 14)).length > 0) helpers.push(verb);
  }
  return helpers;
}

function stanceOf(text: string, mention: TermMatch, lexicons: Lexicons): Exclude<ThirdPartiesEngaged, 'none'> {
  // The stance belongs to the verb that governs the helper ("we do not engage ... consultants"), when there is one nearby.
  const verbs = matchesBetween(text, lexiconOf(lexicons, 'engagement-verbs'), windowStart(text, mention.index, 8), mention.index);
  const at = verbs[verbs.length - 1]?.index ?? mention.index;
  if (negatedBefore(text, at, 5)) return 'not-engaged';
  // "We are evaluating whether to engage an outside firm": an intention, like "may engage", does not say whether it does.
  if (hedgedBefore(text, at, lexiconOf(lexicons, 'hedges')) || intendedAt(text, at)) return 'hedged';
  return 'engaged';
}
