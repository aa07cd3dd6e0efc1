// Finds management titles in a sentence: the titles lexicon, abbreviations the draft defines, and open-ended forms ("Chief ... Officer").
import { foldedMatches, foldSentence } from './case-folded-pattern.js';
import { documentMemo } from './document-memo.js';
import type { Lexicons } from './lexicons.js';
import { lexiconMatches, type TermMatch } from './lexicon-matches.js';
import { lexiconOf } from './lexicon-of.js';

// New C-suite titles keep appearing ("Chief Trust Officer"), so any "Chief ... Officer" is a title.
const CHIEF_OFFICER = /(?<![\p{L}])chief\s+(?:[\p{L}&-]+,?\s+){1,5}?officer(?![\p{L}])/giu;
// Heads of a security or technology function: "Vice President, Corporate Information Security", "leaders from our Information
// Security ... teams", "Vice President of Engineering".
const FUNCTION_LEADER = /(?<![\p{L}])(?:(?:senior|executive|group|global|corporate|assistant|associate)\s+)?(?:vice\s+presidents?|s?vps?|evps?|director|heads?|leaders?|managers?)(?:,\s*|\s+of\s+|\s+for\s+|\s+from\s+|\s+in\s+)(?:our\s+|the\s+|its\s+)?(?:[\p{L}&-]+,?\s+){0,3}?(?:information\s+security|cyber\s?security|cyber|security|information\s+technology|it|technology|privacy|(?:network|it|technology|infrastructure)\s+operations|infrastructure|engineering)(?![\p{L}])/giu;
// "VP Information Technology", "Senior Vice President Information Security": a vice president's function may follow with no
// "of" or comma.
const VP_FUNCTION = /(?<![\p{L}])(?:(?:senior|executive|group|global|corporate)\s+)?(?:vice\s+president|s?vp|evp)\s+(?:information\s+security|cyber\s?security|information\s+technology|it|technology|security)(?![\p{L}])/giu;
// "Senior Executive Officer in charge of IT" (Japanese and other two-tier companies), "Managing Director responsible for
// Information Security": an officer named by the function put in their charge.
const OFFICER_IN_CHARGE = /(?<![\p{L}])(?:(?:senior|managing|executive)\s+)?(?:executive\s+officer|managing\s+director|executive\s+director|officer)\s+(?:in\s+charge\s+of|responsible\s+for)\s+(?:our\s+|the\s+)?(?:information\s+security|cyber\s?security|information\s+technology|it|technology|security|digital(?:\s+transformation)?|information\s+systems)(?![\p{L}])/giu;
// "Privacy and Security Officer", "HIPAA Security Officer", "IT Security Officer": an officer named by the security or privacy
// function (capitalised, as a title is; "a security officer" at the gate is not one).
const SECURITY_OFFICER = /(?<![\p{L}])(?:(?:[\p{L}]+\s+(?:and|&)\s+)|(?:information|it|cyber|hipaa|data|corporate|group)\s+)?(?:security|privacy|cybersecurity)\s+officer(?![\p{L}])/giu;
// Cheap cues first: the open-ended patterns only run on sentences that could hold them.
const OPEN_ENDED: [RegExp, RegExp][] = [
  [/chief/i, CHIEF_OFFICER],
  [/president|vps?\b|director|head|leader|manager/i, FUNCTION_LEADER],
  [/president|vp\s/i, VP_FUNCTION],
  [/in\s+charge\s+of|responsible\s+for/i, OFFICER_IN_CHARGE],
  [/(?:Security|Privacy)\s+Officer/, SECURITY_OFFICER],
];
const NOT_MANAGEMENT_BEFORE = /(?:independent|non-executive|board|outside|lead)\s*$/iu;
const NO_ALIASES: readonly string[] = Object.freeze([]);

// Every fact asks about titles in the same sentences; the open-ended patterns are costly, so answers are remembered for
// the document, by title list, then alias list, then sentence.
const MEMO_LIMIT = 4000;
const memo = documentMemo<readonly string[], Map<readonly string[], Map<string, readonly TermMatch[]>>>(MEMO_LIMIT);

export function managementTitles(text: string, lexicons: Lexicons, aliases: readonly string[] = NO_ALIASES): readonly TermMatch[] {
  const titles = lexiconOf(lexicons, 'management-titles');
  const byTitles = memo();
  let byAliases = byTitles.get(titles);
  if (!byAliases) byTitles.set(titles, (byAliases = new Map()));
  let byText = byAliases.get(aliases);
  if (!byText || byText.size >= MEMO_LIMIT) byAliases.set(aliases, (byText = new Map()));
  let found = byText.get(text);
  if (!found) {
    found = Object.freeze(findTitles(text, titles, aliases));
    byText.set(text, found);
  }
  return found;
}

function findTitles(text: string, titles: readonly string[], aliases: readonly string[]): TermMatch[] {
  const found = [...lexiconMatches(text, titles)];
  const add = (match: TermMatch): void => {
    if (!found.some((other) => match.index < other.end && other.index < match.end)) found.push(match);
  };
  if (aliases.length > 0) lexiconMatches(text, aliases).forEach(add);
  // The open-ended patterns are case-insensitive: they read the lower-cased sentence (see case-folded-pattern).
  const folded = foldSentence(text);
  for (const [cue, pattern] of OPEN_ENDED) {
    if (!cue.test(text)) continue;
    for (const match of foldedMatches(text, folded, pattern)) {
      if (folded.pattern(NOT_MANAGEMENT_BEFORE).test(folded.text.slice(Math.max(0, match.index - 20), match.index))) continue;
      if (pattern === SECURITY_OFFICER && !/^\p{Lu}/u.test(match.text)) continue;
      add({ text: match.text, index: match.index, end: match.index + match.text.length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
