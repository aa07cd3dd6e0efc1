// Finds substantive expertise in a sentence: tenure, prior roles, degrees, certifications, affiliations (Instruction 2 to Item 106(c)).
import { foldedMatches, foldSentence, type FoldedSentence } from './case-folded-pattern.js';
import type { Lexicons } from './lexicons.js';
import { lexiconMatches } from './lexicon-matches.js';
import { lexiconOf } from './lexicon-of.js';

export type ExpertiseKind = 'tenure' | 'prior-role' | 'education' | 'certification' | 'affiliation';

export interface ExpertiseSignal {
  kind: ExpertiseKind;
  text: string;
  index: number;
}

const NUMBER = '(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\\s-]\\w+)?|thirty(?:[\\s-]\\w+)?|forty(?:[\\s-]\\w+)?)';
// Tenure needs a frame ("25 years of experience", "for more than 11 years", "15+ years") so that "every two years" is not expertise.
const TENURE = [
  new RegExp(`(?<![\\p{L}])${NUMBER}\\+?\\s+(?:\\(\\d+\\)\\s+)?years?['’]?\\s+(?:of|in|as|at|working|across|with|leading|building|experience|serving|managing|developing|overseeing)(?![\\p{L}])`, 'giu'),
  new RegExp(`(?<![\\p{L}])(?:for|over|more\\s+than|nearly|almost|than|spanning|brings|approximately|average\\s+of)\\s+(?:the\\s+(?:last|past)\\s+)?(?:over\\s+|more\\s+than\\s+)?${NUMBER}\\+?\\s+years?(?![\\p{L}])`, 'giu'),
  /(?<![\p{L}])\d{1,2}\+\s*years?(?![\p{L}])/giu,
  /(?<![\p{L}])(?:(?:over|more\s+than|nearly|almost|about|some)\s+)?(?:a|one|two|three|four|several)\s+decades?(?![\p{L}])|(?<![\p{L}])decades\s+of(?![\p{L}])/giu,
  /(?<![\p{L}])since\s+(?:19|20)\d{2}(?![\p{N}])/giu,
];
// Prior employers without names: "at several large organizations", "at two other public companies".
const PRIOR_EMPLOYERS = /(?<![\p{L}])(?:at|for|with|across)\s+(?:several|multiple|various|numerous|other|two|three|four|five|a\s+number\s+of)\s+(?:other\s+)?(?:[\p{L}-]+\s+){0,2}?(?:companies|organizations|organisations|firms|institutions|enterprises|corporations|banks|agencies)(?![\p{L}])/giu;
// The employer nouns the pattern ends with (same flags): most sentences have none, and the pattern is costly.
const EMPLOYER_WORD = /companies|organizations|organisations|firms|institutions|enterprises|corporations|banks|agencies/iu;
const CAREER_BEFORE = /(?<![\p{L}])(?:work(?:ed|ing)?|served|serving|held|roles?|positions?|experience|led|leading|career|executed|implemented|built|building|managed|managing|employed)(?![\p{L}])[^.;]*$/iu;
const EVERY_BEFORE = /(?:every|each|fiscal)\s*$/iu;

const LEXICON_KINDS: [ExpertiseKind, string][] = [
  ['prior-role', 'expertise-prior-roles'],
  ['education', 'expertise-education'],
  ['certification', 'expertise-certifications'],
  ['affiliation', 'expertise-affiliations'],
];

// "has been with the company for six years" is time at this company, not experience in a field; "since 2022 we have engaged
// a firm" dates the company's act.
const WITH_THE_COMPANY_BEFORE = /(?<![\p{L}])(?:been|worked|remained)\s+(?:with|at|for)\s+(?:the|our|us)(?:\s+(?:company|bank|firm|group|partnership|trust|fund))?\s+$/iu;
const COMPANY_AFTER = /^,?\s+(?:we|the\s+company|our\s+company)(?![\p{L}])/iu;

function isCareerTenure(folded: FoldedSentence, match: { index: number; text: string }): boolean {
  if (folded.pattern(WITH_THE_COMPANY_BEFORE).test(folded.text.slice(Math.max(0, match.index - 40), match.index))) return false;
  return !folded.pattern(COMPANY_AFTER).test(folded.text.slice(match.index + match.text.length, match.index + match.text.length + 20));
}

export function expertiseSignals(text: string, lexicons: Lexicons): ExpertiseSignal[] {
  const signals: ExpertiseSignal[] = [];
  // The patterns are case-insensitive: they read the lower-cased sentence (see case-folded-pattern).
  const folded = foldSentence(text);
  for (const pattern of /year|decade|since/i.test(text) ? TENURE : []) {
    for (const match of foldedMatches(text, folded, pattern)) {
      if (folded.pattern(EVERY_BEFORE).test(folded.text.slice(Math.max(0, match.index - 12), match.index))) continue;
      if (!isCareerTenure(folded, match)) continue;
      if (!signals.some((signal) => Math.abs(signal.index - match.index) < 12)) signals.push({ kind: 'tenure', text: match.text, index: match.index });
    }
  }
  // Employers count only as the place of someone's work ("roles at several banks"), not of customers or peers ("CISOs at other companies").
  const employers = EMPLOYER_WORD.test(text) ? [...foldedMatches(text, folded, PRIOR_EMPLOYERS)] : [];
  for (const employer of [...employers, ...lexiconMatches(text, lexiconOf(lexicons, 'expertise-employers'))]) {
    if (folded.pattern(CAREER_BEFORE).test(folded.text.slice(Math.max(0, employer.index - 80), employer.index))) signals.push({ kind: 'prior-role', text: employer.text, index: employer.index });
  }
  for (const [kind, name] of LEXICON_KINDS) {
    for (const match of lexiconMatches(text, lexiconOf(lexicons, name))) signals.push({ kind, text: match.text, index: match.index });
  }
  return signals.sort((a, b) => a.index - b.index);
}
