// Every occurrence of a lexicon's phrases in a text, with positions, for facts that reason about word order.
//
// Matching is case-insensitive and word-bounded at both ends; a space in a phrase matches any run of spaces or hyphens,
// and straight and curly apostrophes are alike. It runs as plain string search, not regular expressions: facts ask
// dozens of lexicons about every sentence, and one regular expression per lexicon was the slowest part of linting.
import { documentMemo } from './document-memo.js';
import { findPhrase } from './find-phrase.js';
import { distinctWords, foldText, type FoldedText } from './folded-text.js';
import { phraseOf, type Phrase } from './lexicon-phrase.js';
import { matchesBySlot, membershipOf, slotOf, type Membership, type SharedLexiconIndex } from './shared-lexicon-index.js';

export interface TermMatch {
  text: string;
  index: number;
  end: number;
}

/** What is known about one text: its folded form (once), the matches of the shared lexicons, and the answers given so far. */
interface TextEntry {
  /** Undefined when lower-casing changes the length: such texts take the slow path. */
  folded: FoldedText | undefined;
  /** Answers for term lists the shared pass does not cover. */
  answers: Map<readonly string[], readonly TermMatch[]>;
  shared?: SharedLexiconIndex;
  /** The matches of every lexicon of the shared index at the time of the pass, by slot (undefined: no match). */
  sharedMatches?: Array<TermMatch[] | undefined>;
  /** The answers made from them so far, by slot: most lexicons are never asked about most sentences. */
  sharedAnswers?: Array<readonly TermMatch[] | undefined>;
}

const MEMO_LIMIT = 4000;
const NO_MATCHES: readonly TermMatch[] = Object.freeze([]);
const NO_PHRASES: readonly Phrase[] = Object.freeze([]);

// Term lists outside any shared index (rule-given terms, title aliases) get phrases grouped by key word of their own.
const ownIndexes = new WeakMap<readonly string[], { byKey: Map<string, Phrase[]>; unkeyed: Phrase[] }>();
// Facts ask the same lexicon about the same sentence many times, so answers are remembered per text, for one document.
const texts = documentMemo<string, TextEntry>(MEMO_LIMIT);

function entryOf(text: string): TextEntry {
  const memo = texts();
  let entry = memo.get(text);
  if (!entry) {
    entry = { folded: foldText(text), answers: new Map() };
    memo.set(text, entry);
  }
  return entry;
}

function ownIndexOf(terms: readonly string[]): { byKey: Map<string, Phrase[]>; unkeyed: Phrase[] } {
  let index = ownIndexes.get(terms);
  if (!index) {
    index = { byKey: new Map(), unkeyed: [] };
    for (const phrase of terms.map(phraseOf)) {
      if (phrase.key === '') index.unkeyed.push(phrase);
      else index.byKey.set(phrase.key, [...(index.byKey.get(phrase.key) ?? []), phrase]);
    }
    ownIndexes.set(terms, index);
  }
  return index;
}

function ownMatches(text: FoldedText, terms: readonly string[], original: string): TermMatch[] {
  const found: TermMatch[] = [];
  const index = ownIndexOf(terms);
  const words = distinctWords(text);
  for (const phrase of index.unkeyed) findPhrase(text.folded, phrase, found, original);
  // Walk whichever is shorter: the sentence's words or the lexicon's key words.
  if (index.byKey.size < words.size) {
    for (const [key, phrases] of index.byKey) if (words.has(key)) for (const phrase of phrases) findPhrase(text.folded, phrase, found, original);
  } else {
    for (const word of words) for (const phrase of index.byKey.get(word) ?? NO_PHRASES) findPhrase(text.folded, phrase, found, original);
  }
  return found;
}

// The answer for a shared lexicon, from one pass over the text for all of them; undefined when the pass cannot answer
// (runs not exact, or the lexicon joined the index after the pass).
function sharedAnswer(entry: TextEntry, text: FoldedText, membership: Membership, terms: readonly string[], original: string): readonly TermMatch[] | undefined {
  if (!text.runsAreExact) return undefined;
  const { index } = membership;
  const slot = slotOf(membership, terms);
  if (entry.shared !== index || !entry.sharedMatches || !entry.sharedAnswers) {
    entry.shared = index;
    entry.sharedMatches = matchesBySlot(index, text, original);
    entry.sharedAnswers = [];
  }
  if (slot >= entry.sharedMatches.length) return undefined;
  let answer = entry.sharedAnswers[slot];
  if (!answer) entry.sharedAnswers[slot] = answer = answerOf(entry.sharedMatches[slot]);
  return answer;
}

function nonOverlapping(found: TermMatch[]): TermMatch[] {
  if (found.length < 2) return found;
  sortByPosition(found);
  const matches: TermMatch[] = [];
  for (const match of found) if (match.index >= (matches[matches.length - 1]?.end ?? 0)) matches.push(match);
  return matches;
}

// Leftmost first, then longest; equal matches keep their order. Lists are a handful of matches, and an insertion sort
// in place allocates nothing, where Array.prototype.sort made a copy for every list (the most allocated bytes of facts).
function sortByPosition(found: TermMatch[]): void {
  for (let i = 1; i < found.length; i++) {
    const match = found[i] as TermMatch;
    let j = i - 1;
    for (; j >= 0 && comesAfter(found[j] as TermMatch, match); j--) found[j + 1] = found[j] as TermMatch;
    found[j + 1] = match;
  }
}

function comesAfter(a: TermMatch, b: TermMatch): boolean {
  return a.index > b.index || (a.index === b.index && a.end < b.end);
}

function slowMatches(text: string, terms: readonly string[]): TermMatch[] {
  const found: TermMatch[] = [];
  for (const term of terms) {
    const source = term.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]")).join('[\\s\\-]+');
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'giu'))) {
      found.push({ text: match[0], index: match.index, end: match.index + match[0].length });
    }
  }
  return found;
}

function answerOf(found: TermMatch[] | undefined): readonly TermMatch[] {
  return !found || found.length === 0 ? NO_MATCHES : Object.freeze(nonOverlapping(found));
}

function findMatches(entry: TextEntry, text: string, terms: readonly string[]): TermMatch[] {
  return entry.folded ? ownMatches(entry.folded, terms, text) : slowMatches(text, terms);
}

/** Non-overlapping matches; where phrases overlap, the leftmost wins, then the longest (as one alternation would). */
export function lexiconMatches(text: string, terms: readonly string[]): readonly TermMatch[] {
  if (terms.length === 0) return NO_MATCHES;
  const entry = entryOf(text);
  const membership = membershipOf(terms);
  const shared = membership && entry.folded ? sharedAnswer(entry, entry.folded, membership, terms, text) : undefined;
  if (shared) return shared;
  let answer = entry.answers.get(terms);
  if (!answer) entry.answers.set(terms, (answer = answerOf(findMatches(entry, text, terms))));
  return answer;
}

/** Whether any phrase of the lexicon occurs in the text (memoised like `lexiconMatches`). */
export function containsTerm(text: string, terms: readonly string[]): boolean {
  return lexiconMatches(text, terms).length > 0;
}

/** The matches that lie wholly inside [from, to) of the text: window questions without re-running a search on a slice. */
export function matchesBetween(text: string, terms: readonly string[], from: number, to: number): readonly TermMatch[] {
  return lexiconMatches(text, terms).filter((match) => match.index >= from && match.end <= to);
}
