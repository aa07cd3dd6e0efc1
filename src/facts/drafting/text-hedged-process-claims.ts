// Sentences where a hedge bears on whether a cybersecurity process exists ("we may engage", "designed to include"), not on its outcome.
import { testFolded } from '../text/case-folded-pattern.js';
import type { Span } from '../../model/disclosure.js';
import { defineFact } from '../fact.js';
import { clauseStart } from '../text/clause-start.js';
import { hedgedBefore } from '../text/hedged-before.js';
import { itemSentences } from '../text/item-sentences.js';
import { lexiconMatches, matchesBetween, type TermMatch } from '../text/lexicon-matches.js';
import { lexiconOf } from '../text/lexicon-of.js';
import type { Lexicons } from '../text/lexicons.js';
import { negatedBefore } from '../text/negated-before.js';
import { windowEnd, windowStart } from '../text/word-windows.js';
import { maskQuotations } from '../text/mask-quotations.js';

// The company (or its people) as the one who would carry the process out: "we may engage", "our security team may review".
// Management only as a clause's subject: "our vendor management process may involve ..." is not management acting.
const COMPANY_SUBJECT = /(?<![\p{L}])(?:we|the\s+(?:company|group|registrant|trust|bank|corporation|partnership|fund|firm)|our\s+(?:[\p{L}-]+\s+){0,3}?(?:team|teams|department|function|staff|personnel|organization|officer|ciso|cio|cso))(?![\p{L}])|^\s*(?:senior\s+|executive\s+)?management(?![\p{L}])(?!\s+(?:of|process(?:es)?|programs?|systems?|frameworks?)(?![\p{L}]))/iu;
// "briefings, which would include recent incidents", "members of management, which may include our CEO": a list of
// what something could contain, not whether a process exists.
const RELATIVE_BEFORE = /(?<![\p{L}])(?:which|that|who|whom)\s+$/iu;
// "Assessments may be conducted by third parties": a hedged passive says as much about the process.
const HEDGED_PASSIVE = /(?<![\p{L}])be\s+(?:conducted|performed|engaged|retained|reviewed|tested|audited|assessed|evaluated|updated|carried\s+out|undertaken|commissioned)(?![\p{L}])/iu;
const UNCLOSED_QUOTE = /“[^”]*$/u;
const UNOPENED_QUOTE = /^[^“]*”/u;
// Words a frequency hedge may stand from its verb: "from time to time, we engage outside consultants".
const FREQUENCY_REACH = 8;
// "designed to include", "intended to be integrated": the process verb follows the intent wording at once.
const INTENT_REACH = 2;

export const textHedgedProcessClaims = defineFact<number>({
  id: 'text.hedgedProcessClaims',
  description: 'How many sentences hedge the existence of a cybersecurity process rather than state it: a modal on a process the company would carry out ("we may engage third parties", "assessments may be conducted"), "from time to time" or "on occasion" on such a process, or design and intent wording before what the process is ("our program is designed to include", "seeks to engage"). Design wording before an outcome ("controls designed to protect data") and disclaimers ("there can be no assurance") do not count. Evidence: one span per sentence.',
  type: 'number',
  example: 0,
  compute({ model, lexicons }) {
    // Quoted passages (risk-factor titles in a cross-reference) are another section's words, not this item's claims.
    const evidence: Span[] = itemSentences(model).filter((item) => hedgesAProcess(ownWords(item.text), lexicons)).map((item) => item.sentence.span);
    return { value: evidence.length, evidence };
  },
});

// A long quotation can be split into sentences: its opening or closing half is masked too.
function ownWords(text: string): string {
  return maskQuotations(text).replace(UNCLOSED_QUOTE, (quoted) => ' '.repeat(quoted.length)).replace(UNOPENED_QUOTE, (quoted) => ' '.repeat(quoted.length));
}

function hedgesAProcess(text: string, lexicons: Lexicons): boolean {
  const verbs = lexiconMatches(text, lexiconOf(lexicons, 'process-verbs'));
  const activities = [...verbs, ...lexiconMatches(text, lexiconOf(lexicons, 'process-activities'))];
  return activities.some((verb) => modalOn(text, verb, lexicons) || frequencyOn(text, verb, lexicons)) || intentOn(text, verbs, lexicons);
}

// "We may engage", "the Company may, from time to time, retain", "assessments may be conducted".
function modalOn(text: string, verb: TermMatch, lexicons: Lexicons): boolean {
  const modals = matchesBetween(text, lexiconOf(lexicons, 'hedges'), windowStart(text, verb.index, 3), verb.index);
  const modal = modals[modals.length - 1];
  if (!modal || !hedgedBefore(text, verb.index, lexiconOf(lexicons, 'hedges'), 3) || negatedBefore(text, verb.index, 3)) return false;
  if (testFolded(RELATIVE_BEFORE, text.slice(Math.max(0, modal.index - 8), modal.index))) return false;
  return testFolded(HEDGED_PASSIVE, text.slice(Math.max(0, verb.index - 4), verb.end)) || byCompany(text, verb);
}

// "From time to time, we engage outside consultants", "we review these policies on occasion".
function frequencyOn(text: string, verb: TermMatch, lexicons: Lexicons): boolean {
  if (!byCompany(text, verb) || negatedBefore(text, verb.index, 3)) return false;
  return lexiconMatches(text, lexiconOf(lexicons, 'frequency-hedges')).some((hedge) => {
    const [first, second] = hedge.index < verb.index ? [hedge, verb] : [verb, hedge];
    return clauseStart(text, second.index) <= first.index && second.index <= windowEnd(text, first.end, FREQUENCY_REACH);
  });
}

// "Our program is designed to include annual penetration tests"; "designed to protect" names an outcome and is left alone.
function intentOn(text: string, verbs: readonly TermMatch[], lexicons: Lexicons): boolean {
  return lexiconMatches(text, lexiconOf(lexicons, 'intent-hedges')).some((hedge) => {
    const reach = windowEnd(text, hedge.end, INTENT_REACH);
    return verbs.some((verb) => verb.index >= hedge.end && verb.index < reach) && !negatedBefore(text, hedge.index, 3);
  });
}

function byCompany(text: string, verb: TermMatch): boolean {
  return testFolded(COMPANY_SUBJECT, text.slice(clauseStart(text, verb.index), verb.index));
}

