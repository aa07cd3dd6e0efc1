// Where the clause holding a position starts: negation and hedges only reach back that far.
import { documentMemo } from './document-memo.js';
import { forDocumentLetters } from './document-letters.js';

// A semicolon or colon ends a clause, and so does a comma that starts a new coordinated or concessive clause.
const BOUNDARY = /[;:]|,\s+(?:and|but|or|while|whereas|although|though|however|yet|so)(?![\p{L}])|(?<![\p{L}])(?:however|but)(?![\p{L}]),?/giu;
// "Although we have not ..., risks are ...": the subordinate clause ends at its first comma.
const SUBORDINATE = /^\s*(?:although|though|even\s+though|while|whereas|despite|notwithstanding)(?![\p{L}])[^,]*,/iu;

// Negation and hedge checks ask about the same verb of the same sentence several times: answers are remembered per document.
const MEMO_LIMIT = 4000;
const memo = documentMemo<string, Map<number, number>>(MEMO_LIMIT);

/** Where the clause holding `index` starts. */
export function clauseStart(text: string, index: number): number {
  const byText = memo();
  let byIndex = byText.get(text);
  if (!byIndex) byText.set(text, (byIndex = new Map()));
  let start = byIndex.get(index);
  if (start === undefined) byIndex.set(index, (start = findClauseStart(text, index)));
  return start;
}

function findClauseStart(text: string, index: number): number {
  const head = text.slice(0, index);
  let start = 0;
  for (const match of head.matchAll(forDocumentLetters(BOUNDARY))) start = match.index + match[0].length;
  const subordinate = forDocumentLetters(SUBORDINATE).exec(head.slice(start));
  return subordinate ? start + subordinate[0].length : start;
}

/** Whether `index` opens its clause: nothing but spaces between the clause's start and it ("..., and she receives"). */
export function opensClause(text: string, index: number): boolean {
  return text.slice(clauseStart(text, index), index).trim() === '';
}
