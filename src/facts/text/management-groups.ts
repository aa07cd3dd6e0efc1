// Finds management named as a group of people ("senior management", "our management"), not as an activity ("risk management").
import type { Lexicons } from './lexicons.js';
import { lexiconMatches, type TermMatch } from './lexicon-matches.js';
import { lexiconOf } from './lexicon-of.js';
import { forDocumentLetters } from './document-letters.js';

// After these words a bare "management" or "leadership" is people: "from management", "the management".
const PEOPLE_BEFORE = new Set([
  '', 'the', 'our', 'its', 'their', 'from', 'with', 'by', 'to', 'and', 'including', 'of', 'that', 'which', 'where', 'when',
  'while', 'as', 'company’s', "company's", 'inform', 'informs', 'updates', 'update', 'brief', 'briefs', 'alert', 'alerting',
  'for', 'between', 'among', 'other', 'appropriate', 'relevant', 'respective',
]);
// Before these words it is an activity or a thing: "management of", "management program".
const THING_AFTER = /^\s*(?:of|program|programs|process|processes|system|systems|framework|frameworks|plan|plans|strategy|strategies|practices|policies|function|functions|activities|approach|tools|solutions|platform|roles?|['’]s)\b/iu;
const BARE = /^(?:management|leadership)$/i;
const OF_AFTER = /^\s*of\b/iu;
// The last word before a match, to tell "our management" from "the company's management".
const WORD_AT_END = /([\p{L}’']+)[^\p{L}]*$/u;

export function managementGroups(text: string, lexicons: Lexicons): TermMatch[] {
  return lexiconMatches(text, lexiconOf(lexicons, 'management-groups')).filter((match) => {
    const after = text.slice(match.end, match.end + 20);
    // "notifies our management team of alerts": after a group that is people by its name, "of" begins what they are told.
    if (THING_AFTER.test(after) && (BARE.test(match.text) || !OF_AFTER.test(after))) return false;
    if (!BARE.test(match.text)) return true;
    const previous = forDocumentLetters(WORD_AT_END).exec(text.slice(Math.max(0, match.index - 30), match.index));
    return PEOPLE_BEFORE.has((previous?.[1] ?? '').toLowerCase());
  });
}
