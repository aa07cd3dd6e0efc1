// Where the clause holding a position starts: negation and hedges only reach back that far.
import { documentMemo } from './document-memo.js';
import { forDocumentLetters } from './document-letters.js';

// A semicolon or colon ends a clause, and so does a comma that starts a new coordinated or concessive clause.
const BOUNDARY = /[;:]|,\s+(?:and|but|or|while|whereas|although|though|however|yet|so)(?![\p{L}])|(?<![\p{L}])(?:however|but)(?![\p{L}]),?/giu;
// "Although we have not ..., risks are ...": the subordinate clause ends at its first comma.
const SUBORDINATE = /^\s*(?:although|though|even\s+though|while|whereas|despite|notwithstanding)(?![\p{L}])[^,]*,/iu;

// Many facts ask for clause starts in the same sentences: each sentence's boundaries are found once per document, and each
// answer is remembered.
const MEMO_LIMIT = 4000;
interface SentenceClauses {
  /** Where each boundary ends, in order. */
  ends: number[];
  starts: Map<number, number>;
}
const memo = documentMemo<string, SentenceClauses>(MEMO_LIMIT);

/** Where the clause holding `index` starts. */
export function clauseStart(text: string, index: number): number {
  const byText = memo();
  let clauses = byText.get(text);
  if (!clauses) byText.set(text, (clauses = { ends: [...text.matchAll(forDocumentLetters(BOUNDARY))].map((match) => match.index + match[0].length), starts: new Map() }));
  let start = clauses.starts.get(index);
  if (start === undefined) clauses.starts.set(index, (start = findClauseStart(text, index, clauses.ends)));
  return start;
}

// The last boundary that ends at or before `index`, then past a leading subordinate clause.
function findClauseStart(text: string, index: number, ends: readonly number[]): number {
  let start = 0;
  for (const end of ends) {
    if (end > index) break;
    start = end;
  }
  const subordinate = forDocumentLetters(SUBORDINATE).exec(text.slice(start, index));
  return subordinate ? start + subordinate[0].length : start;
}

/** Whether `index` opens its clause: nothing but spaces between the clause's start and it ("..., and she receives"). */
export function opensClause(text: string, index: number): boolean {
  return text.slice(clauseStart(text, index), index).trim() === '';
}
