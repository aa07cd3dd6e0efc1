// Whether a sentence points elsewhere in the filing (to Item 1A Risk Factors, the proxy statement, MD&A).
import { containsTerm } from './lexicon-matches.js';

/** True when the sentence names another part of the filing (a target) and points the reader to it. */
export function isCrossReference(text: string, targets: readonly string[], pointers: readonly string[]): boolean {
  return containsTerm(text, targets) && containsTerm(text, pointers);
}
