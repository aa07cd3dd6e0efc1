// Sorts the committees a disclosure names into board committees and management committees, once per model.
import { perDocument } from './per-document.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Lexicons } from './lexicons.js';
import { boardMentions } from './board-mentions.js';
import { foldSentence, type FoldedSentence } from './case-folded-pattern.js';
import { committeeNames } from './committee-names.js';
import { itemSentences, type ItemSentence } from './item-sentences.js';
import { containsTerm, matchesBetween } from './lexicon-matches.js';
import { lexiconOf } from './lexicon-of.js';

export type CommitteeBody = 'board' | 'management' | 'unknown';

export interface CommitteeMentionAt {
  sentence: ItemSentence;
  index: number;
  end: number;
}

export interface Committee {
  /** The name as first written. */
  name: string;
  body: CommitteeBody;
  /** Every mention, including short aliases ("the Committee", "ARC") that refer back to it. */
  mentions: CommitteeMentionAt[];
}

// "(the “Security Committee”)", "(“ARC”)": a defined short name for the committee just named.
const ALIAS = /^\s*\((?:the\s+|our\s+|a\s+)?(?:[“"]([^”"]{2,60})[”"]|([A-Z][A-Za-z&]{1,7}))\)/u;
const OF_BOARD = /^\s*(?:\([^)]*\)\s*)?(?:of|to)\s+(?:the\s+|our\s+|its\s+|this\s+)?(?:[\p{L}.]+['’]s\s+)?/iu;
const POSSESSIVE_BOARD = /(?:board|directors)(?:\s+of\s+directors)?['’]s?\s+(?:dedicated\s+|standing\s+|independent\s+)?$/iu;
const BOARD_AND = /board(?:\s+of\s+directors)?\s+(?:and|&)\s+(?:its\s+|the\s+|our\s+)?$/iu;
const DIRECTOR_MEMBERS = /^\s*(?:\([^)]*\)\s*)?,?\s*(?:which|that|who)?\s*(?:is\s+|are\s+)?(?:composed|comprised|consists?|made\s+up|includes?)\s+(?:entirely\s+|solely\s+|exclusively\s+)?(?:of\s+)?(?:[\p{L}-]+\s+){0,3}?directors/iu;
const MANAGEMENT_MEMBERS = /^\s*(?:\([^)]*\)\s*)?,?\s*(?:which|that)?\s*(?:is\s+)?(?:(?:led|chaired|headed|coordinated|convened|directed|composed|comprised|consists|consisting|made\s+up)\s+(?:of|by)|includes?|brings\s+together)\s+(?:[\p{L}&,’'-]+\s+){0,4}?(?:management|executives?|executive|senior|leaders?|leadership|officers?|personnel|representatives|employees|staff|ceo|cfo|cio|ciso|cso|cto|cro|chief|chairman|heads?|vice[\s-]+presidents?|svps?|general\s+counsel)(?![\p{L}])/iu;
const MANAGEMENT_APPOSITIVE = /^\s*(?:\([^)]*\)\s*)?,\s*(?:the|a|our)\s+(?:[\p{L}-]+\s+)?management(?:-level)?\s+committee/iu;
const UNNAMED = /^(?:the\s+)?(?:sub)?committee$/iu;

export const classifyCommittees = perDocument((model: Disclosure, lexicons: Lexicons): Committee[] => collect(itemSentences(model), lexicons));

function collect(sentences: ItemSentence[], lexicons: Lexicons): Committee[] {
  const byKey = new Map<string, Committee>();
  const aliases = new Map<string, string>();
  const votes = new Map<string, { board: boolean; management: boolean }>();
  let last: string | undefined;
  // "the Council" refers back to the last council named, never to a committee.
  const lastOfKind = new Map<string, string>();
  for (const sentence of sentences) {
    // The board and membership patterns are case-insensitive: they read the lower-cased sentence (see case-folded-pattern).
    const folded = foldSentence(sentence.text);
    for (const mention of committeeNames(sentence.text, folded)) {
      const unnamed = mention.noun === 'committee' ? (aliases.get('') ?? last) : lastOfKind.get(mention.noun);
      const key = mention.name === '' ? unnamed : (aliases.get(keyOf(mention.name)) ?? keyOf(mention.name));
      if (key === undefined) continue;
      if (mention.name !== '') lastOfKind.set(mention.noun, key);
      let committee = byKey.get(key);
      if (!committee) byKey.set(key, (committee = { name: mention.name, body: 'unknown', mentions: [] }));
      committee.mentions.push({ sentence, index: mention.index, end: mention.end });
      last = key;
      const alias = ALIAS.exec(sentence.text.slice(mention.end));
      const short = (alias?.[1] ?? alias?.[2])?.trim();
      if (short && mention.name !== '') aliases.set(UNNAMED.test(short) ? '' : keyOf(short), key);
      const vote = votes.get(key) ?? { board: false, management: false };
      if (linkedToBoard(sentence.text, folded, mention.index, mention.end, lexicons)) vote.board = true;
      const after = folded.text.slice(mention.end, mention.end + 160);
      if (folded.pattern(MANAGEMENT_MEMBERS).test(after) || folded.pattern(MANAGEMENT_APPOSITIVE).test(after)) vote.management = true;
      votes.set(key, vote);
    }
    for (const [alias, key] of aliases) addAliasMentions(sentence, alias, key, byKey);
  }
  for (const [key, committee] of byKey) committee.body = decide(committee.name, votes.get(key), lexicons);
  return [...byKey.values()];
}

// Acronym aliases ("the ARC", "the CRC") are used without the word "committee".
function addAliasMentions(sentence: ItemSentence, alias: string, key: string, byKey: Map<string, Committee>): void {
  if (alias === '' || /committee/i.test(alias)) return;
  const committee = byKey.get(key);
  if (!committee) return;
  for (const match of sentence.text.matchAll(aliasPattern(alias))) {
    const index = match.index;
    if (committee.mentions.some((mention) => mention.sentence === sentence && index >= mention.index && index < mention.end + 12)) continue;
    committee.mentions.push({ sentence, index, end: index + match[0].length });
  }
}

// Each alias is looked for in every later sentence: its pattern is compiled once (memory bounded, aliases recur across drafts).
const aliasPatterns = new Map<string, RegExp>();
const ALIAS_PATTERN_LIMIT = 1000;

function aliasPattern(alias: string): RegExp {
  let pattern = aliasPatterns.get(alias);
  if (!pattern) {
    if (aliasPatterns.size >= ALIAS_PATTERN_LIMIT) aliasPatterns.clear();
    pattern = new RegExp(`(?<![\\p{L}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'giu');
    aliasPatterns.set(alias, pattern);
  }
  return pattern;
}

function linkedToBoard(text: string, folded: FoldedSentence, start: number, end: number, lexicons: Lexicons): boolean {
  const after = folded.text.slice(end, end + 100);
  const of = folded.pattern(OF_BOARD).exec(after);
  if (of && boardMentions(text, lexicons).some((board) => board.index >= end && board.index <= end + of[0].length + 2)) return true;
  if (folded.pattern(DIRECTOR_MEMBERS).test(after)) return true;
  const before = folded.text.slice(Math.max(0, start - 60), start);
  if (folded.pattern(POSSESSIVE_BOARD).test(before) || folded.pattern(BOARD_AND).test(before)) return true;
  return delegatedByBoard(text, start, lexicons);
}

// "The Board ... has delegated ... to the Audit & Finance Committee", "The Board, including through its ... committee".
function delegatedByBoard(text: string, start: number, lexicons: Lexicons): boolean {
  const boards = boardMentions(text, lexicons).filter((board) => board.end <= start);
  const board = boards[boards.length - 1];
  if (!board) return false;
  return matchesBetween(text, lexiconOf(lexicons, 'delegation-verbs'), board.end, start).length > 0;
}

// What the text says wins over what the name suggests; among names, the audit family is a board committee even when the
// name also sounds like management ("Audit and Risk Management Committee").
function decide(name: string, vote: { board: boolean; management: boolean } | undefined, lexicons: Lexicons): CommitteeBody {
  if (vote?.board) return 'board';
  if (vote?.management) return 'management';
  if (containsTerm(name, lexiconOf(lexicons, 'board-committee-names'))) return 'board';
  if (containsTerm(name, lexiconOf(lexicons, 'management-committees'))) return 'management';
  return 'unknown';
}

function keyOf(name: string): string {
  return name.toLowerCase().replace(/&/g, 'and').replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}
