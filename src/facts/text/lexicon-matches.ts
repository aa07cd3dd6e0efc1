// Every occurrence of a lexicon's phrases in a text, with positions, for facts that reason about word order.
//
// Matching is case-insensitive and word-bounded at both ends; a space in a phrase matches any run of spaces or hyphens,
// and straight and curly apostrophes are alike. It runs as plain string search, not regular expressions: facts ask
// dozens of lexicons about every sentence, and one regular expression per lexicon was the slowest part of linting.

export interface TermMatch {
  text: string;
  index: number;
  end: number;
}

interface Phrase {
  words: string[];
  /** The longest run of letters and digits: the phrase can only match where this is a word of the text. */
  key: string;
}

const ALNUM = /[\p{L}\p{N}]/u;
const ALNUM_RUN = /[\p{L}\p{N}]+/gu;
const MEMO_LIMIT = 4000;

// Phrases grouped by key word, so a sentence is checked word by word rather than phrase by phrase.
const phrases = new WeakMap<readonly string[], { byKey: Map<string, Phrase[]>; unkeyed: Phrase[] }>();
// Facts ask the same lexicon about the same sentence many times, so answers are remembered per text.
const memo = new WeakMap<readonly string[], Map<string, readonly TermMatch[]>>();
const prepared = new Map<string, { folded: string; words: Set<string> }>();
const memoMaps: Array<WeakRef<Map<string, readonly TermMatch[]>>> = [];

/**
 * Forgets the remembered answers. Facts repeat their questions within one document, rarely across documents, so
 * computeFacts calls this per document: memory then stays flat however many drafts a run lints.
 */
export function forgetLexiconAnswers(): void {
  prepared.clear();
  for (const ref of memoMaps) ref.deref()?.clear();
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}

function phrasesOf(terms: readonly string[]): { byKey: Map<string, Phrase[]>; unkeyed: Phrase[] } {
  let index = phrases.get(terms);
  if (!index) {
    index = { byKey: new Map(), unkeyed: [] };
    for (const term of terms) {
      const words = normalize(term.trim()).split(/\s+/).filter((word) => word !== '');
      const key = (term.match(ALNUM_RUN) ?? ['']).reduce((longest, run) => (run.length > longest.length ? run : longest), '').toLowerCase();
      if (key === '') index.unkeyed.push({ words, key });
      else index.byKey.set(key, [...(index.byKey.get(key) ?? []), { words, key }]);
    }
    phrases.set(terms, index);
  }
  return index;
}

function prepare(text: string): { folded: string; words: Set<string> } | undefined {
  let entry = prepared.get(text);
  if (!entry) {
    const folded = normalize(text);
    // Lower-casing that changes the length (rare Unicode cases) would shift offsets; such texts take the slow path.
    if (folded.length !== text.length) return undefined;
    if (prepared.size >= MEMO_LIMIT) prepared.clear();
    entry = { folded, words: new Set((folded.match(ALNUM_RUN) ?? [])) };
    prepared.set(text, entry);
  }
  return entry;
}

function isAlnumAt(text: string, at: number): boolean {
  const ch = text[at];
  return ch !== undefined && ALNUM.test(ch);
}

// Where the phrase matches at `start` (its first word already found there), the end of the match; else -1.
function matchEnd(folded: string, phrase: Phrase, start: number): number {
  let at = start + (phrase.words[0]?.length ?? 0);
  for (let w = 1; w < phrase.words.length; w++) {
    const separatorStart = at;
    while (at < folded.length && (folded[at] === '-' || /\s/.test(folded[at] ?? ''))) at++;
    const word = phrase.words[w] ?? '';
    if (at === separatorStart || !folded.startsWith(word, at)) return -1;
    at += word.length;
  }
  return at;
}

function findPhrase(folded: string, phrase: Phrase, found: TermMatch[], original: string): void {
  const first = phrase.words[0];
  if (!first) return;
  for (let start = folded.indexOf(first); start >= 0; start = folded.indexOf(first, start + 1)) {
    if (isAlnumAt(folded, start - 1)) continue;
    const end = matchEnd(folded, phrase, start);
    if (end < 0 || isAlnumAt(folded, end)) continue;
    found.push({ text: original.slice(start, end), index: start, end });
  }
}

const NO_MATCHES: readonly TermMatch[] = Object.freeze([]);

function fastMatches(entry: { folded: string; words: Set<string> }, terms: readonly string[], text: string): TermMatch[] {
  const found: TermMatch[] = [];
  const index = phrasesOf(terms);
  for (const phrase of index.unkeyed) findPhrase(entry.folded, phrase, found, text);
  // Walk whichever is shorter: the sentence's words or the lexicon's key words.
  if (index.byKey.size < entry.words.size) {
    for (const [key, phrases] of index.byKey) if (entry.words.has(key)) for (const phrase of phrases) findPhrase(entry.folded, phrase, found, text);
  } else {
    for (const word of entry.words) for (const phrase of index.byKey.get(word) ?? []) findPhrase(entry.folded, phrase, found, text);
  }
  return found;
}

function nonOverlapping(found: TermMatch[]): TermMatch[] {
  if (found.length > 1) found.sort((a, b) => a.index - b.index || b.end - a.end);
  const matches: TermMatch[] = [];
  for (const match of found) if (match.index >= (matches[matches.length - 1]?.end ?? 0)) matches.push(match);
  return matches;
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

/** Non-overlapping matches; where phrases overlap, the leftmost wins, then the longest (as one alternation would). */
export function lexiconMatches(text: string, terms: readonly string[]): readonly TermMatch[] {
  let byText = memo.get(terms);
  if (!byText) {
    memo.set(terms, (byText = new Map()));
    memoMaps.push(new WeakRef(byText));
  }
  const known = byText.get(text);
  if (known) return known;
  const entry = prepare(text);
  const found = entry ? fastMatches(entry, terms, text) : slowMatches(text, terms);
  const matches = found.length === 0 ? NO_MATCHES : Object.freeze(nonOverlapping(found));
  if (byText.size >= MEMO_LIMIT) byText.clear();
  byText.set(text, matches);
  return matches;
}

/** Whether any phrase of the lexicon occurs in the text (memoised like `lexiconMatches`). */
export function containsTerm(text: string, terms: readonly string[]): boolean {
  return lexiconMatches(text, terms).length > 0;
}

/** The matches that lie wholly inside [from, to) of the text: window questions without re-running a search on a slice. */
export function matchesBetween(text: string, terms: readonly string[], from: number, to: number): readonly TermMatch[] {
  return lexiconMatches(text, terms).filter((match) => match.index >= from && match.end <= to);
}
