// "Our board has not yet established formal procedures for overseeing cybersecurity risk": the verb names what is missing.
import { clauseStart } from './clause-start.js';
import { testFolded } from './case-folded-pattern.js';

const NOT_ESTABLISHED = /(?<![\p{L}])(?:has|have|had)\s+not\s+(?:yet\s+)?(?:established|adopted|implemented|formali[sz]ed|developed|put\s+in\s+place)(?![\p{L}])/iu;
const NOT_CUE = /not/i;

/** Whether the clause before `index` says something has not been established, adopted or put in place. */
export function unestablishedBefore(text: string, index: number): boolean {
  if (!NOT_CUE.test(text)) return false;
  return testFolded(NOT_ESTABLISHED, text.slice(clauseStart(text, index), index));
}
