// A pattern's last capture group as a match of its own: "to him" found as a whole, "him" kept as the word that counts.
import type { TermMatch } from './lexicon-matches.js';

/** The match of the pattern's capture group, which must end the whole match ("to (him)", "presents to (it)"). */
export function lastGroupMatch(match: RegExpMatchArray): TermMatch {
  const text = match[1] ?? '';
  const index = (match.index ?? 0) + match[0].length - text.length;
  return { text, index, end: index + text.length };
}
