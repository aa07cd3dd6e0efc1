// Whether a position in a sentence falls under a stated future intention ("As we grow, we intend to adopt a policy under
// which our CTO will report to our audit committee"): what is only planned is not a process the company has.
import { clauseStart } from './clause-start.js';
import { testFolded } from './case-folded-pattern.js';

// "we intend to", "we are evaluating whether to": what the company may do later.
const INTENTION = /(?<![\p{L}])(?:we|the\s+company|our\s+company)\s+(?:(?:currently|also)\s+)?(?:(?:intends?|plans?|expects?|anticipates?)\s+to|(?:is|are)\s+(?:(?:currently|also)\s+)?(?:evaluating|considering|exploring|assessing)\s+whether)(?![\p{L}])/iu;
// The verbs the pattern needs (same flags): most sentences have none.
const INTENTION_CUE = /intend|plan|expect|anticipate|whether/iu;

/** Whether a company's intention to act governs the clause at `index`, before it. */
export function intendedAt(text: string, index: number): boolean {
  if (!INTENTION_CUE.test(text)) return false;
  return testFolded(INTENTION, text.slice(clauseStart(text, index), index));
}
