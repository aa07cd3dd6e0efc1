// Words fused by lost white space ("hasadopted", "co-ledby"): a non-word that splits into a function word and a word.
import type { Sentence, Span } from '../../model/disclosure.js';
import { defineFact } from '../fact.js';
import { allSentences } from '../text/prose.js';
import { spanOfMatch } from '../text/span-of-match.js';
import { isEnglishWord } from '../text/english-words.js';

// Lowercase runs of letters, hyphenated compounds kept whole so each part can be checked.
const TOKEN = /(?<![\p{L}\p{N}])\p{L}+(?:-\p{L}+)*(?![\p{L}\p{N}])/gu;
// Shorter runs are too often legitimate abbreviations or terms.
const MIN_GLUED_LENGTH = 5;

export const textGluedWords = defineFact<number>({
  id: 'text.gluedWords',
  description: 'How many words are fused by lost white space (e.g. `hasadopted`, `co-ledby`, `StarRecognition`): tokens that are not English words but split into a function word and an English word, or CamelCase joins of two long words. Evidence: one span per occurrence.',
  type: 'number',
  example: 0,
  compute({ model, lexicons }) {
    const functionWords = new Set((lexicons['function-words'] ?? []).map((word) => word.toLowerCase()));
    const allowed = new Set((lexicons['domain-words'] ?? []).map((word) => word.toLowerCase()));
    const found: string[] = [];
    const evidence: Span[] = [];
    const counts = tokenCounts(allSentences(model));
    for (const sentence of allSentences(model)) {
      for (const match of sentence.text.matchAll(TOKEN)) {
        const token = match[0];
        if (!isGlued(token, functionWords, allowed, counts)) continue;
        found.push(token);
        evidence.push(spanOfMatch(model, sentence, token, match.index ?? 0));
      }
    }
    return { value: found.length, evidence };
  },
});

function isGlued(token: string, functionWords: Set<string>, allowed: Set<string>, counts: Map<string, number>): boolean {
  if (allowed.has(token.toLowerCase())) return false;
  return token.split('-').some((part) => isGluedPart(part, functionWords, allowed) || isGluedCamelCase(part, counts.get(token) ?? 0));
}

function isGluedPart(part: string, functionWords: Set<string>, allowed: Set<string>): boolean {
  if (part.length < MIN_GLUED_LENGTH || part !== part.toLowerCase() || allowed.has(part)) return false;
  if (isEnglishWord(part)) return false;
  for (let cut = 1; cut < part.length; cut++) {
    const head = part.slice(0, cut);
    const tail = part.slice(cut);
    const headIsFunction = functionWords.has(head) && tail.length >= 3 && isEnglishWord(tail);
    const tailIsFunction = functionWords.has(tail) && head.length >= 3 && isEnglishWord(head);
    if (headIsFunction || tailIsFunction) return true;
  }
  return false;
}

// "StarRecognition": a CamelCase join of two words is a lost space when it appears once and the second word is long;
// brand names (CrowdStrike, SharePoint) recur and have short parts.
function isGluedCamelCase(part: string, occurrences: number): boolean {
  const camel = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{6,})$/u.exec(part);
  if (!camel || occurrences > 1) return false;
  return isEnglishWord(camel[1] ?? '') && isEnglishWord(camel[2] ?? '');
}

function tokenCounts(sentences: Sentence[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(TOKEN)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  }
  return counts;
}
