// Whether a phrase is negated: a negator earlier in its clause ("we do not engage", "have not materially affected").
import { testFolded } from './case-folded-pattern.js';
import { clauseStart } from './clause-start.js';
import { windowStart } from './word-windows.js';

// "n't" ends a word ("haven't", "don't"), so only the whole words need a boundary before them.
const NEGATOR = /(?:(?<![\p{L}])(?:not|no|never|none|neither|nor|cannot)|n['’]t)(?![\p{L}])/iu;

/**
 * True when a negator appears in the same clause before `index`, within `maxWords` words.
 * Short windows suit verbs ("do not engage"); long ones suit the materiality answer, whose subject
 * ("we have not identified any risks ..., including ...,") can run long before the verb.
 */
export function negatedBefore(text: string, index: number, maxWords = 6): boolean {
  const from = Math.max(clauseStart(text, index), windowStart(text, index, maxWords));
  return testFolded(NEGATOR, text.slice(from, index));
}
