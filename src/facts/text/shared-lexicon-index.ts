// The lexicons a document is read with, indexed together: facts ask dozens of them about each sentence, so one pass over
// the sentence's words finds the matches of all of them at once.
import { endAfterFirstWord, findPhrase, phraseEndAt } from './find-phrase.js';
import type { FoldedText } from './folded-text.js';
import type { TermMatch } from './lexicon-matches.js';
import { phraseOf, type Phrase } from './lexicon-phrase.js';
import type { Lexicons } from './lexicons.js';

interface SlotPhrase {
  slot: number;
  phrase: Phrase;
}

/** The phrases that open with one word. */
interface LeadPhrases {
  /**
   * Phrases of several words by their second word (Phrase.secondLead). Such a phrase matches only where its first word is
   * a run of the text, then spaces or hyphens, then its second word, so the text's next run is exactly that word: phrases
   * that open with a common word ("security", "risk") are not all checked at each of its occurrences.
   */
  bySecond: Map<string, SlotPhrase[]>;
  /** The others: one-word phrases and those whose second word cannot be told from the text's next word. */
  unkeyed: SlotPhrase[];
}

export interface SharedLexiconIndex {
  /** How many term lists have joined (slots 0 to joined - 1). A list joins when it is first asked about, so unused lexicons cost nothing. */
  joined: number;
  /** Phrases by the word they open with (their lead). */
  byLead: Map<string, LeadPhrases>;
  /** Phrases that open with another character ("(ISC)²"), searched in the whole text. */
  leadless: SlotPhrase[];
}

/** A term list's place in a shared index: its slot once it has joined. */
export interface Membership {
  index: SharedLexiconIndex;
  slot?: number;
}

const indexes = new WeakMap<Lexicons, SharedLexiconIndex>();
const memberships = new WeakMap<readonly string[], Membership>();

/** Lets the lexicons' term lists answer through one shared index (built once per lexicons object). */
export function indexLexiconsTogether(lexicons: Lexicons): void {
  if (indexes.has(lexicons)) return;
  const index: SharedLexiconIndex = { joined: 0, byLead: new Map(), leadless: [] };
  for (const terms of Object.values(lexicons)) memberships.set(terms, { index });
  indexes.set(lexicons, index);
}

/** Where a term list belongs; undefined for lists of no indexed lexicons object (rule-given terms, aliases). */
export function membershipOf(terms: readonly string[]): Membership | undefined {
  return memberships.get(terms);
}

/** The term list's slot in its index, joining it first if it has not been asked about before. */
export function slotOf(membership: Membership, terms: readonly string[]): number {
  if (membership.slot === undefined) {
    const { index } = membership;
    const slot = (membership.slot = index.joined++);
    for (const phrase of terms.map(phraseOf)) addPhrase(index, { slot, phrase });
  }
  return membership.slot;
}

function addPhrase(index: SharedLexiconIndex, entry: SlotPhrase): void {
  const { lead } = entry.phrase;
  if (lead === '') {
    index.leadless.push(entry);
    return;
  }
  let phrases = index.byLead.get(lead);
  if (!phrases) index.byLead.set(lead, (phrases = { bySecond: new Map(), unkeyed: [] }));
  const second = entry.phrase.secondLead;
  if (second === '') {
    phrases.unkeyed.push(entry);
    return;
  }
  const entries = phrases.bySecond.get(second);
  if (entries) entries.push(entry);
  else phrases.bySecond.set(second, [entry]);
}

// A phrase whose key word is not a word of the text cannot match (this only tells in rare Unicode cases, but keeps the rule
// exact). A text has few words, so a look through them costs less than a set of them.
function keyPresent(text: FoldedText, phrase: Phrase): boolean {
  return phrase.key === '' || text.runWords.includes(phrase.key);
}

// Where the phrase matches at a run of the text whose word is the phrase's lead, the end of the match; else -1. Most phrases
// open with a whole word, so the run itself bounds that word and only the later words need checking.
function endAtRun(text: FoldedText, phrase: Phrase, start: number, runEnd: number): number {
  if (!phrase.leadIsFirstWord) return phraseEndAt(text.folded, phrase, start);
  return phrase.words.length === 1 ? runEnd : endAfterFirstWord(text.folded, phrase, runEnd);
}

/**
 * Every match of every joined lexicon in the text, by slot (overlapping, in no particular order; a slot without matches is
 * empty). The text's runs must be exact (see FoldedText). Lists that join later are not covered: the result is only as long
 * as the number of slots at the time.
 */
export function matchesBySlot(index: SharedLexiconIndex, text: FoldedText, original: string): Array<TermMatch[] | undefined> {
  const found = new Array<TermMatch[] | undefined>(index.joined);
  const { runWords, runStarts } = text;
  for (let run = 0; run < runWords.length; run++) {
    const word = runWords[run] as string;
    const phrases = index.byLead.get(word);
    if (!phrases) continue;
    const start = runStarts[run] as number;
    addMatchesAt(text, phrases.unkeyed, start, word, original, found);
    const next = runWords[run + 1];
    const seconds = next === undefined ? undefined : phrases.bySecond.get(next);
    if (seconds) addMatchesAt(text, seconds, start, word, original, found);
  }
  for (const { slot, phrase } of index.leadless) if (keyPresent(text, phrase)) findPhrase(text.folded, phrase, (found[slot] ??= []), original);
  return found;
}

function addMatchesAt(text: FoldedText, entries: readonly SlotPhrase[], start: number, word: string, original: string, found: Array<TermMatch[] | undefined>): void {
  for (const { slot, phrase } of entries) {
    const end = endAtRun(text, phrase, start, start + word.length);
    if (end >= 0 && (phrase.keyIsLead || keyPresent(text, phrase))) (found[slot] ??= []).push({ text: original.slice(start, end), index: start, end });
  }
}
