// Blanks out a lexicon's phrases (keeping offsets), so a later search does not see them ("Management Board" is not the board).
import { lexiconMatches } from './lexicon-matches.js';

export function maskTerms(text: string, terms: readonly string[]): string {
  let masked = text;
  for (const match of lexiconMatches(text, terms)) {
    masked = masked.slice(0, match.index) + ' '.repeat(match.end - match.index) + masked.slice(match.end);
  }
  return masked;
}
