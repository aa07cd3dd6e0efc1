// Reads one lexicon from a fact context, so a lexicon missing from a custom configuration degrades to "no terms".
import type { Lexicons } from './lexicons.js';

const NONE: readonly string[] = Object.freeze([]);

export function lexiconOf(lexicons: Lexicons, name: string): readonly string[] {
  return lexicons[name] ?? NONE;
}
