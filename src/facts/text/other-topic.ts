// "The Board receives reports from management on the Company's business and affairs": a sentence whose stated subject is
// the business at large, with no word of cybersecurity, is not about cybersecurity, even inside Item 1C.
import { testFolded } from './case-folded-pattern.js';
import { containsTerm } from './lexicon-matches.js';
import { lexiconOf } from './lexicon-of.js';
import type { Lexicons } from './lexicons.js';

const OTHER_TOPIC = /(?<![\p{L}])(?:on|about|regarding|concerning)\s+(?:the\s+|our\s+|its\s+)?(?:[\p{L}.&-]+['’]s\s+)?(?:general\s+|overall\s+)?(?:business|affairs|financial\s+(?:results|performance|condition|statements|reporting)|operations|operating\s+results|strategy|strategic\s+plans?|results|performance|liquidity|capital|budgets?)(?![\p{L}])/iu;

/** Whether the sentence names a subject other than cybersecurity ("on our business and affairs") and no cybersecurity word. */
export function aboutOtherTopic(text: string, lexicons: Lexicons): boolean {
  // Nearly every sentence that names a cyber word is about cybersecurity: the pattern runs only on the others.
  return !containsTerm(text, lexiconOf(lexicons, 'cyber-terms')) && testFolded(OTHER_TOPIC, text);
}
