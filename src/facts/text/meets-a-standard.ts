// "directors who meet the independence requirements": "meet" satisfies a standard here, it is not a meeting with anyone.
import type { TermMatch } from './lexicon-matches.js';
import { testFolded } from './case-folded-pattern.js';

const MEET = /^(?:meets?|met)$/iu;
const STANDARD_AFTER = /^\s+(?:(?:the|all|applicable|certain|such|these|those|our|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:requirements?|standards?|criteria|definitions?|needs|obligations|expectations|qualifications|thresholds?|tests?|deadlines?|targets?|goals?)(?![\p{L}])/iu;

/** Whether an informing verb is "meet" used for satisfying a standard. */
export function meetsAStandard(text: string, verb: TermMatch): boolean {
  return MEET.test(verb.text) && testFolded(STANDARD_AFTER, text.slice(verb.end, verb.end + 80));
}
