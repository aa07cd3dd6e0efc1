// Words fused by lost white space ("hasadopted", "co-ledby"): a non-word that splits into a function word and a word.
import type { Sentence, Span } from '../../model/disclosure.js';
import { defineFact } from '../fact.js';
import { allSentences } from '../text/prose.js';
import { spanOfMatch } from '../text/span-of-match.js';
import { isEnglishWord } from '../text/english-words.js';
import { forEachLetterToken } from '../text/letter-tokens.js';

const CAMEL_CASE = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{6,})$/u;
// Shorter runs are too often legitimate abbreviations or terms.
const MIN_GLUED_LENGTH = 5;
// Drafts share most of their vocabulary, so verdicts on lowercase parts are remembered across documents (bounded).
const MEMO_LIMIT = 50_000;
const partVerdicts = new Map<string, boolean>();
// Whole tokens as written, for the same reason: most tokens of a draft were seen in earlier drafts.
const tokenVerdicts = new Map<string, 'glued' | 'clean' | 'camel'>();
let verdictsFor: readonly string[] | undefined;

export const textGluedWords = defineFact<number>({
  id: 'text.gluedWords',
  description: 'How many words are fused by lost white space (e.g. `hasadopted`, `co-ledby`, `StarRecognition`): tokens that are not English words but split into a function word and an English word, or CamelCase joins of two long words that appear once in the draft. Evidence: one span per occurrence.',
  type: 'number',
  example: 0,
  compute({ model, lexicons }) {
    const functionWordList = lexicons['function-words'] ?? [];
    const functionWords = new Set(functionWordList.map((word) => word.toLowerCase()));
    const allowed = new Set((lexicons['domain-words'] ?? []).map((word) => word.toLowerCase()));
    if (verdictsFor !== functionWordList) {
      partVerdicts.clear();
      tokenVerdicts.clear();
      verdictsFor = functionWordList;
    }
    const sentences = allSentences(model);
    let camelCounts: Map<string, number> | undefined;
    const evidence: Span[] = [];
    for (const sentence of sentences) {
      // Each part of a hyphenated token is checked, so the token is kept whole.
      forEachLetterToken(sentence.text, MIN_GLUED_LENGTH, (token, index) => {
        let verdict = tokenVerdicts.get(token);
        if (verdict === undefined) {
          verdict = tokenVerdict(token, functionWords, allowed);
          if (tokenVerdicts.size >= MEMO_LIMIT) tokenVerdicts.clear();
          tokenVerdicts.set(token, verdict);
        }
        if (verdict === 'camel') {
          camelCounts ??= tokenCounts(sentences);
          if (!token.split('-').some((part) => isGluedCamelCase(part, camelCounts?.get(token) ?? 0))) return;
        } else if (verdict === 'clean') {
          return;
        }
        evidence.push(spanOfMatch(model, sentence, token, index));
      });
    }
    return { value: evidence.length, evidence };
  },
});

// 'camel' defers the decision: a CamelCase join counts only if the token appears once in this draft.
function tokenVerdict(token: string, functionWords: Set<string>, allowed: Set<string>): 'glued' | 'clean' | 'camel' {
  if (allowed.has(token.toLowerCase())) return 'clean';
  const parts = token.split('-');
  if (parts.some((part) => part === part.toLowerCase() && isGluedPart(part, functionWords, allowed))) return 'glued';
  return parts.some((part) => CAMEL_CASE.test(part)) ? 'camel' : 'clean';
}

function isGluedPart(part: string, functionWords: Set<string>, allowed: Set<string>): boolean {
  if (part.length < MIN_GLUED_LENGTH || allowed.has(part)) return false;
  let verdict = partVerdicts.get(part);
  if (verdict === undefined) {
    verdict = !isEnglishWord(part) && splitsAroundFunctionWord(part, functionWords);
    if (partVerdicts.size >= MEMO_LIMIT) partVerdicts.clear();
    partVerdicts.set(part, verdict);
  }
  return verdict;
}

function splitsAroundFunctionWord(part: string, functionWords: Set<string>): boolean {
  for (let cut = 1; cut < part.length; cut++) {
    const head = part.slice(0, cut);
    const tail = part.slice(cut);
    if (functionWords.has(head) && tail.length >= 3 && isEnglishWord(tail)) return true;
    if (functionWords.has(tail) && head.length >= 3 && isEnglishWord(head)) return true;
  }
  return false;
}

// "StarRecognition": a CamelCase join of two words is a lost space when it appears once and the second word is long;
// brand names (CrowdStrike, SharePoint) recur and have short parts.
function isGluedCamelCase(part: string, occurrences: number): boolean {
  const camel = CAMEL_CASE.exec(part);
  if (!camel || occurrences > 1) return false;
  return isEnglishWord(camel[1] ?? '') && isEnglishWord(camel[2] ?? '');
}

// Only tokens long enough to be glued are ever looked up.
function tokenCounts(sentences: readonly Sentence[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) forEachLetterToken(sentence.text, MIN_GLUED_LENGTH, (token) => counts.set(token, (counts.get(token) ?? 0) + 1));
  return counts;
}
