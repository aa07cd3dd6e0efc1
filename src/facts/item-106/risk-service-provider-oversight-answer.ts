// How the draft answers whether it has processes to oversee and identify risks from third-party service providers (Item 106(b)(1)(iii)).
import { foldSentence, testFolded } from '../text/case-folded-pattern.js';
import { defineFact } from '../fact.js';
import { checksTheCompany } from '../text/checks-the-company.js';
import { clauseStart } from '../text/clause-start.js';
import { itemSentences, type ItemSentence } from '../text/item-sentences.js';
import { forDocumentLetters } from '../text/document-letters.js';
import { lastGroupMatch } from '../text/last-group-match.js';
import { containsTerm, lexiconMatches, matchesBetween, type TermMatch } from '../text/lexicon-matches.js';
import { lexiconOf } from '../text/lexicon-of.js';
import type { Lexicons } from '../text/lexicons.js';
import { namesTheCompany } from '../text/names-the-company.js';
import { negatedBefore } from '../text/negated-before.js';
import { relativeClauseEnd } from '../text/relative-clause-end.js';
import { windowEnd, windowStart } from '../text/word-windows.js';

export type ServiceProviderOversightAnswer = 'described' | 'no-providers' | 'none';

const NOUN_USE = /(?:our|the|its|their)\s+$/iu;
const RELIED_ON = /(?<![\p{L}])(?:rely|relies|relying|depend|depends|depending|reliance|dependence)\s+(?:up)?on\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
const OWN_DUTY = /^[^.;]*?(?<![\p{L}])to\s+(?:maintain|implement|have|keep|comply|protect|operate|run)(?![\p{L}])/iu;
// "third-party tools", "third-party-conducted testing": the word describes a thing, not a provider the company relies on.
const THINGS_AFTER = /^[\s-]+(?:tools?|software|products?|solutions?|applications?|apps|libraries|code|components?|technolog(?:y|ies)|content|conducted|open[\s-]source|intelligence|feeds?)(?![\p{L}])/iu;
// Between a check and its object only determiners and qualifiers: "reviews of our critical vendors".
const CHECKED_OBJECT = /^\s*(?:(?:our|the|its|their|all|any|each|certain|critical|key|new|prospective|potential|current|existing|significant|high-risk|third-party|third\s+party)\s+)*$/iu;
const NOMINAL_CUE = /^(?:use\s+of|reliance\s+on)$/iu;
// "Employees and contractors complete security training": contractors beside employees are the workforce, not providers.
const WORKFORCE_BEFORE = /(?<![\p{L}])(?:employees|staff|personnel|workers|workforce)\s*(?:,|and|or|&)\s*(?:(?:other|our|their|independent)\s+)?$/iu;
const WORKFORCE_CUE = /employee|staff|personnel|worker|workforce/i;
const WORKFORCE_AFTER = /^\s*(?:,|and|or|&)\s*(?:(?:other|our|their)\s+)?(?:employees|staff|personnel|workers)(?![\p{L}])/iu;
// Punctuation ends a role phrase: in "as a vendor, suppliers ..." the suppliers are not part of it.
const ROLE_BREAK = /[,.;:()]/;
const RISK = /(?<![\p{L}])risks?(?![\p{L}])/iu;
const SECURITY_WORD = /secur|authenticat|encrypt|access|breach|incident|vulnerab|password|penetration/i;
const CHECK_OBLIGATION = /assess|review|evaluat|vett|screen|audit/i;
// "We do not use third-party service providers": an explicit statement that there is nothing to oversee.
const NONE_USED = /(?<![\p{L}])(?:use|uses|rely\s+on|relies\s+on|engage|outsource)(?![\p{L}])/giu;
const REQUIRE_CUE = /requir/i;
// "require our ... payment processors and online ordering vendors to provide": the company obliges the providers.
const REQUIRED_OF = /(?<![\p{L}])(?:require|requires|required|requiring)\s+(?:(?:our|all|its|the|that|each|every|certain|key|critical)\s+)*(?:[\p{L}-]+\s+){0,3}$/iu;
const CUSTOMER_SUBJECT = /(?<![\p{L}])(?:customers?|clients?)(?![\p{L}])/iu;
const TO_AFTER = /^(?:\s+(?:and|or|,)?\s*[\p{L}-]+){0,5}?\s+to\s+(?:provide|maintain|implement|complete|comply|notify|meet|adhere|undergo|submit|sign|agree|certify|demonstrate|protect)(?![\p{L}])/iu;
const PRONOUN_CUE = /\b(?:they|them|their)\b/i;
const PROVIDER_PRONOUN = /(?<![\p{L}])(they|them|their)(?![\p{L}])/giu;
// Relative clauses between providers and their verb are short; a longer guess would reach into unrelated words.
const RELATIVE_CLAUSE_WORDS = 12;

export const riskServiceProviderOversightAnswer = defineFact<ServiceProviderOversightAnswer>({
  id: 'risk.serviceProviderOversightAnswer',
  description: 'How the draft answers Item 106(b)(1)(iii): `described` (processes to oversee and identify cybersecurity risks from third-party service providers, vendors or suppliers: third-party risk management, due diligence, questionnaires, contract terms, monitoring), `no-providers` (it says plainly that it uses no such providers), or `none`.',
  type: "'described' | 'no-providers' | 'none'",
  example: 'described',
  compute({ model, lexicons }) {
    const sentences = itemSentences(model);
    const described = sentences.filter((item) => describesOversight(item, lexicons));
    if (described.length > 0) return { value: 'described', evidence: described.slice(0, 3).map((item) => item.sentence.span) };
    const noProviders = sentences.filter((item) => statesNoProviders(item.text, lexicons));
    if (noProviders.length > 0) return { value: 'no-providers', evidence: noProviders.slice(0, 3).map((item) => item.sentence.span) };
    return { value: 'none', evidence: [] };
  },
});

function describesOversight(item: ItemSentence, lexicons: Lexicons): boolean {
  const { text } = item;
  const providers = providersUsed(text, lexicons);
  if (providers.length === 0) return checksProvidersNamedBefore(item, lexicons);
  if (checksOtherRisk(text, lexicons)) return false;
  if (ownChecks(text, lexiconOf(lexicons, 'service-provider-oversight'), lexicons).length > 0) return true;
  // Checking providers' controls, or acting on risk that comes from them, is oversight unless they were engaged as helpers.
  const checksControls = providers.some((provider) => nearControls(text, provider, lexicons));
  const actsOnTheirRisk = containsTerm(text, lexiconOf(lexicons, 'oversight-actions')) && providers.some((provider) => isRiskSource(text, provider, lexicons));
  const checksThem = providers.some((provider) => isChecked(text, provider, lexicons) || isObliged(text, provider, lexicons));
  return (checksControls || actsOnTheirRisk || checksThem) && !engagedAsHelpers(text, providers, lexicons);
}

// "New suppliers undergo an onboarding review for anti-bribery, sanctions and health and safety": checks of another risk, in
// a sentence that names no cybersecurity.
function checksOtherRisk(text: string, lexicons: Lexicons): boolean {
  return containsTerm(text, lexiconOf(lexicons, 'other-compliance-checks')) && !containsTerm(text, lexiconOf(lexicons, 'cyber-terms'));
}

// Provider words for parties the company uses. "Third-party tools" are things; "as a service provider to our clients"
// is the company itself, together with the words of its role that are provider words too ("an outsourcing provider").
function providersUsed(text: string, lexicons: Lexicons): TermMatch[] {
  const found = lexiconMatches(text, lexiconOf(lexicons, 'service-providers')).filter((provider) => !testFolded(THINGS_AFTER, text.slice(provider.end, provider.end + 24)) && !isWorkforce(text, provider));
  const company = found.filter((provider) => namesTheCompany(text, provider));
  if (company.length === 0) return found;
  return found.filter((provider) => !company.some((role) => role.index >= provider.index && role.index <= windowEnd(text, provider.end, 3) && !ROLE_BREAK.test(text.slice(provider.end, role.index))));
}

// "We work with third-party service providers ... We conduct due diligence on them before we engage them": with no provider
// word of its own, a sentence's "they", "them" or "their" after one that names providers is those providers. Only a check
// of them counts ("Their security controls could fail" checks nothing).
function checksProvidersNamedBefore(item: ItemSentence, lexicons: Lexicons): boolean {
  const { text } = item;
  if (!item.previous || !PRONOUN_CUE.test(text) || checksOtherRisk(text, lexicons) || providersUsed(item.previous.text, lexicons).length === 0) return false;
  const pronouns = [...text.matchAll(forDocumentLetters(PROVIDER_PRONOUN))].map(lastGroupMatch);
  if (pronouns.length === 0) return false;
  return ownChecks(text, lexiconOf(lexicons, 'service-provider-oversight'), lexicons).length > 0 || pronouns.some((pronoun) => isChecked(text, pronoun, lexicons));
}

function isWorkforce(text: string, provider: TermMatch): boolean {
  if (!WORKFORCE_CUE.test(text)) return false;
  return testFolded(WORKFORCE_BEFORE, text.slice(windowStart(text, provider.index, 3), provider.index)) || testFolded(WORKFORCE_AFTER, text.slice(provider.end, provider.end + 30));
}

// Checks the company runs on others: "client due diligence" and "questionnaires from our customers" are run on the company.
function ownChecks(text: string, terms: readonly string[], lexicons: Lexicons): TermMatch[] {
  return lexiconMatches(text, terms).filter((check) => !checksTheCompany(text, check, lexicons));
}

// "security reviews of vendors", "we assess critical suppliers": a check whose object is the providers themselves.
function isChecked(text: string, provider: TermMatch, lexicons: Lexicons): boolean {
  const cues = matchesBetween(text, lexiconOf(lexicons, 'provider-check-cues'), windowStart(text, provider.index, 4), provider.index);
  const cue = cues[cues.length - 1];
  return cue !== undefined && CHECKED_OBJECT.test(text.slice(cue.end, provider.index));
}

// "Vendors that supply equipment undergo a security review", "suppliers must meet our requirements", "we require our
// third-party payment processors to provide an annual attestation".
// "We require certain vendors to agree to confidentiality obligations": what the company requires of providers oversees
// cybersecurity risk only in a sentence that names security, access, authentication or a control.
function isObliged(text: string, provider: TermMatch, lexicons: Lexicons): boolean {
  const security = namesSecurity(text, lexicons);
  if (requiredByTheCompany(text, provider) && security) return true;
  // Being assessed or reviewed is a check of the provider; a commitment ("must", "agree to", "sign") must be about security.
  const obligations = lexiconMatches(text, lexiconOf(lexicons, 'provider-obligations')).filter((obligation) => security || CHECK_OBLIGATION.test(obligation.text));
  return reaches(text, obligations, provider, provider.end, 8);
}

function namesSecurity(text: string, lexicons: Lexicons): boolean {
  return SECURITY_WORD.test(text) || containsTerm(text, lexiconOf(lexicons, 'cyber-terms')) || containsTerm(text, lexiconOf(lexicons, 'provider-controls'));
}

// "their SOC 2 reports", "required to maintain security controls": the checked controls are the providers' when close to
// them, and not the company's own ("our customers' security requirements").
function nearControls(text: string, provider: TermMatch, lexicons: Lexicons): boolean {
  const controls = ownChecks(text, lexiconOf(lexicons, 'provider-controls'), lexicons).filter((control) => !reliedOnFor(text, provider, control));
  return reaches(text, controls, provider, windowStart(text, provider.index, 10), 10);
}

// "We require our payment processors to provide an annual attestation"; not "our largest customers require their suppliers
// to meet the customers' own security requirements", where the company is the supplier.
function requiredByTheCompany(text: string, provider: TermMatch): boolean {
  if (!REQUIRE_CUE.test(text)) return false;
  const from = windowStart(text, provider.index, 6);
  const before = foldSentence(text.slice(from, provider.index));
  const required = before.pattern(REQUIRED_OF).exec(before.text);
  if (!required || !testFolded(TO_AFTER, text.slice(provider.end, provider.end + 60))) return false;
  return !testFolded(CUSTOMER_SUBJECT, text.slice(clauseStart(text, from), from + required.index));
}

// "We rely on our hotel managers to maintain cybersecurity programs": the providers' own duty, trusted and not checked.
function reliedOnFor(text: string, provider: TermMatch, control: TermMatch): boolean {
  if (control.index < provider.end || !testFolded(RELIED_ON, text.slice(windowStart(text, provider.index, 5), provider.index))) return false;
  return testFolded(OWN_DUTY, text.slice(provider.end, control.index));
}

// Whether a match lies between `from` and some words after the provider. The providers' own verb may sit past a relative
// clause about them ("Suppliers that require access to our network are subject to a review"), so the words are also
// counted from the clause's end; what only that longer reach finds must be in the providers' clause.
function reaches(text: string, matches: readonly TermMatch[], provider: TermMatch, from: number, words: number): boolean {
  const near = windowEnd(text, provider.end, words);
  const end = Math.max(near, windowEnd(text, relativeClauseEnd(text, provider.end, RELATIVE_CLAUSE_WORDS), words));
  return matches.some((match) => match.index >= from && match.end <= end && (match.end <= near || clauseStart(text, match.index) <= provider.index));
}

// The providers are a source of risk when a cue ("associated with", "posed by") comes shortly before them. "Use of" and
// "reliance on" are cues only after a risk ("risks associated with our use of vendors"), not in "the use of consultants to assess".
function isRiskSource(text: string, provider: TermMatch, lexicons: Lexicons): boolean {
  return matchesBetween(text, lexiconOf(lexicons, 'risk-from-cues'), windowStart(text, provider.index, 6), provider.index).some(
    (cue) => !NOMINAL_CUE.test(cue.text) || testFolded(RISK, text.slice(windowStart(text, cue.index, 8), cue.index)),
  );
}

// "We engage third parties to assess our program" makes them helpers (Item 106(b)(1)(ii)), not the risk overseen.
function engagedAsHelpers(text: string, providers: readonly TermMatch[], lexicons: Lexicons): boolean {
  return providers.some((provider) => {
    const verbs = matchesBetween(text, lexiconOf(lexicons, 'engagement-verbs'), windowStart(text, provider.index, 3), provider.index);
    const verb = verbs[verbs.length - 1];
    if (!verb || NOUN_USE.test(text.slice(Math.max(0, verb.index - 8), verb.index))) return false;
    const purpose = matchesBetween(text, lexiconOf(lexicons, 'helper-purposes'), provider.end, windowEnd(text, provider.end, 10));
    return purpose.length > 0 && !isRiskSource(text, provider, lexicons);
  });
}

// "We do not engage third-party assessors, consultants or auditors" answers Item 106(b)(1)(ii), not (iii): a provider word
// that is part of a helper's name ("third-party" in "third-party assessors") says nothing of service providers.
function statesNoProviders(text: string, lexicons: Lexicons): boolean {
  const helpers = lexiconMatches(text, lexiconOf(lexicons, 'third-party-helpers'));
  for (const verb of text.matchAll(NONE_USED)) {
    if (!negatedBefore(text, verb.index, 4)) continue;
    const end = verb.index + verb[0].length;
    const providers = matchesBetween(text, lexiconOf(lexicons, 'service-providers'), end, windowEnd(text, end, 5));
    if (providers.some((provider) => !helpers.some((helper) => helper.index <= provider.index && provider.end <= helper.end))) return true;
  }
  return false;
}
