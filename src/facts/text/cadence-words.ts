// Frequency words in a sentence ("quarterly", "at least annually", "five times a year"), as written.
import { lexiconMatches } from './lexicon-matches.js';
import { forDocumentLetters } from './document-letters.js';

const COUNTED = /(?<![\p{L}])(?:once|twice|three\s+times|four\s+times|five\s+times|six\s+times|\d+\s+times)\s+(?:a|per|each)\s+year(?![\p{L}])/giu;

export function cadenceWords(text: string, terms: readonly string[]): string[] {
  const found = [...text.matchAll(forDocumentLetters(COUNTED))].map((match) => ({ text: match[0], index: match.index }));
  for (const match of lexiconMatches(text, terms)) {
    if (!found.some((other) => match.index >= other.index && match.index < other.index + other.text.length)) found.push(match);
  }
  return found.sort((a, b) => a.index - b.index).map((match) => match.text.toLowerCase().replace(/\s+/g, ' '));
}
