// Titles a person held before or holds elsewhere: "who served for 12 years as chief information officer of a global
// manufacturer", "formerly the CISO". They are biography, not the company's management.
import { testFolded } from './case-folded-pattern.js';
import type { TermMatch } from './lexicon-matches.js';
import { windowStart } from './word-windows.js';

// "has served as the CISO since 2019" is the current role: only a plain past "served as" is a former one.
const FORMER_BEFORE = /(?<![\p{L}])(?:former|formerly|previously|once|(?<!(?:has|have)\s+)(?:served|worked|acted)(?:\s+for\s+[^,.;]{0,24}?)?\s+as|was)\s+(?:(?:a|an|the)\s+)?$/iu;
// "chief information officer of a global manufacturer", "CISO at several banks": another organisation's title; not "our VP,
// Information Security at three of its meetings", "... at several meetings a year".
const ELSEWHERE_AFTER = /^\s*,?\s*(?:of|at|for|with)\s+(?:a|an|another|several|two|three|four|other|various|multiple|large|leading|global)(?![\p{L}])(?!\s+of(?![\p{L}]))(?!(?:\s+[\p{L}-]+){0,3}?\s+(?:meetings?|times|sessions|occasions)(?![\p{L}]))/iu;
const WORDS_BEFORE = 8;

export function isFormerRole(text: string, title: TermMatch): boolean {
  return testFolded(FORMER_BEFORE, text.slice(windowStart(text, title.index, WORDS_BEFORE), title.index)) || testFolded(ELSEWHERE_AFTER, text.slice(title.end, title.end + 40));
}
