// Finds named committees in a sentence ("Audit & Finance Committee", "the technology committee") by walking back from "committee".
import { foldedMatches, foldSentence, type FoldedSentence } from './case-folded-pattern.js';

export interface CommitteeMention {
  /** The name as written, e.g. "Risk and Cybersecurity Committee"; "" for an unnamed "the Committee" or "the Council". */
  name: string;
  index: number;
  end: number;
  /** The body's noun, lower-cased: "committee", "council" or "working group" (an unnamed one refers back to its own kind). */
  noun: string;
}

// Management bodies are also called councils and working groups ("our Technology Risk Council"); a board's never are.
const COMMITTEE = /(?<![\p{L}])(?:(?:sub)?committee|council|working\s+group)(?![\p{L}])/giu;
// Most sentences name no committee: the plain words (same flags) spare them the pattern.
const COMMITTEE_WORD = /committee|council|working\s+group/iu;
const OTHER_BODY = /^(?:council|working\s+group)$/iu;
// Outside bodies are councils too ("the PCI Security Standards Council"): a council or working group is the company's only
// when the draft calls it its own.
const OWN_BEFORE = /(?:^|\s)(?:our|its|their|the\s+company['’]s)\s*$/iu;
const UNNAMED = /^(?:(?:sub)?committee|council|working\s+group)$/iu;
const TOKEN = /\S+/gu;
const MAX_CAPITALIZED = 8;
const MAX_LOWERCASE = 4;

// Words that end a lower-case name when walking back ("the audit committee", "its risk committee").
const STOP = new Set([
  'the', 'our', 'its', 'a', 'an', 'this', 'that', 'these', 'those', 'which', 'each', 'any', 'such', 'their', 'his', 'her',
  'by', 'to', 'with', 'from', 'of', 'in', 'on', 'for', 'at', 'as', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'be',
  'been', 'board', 'directors', 'company', 'or', 'also', 'through', 'including', 'full', 'entire', 'relevant', 'appropriate',
  'applicable', 'respective', 'other', 'same', 'certain', 'designated', 'dedicated', 'standing', 'separate', 'independent',
  'one', 'whole', 'new', 'said', 'both', 'either', 'every', 'specific', 'formal', 'board-level', 'and', '&', 'who', 'whose',
]);
const DETERMINERS = new Set(['the', 'our', 'its', 'a', 'an', 'this', 'that', 'each', 'such', 'any', 'their', 'every', 'no', 'one']);
// A name never runs through another committee or the board: "Audit Committee and Risk Committee" is two names.
const BOARD_WORDS = /^(?:board|boards|directors?|supervisory|committees?)$/i;
const DIRECTORS_POSSESSIVE = /^Directors['’]$/u;

/** `folded` is the sentence as case-insensitive patterns read it, when the caller has it already (see case-folded-pattern). */
export function committeeNames(text: string, folded?: FoldedSentence): CommitteeMention[] {
  const mentions: CommitteeMention[] = [];
  for (const match of COMMITTEE_WORD.test(text) ? foldedMatches(text, folded ?? foldSentence(text), COMMITTEE) : []) {
    const end = match.index + match.text.length;
    const start = nameStart(text, match.index);
    const noun = match.text.toLowerCase().replace(/\s+/g, ' ').replace(/^sub/, '');
    const name = text.slice(start, end).trim();
    if (OTHER_BODY.test(noun) && !UNNAMED.test(name) && !OWN_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
    mentions.push({ name: UNNAMED.test(name) ? '' : name, index: start, end, noun });
  }
  return mentions;
}

function nameStart(text: string, committeeAt: number): number {
  const head = text.slice(Math.max(0, committeeAt - 120), committeeAt);
  const offset = committeeAt - head.length;
  const tokens = [...head.matchAll(TOKEN)].map((token) => ({ text: token[0], index: token.index + offset }));
  const last = tokens[tokens.length - 1];
  if (!last) return committeeAt;
  const capitalized = /^[\p{Lu}\p{N}&]/u.test(stripLead(last.text));
  let start = committeeAt;
  let pendingConnector: number | undefined;
  let listed = false;
  let taken = 0;
  for (let i = tokens.length - 1; i >= 0 && taken < (capitalized ? MAX_CAPITALIZED : MAX_LOWERCASE); i--) {
    const token = tokens[i];
    if (!token) break;
    // Chile's "Directors' Committee" (Comité de Directores) is a name, not the board's unnamed committee.
    if (taken === 0 && DIRECTORS_POSSESSIVE.test(token.text)) return token.index;
    // "Safety, Operations and Technology Committee": past an "and", a capitalized name may be a list with commas.
    const listItem = capitalized && listed && pendingConnector === undefined && /^[^,]+,$/u.test(token.text);
    if (/[,;:.)”"’]$/u.test(token.text) && !listItem) break;
    const written = listItem ? token.text.slice(0, -1) : token.text;
    const word = stripLead(written);
    const leadPunctuation = word.length < written.length;
    if (/^(?:and|&)$/i.test(word)) {
      if (taken === 0 || pendingConnector !== undefined) break;
      pendingConnector = token.index;
      listed = true;
      continue;
    }
    if (!accepts(word, capitalized)) break;
    start = token.index + (written.length - word.length);
    pendingConnector = undefined;
    taken++;
    if (leadPunctuation) break;
  }
  return start;
}

function accepts(word: string, capitalized: boolean): boolean {
  if (/['’]s?$/u.test(word) || BOARD_WORDS.test(word)) return false;
  const lower = word.toLowerCase();
  if (capitalized) return /^[\p{Lu}\p{N}]/u.test(word) && !DETERMINERS.has(lower);
  return /^[\p{Ll}]/u.test(word) && !STOP.has(lower);
}

function stripLead(token: string): string {
  return token.replace(/^[(“"‘'\[]+/u, '');
}
