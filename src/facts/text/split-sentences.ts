// Sentence boundaries inside one paragraph, as offsets, so each sentence keeps an exact source span.

export interface SentenceRange {
  start: number;
  end: number;
}

// Abbreviations after which a period never ends a sentence (titles, references, Latin).
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'no', 'nos', 'vs', 'cf', 'e.g', 'i.e', 'viz', 'approx', 'fig',
  'sec', 'secs', 'art', 'para', 'ch', 'vol', 'pp', 'p', 'gen', 'col', 'lt', 'capt', 'sgt', 'rev', 'hon', 'messrs', 'ltd.co',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'item', 'items', 'rule', 'reg',
]);

// Abbreviations that may end a sentence ("... of Acme Inc. We ..."): they end one only before a typical sentence opener.
const SOMETIMES_FINAL = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'l.p', 'n.a', 'u.s', 'u.k', 'etc', 's.a', 'n.v', 'ag']);
const SENTENCE_OPENERS = new Set([
  'the', 'we', 'our', 'in', 'this', 'these', 'as', 'it', 'its', 'they', 'such', 'for', 'each', 'all', 'any', 'if',
  'when', 'to', 'management', 'additionally', 'additionally,', 'also', 'however', 'however,', 'further', 'furthermore',
  'there', 'during', 'although', 'while', 'no', 'none', 'a', 'an', 'see', 'refer', 'cybersecurity', 'because',
]);

const CLOSERS = '"\'”’)]';
const TERMINATORS = '.!?';
const PERIOD = 0x2e;
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;

export function splitSentences(text: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let start = skipSpace(text, 0);
  for (let i = start; i < text.length; i++) {
    // Character codes, not one-character strings: this loop visits every character of every paragraph.
    const code = text.charCodeAt(i);
    if (code !== PERIOD && code !== EXCLAMATION && code !== QUESTION) continue;
    const ch = text[i] as string;
    let end = i + 1;
    while (end < text.length && (TERMINATORS.includes(text[end] as string) || CLOSERS.includes(text[end] as string))) end++;
    if (end < text.length && !/\s/.test(text[end] as string)) continue;
    const next = skipSpace(text, end);
    if (next < text.length && !startsSentence(text, next)) continue;
    if (ch === '.' && !periodEndsSentence(text, i, next)) continue;
    pushRange(ranges, text, start, end);
    start = next;
    i = next - 1;
  }
  pushRange(ranges, text, start, text.length);
  return ranges;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  return i;
}

function startsSentence(text: string, at: number): boolean {
  return /[\p{Lu}\p{N}"'“‘(\[•*\-–—]/u.test(text[at] as string);
}

function periodEndsSentence(text: string, periodAt: number, next: number): boolean {
  const word = wordBefore(text, periodAt);
  if (word === '') return true;
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  // A single capital letter is an initial ("J. Smith", the "S." of "U.S.").
  if (/^\p{Lu}$/u.test(word)) return false;
  if (SOMETIMES_FINAL.has(lower) || /^(\p{L}\.)+\p{L}$/u.test(word)) {
    const following = wordAfter(text, next).toLowerCase();
    return SENTENCE_OPENERS.has(following);
  }
  // "Item 1A. Risk Factors" and "Note 3. Leases" are references, not sentence ends.
  if (/^\d+[A-Za-z]?$/.test(word) && /\b(item|note|part|section|rule)\s+$/i.test(text.slice(Math.max(0, periodAt - word.length - 9), periodAt - word.length))) {
    return false;
  }
  return true;
}

function wordBefore(text: string, periodAt: number): string {
  let i = periodAt;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1] as string)) i--;
  return text.slice(i, periodAt).replace(/^\.+/, '');
}

function wordAfter(text: string, at: number): string {
  const match = /^[\p{L}\p{N},]+/u.exec(text.slice(at, at + 40));
  return match ? match[0] : '';
}

function pushRange(ranges: SentenceRange[], text: string, start: number, end: number): void {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] as string)) e--;
  if (e > start) ranges.push({ start, end: e });
}
