// A sentence that opens on information it says is found elsewhere in the filing.
import { isCrossReference } from './is-cross-reference.js';
import { lexiconOf } from './lexicon-of.js';
import type { Lexicons } from './lexicons.js';

const POINTER_OPENING = /^\s*(?:(?:for\s+)?(?:additional|further|more)\s+)?(?:information|details|a\s+description|a\s+discussion)\s+(?:regarding|about|on|concerning|of|relating\s+to)(?![\p{L}])|^\s*for\s+(?:a\s+)?(?:information|details|description|discussion)(?![\p{L}])/iu;

// "Information regarding the role of our Board in overseeing risk, including cybersecurity risk, is included in our proxy
// statement": a sentence that opens on the information it points to names the board only as the subject found elsewhere.
export function pointsElsewhere(text: string, lexicons: Lexicons): boolean {
  return POINTER_OPENING.test(text) && isCrossReference(text, lexiconOf(lexicons, 'cross-reference-targets'), lexiconOf(lexicons, 'cross-reference-pointers'));
}
