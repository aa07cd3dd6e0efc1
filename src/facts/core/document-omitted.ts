// Whether the item is only "Not applicable", "Omitted", "None" or a bare cross-reference instead of a disclosure.
import type { Sentence } from '../../model/disclosure.js';
import { defineFact } from '../fact.js';
import { allSentences, wordCount } from '../text/prose.js';

// A disclosure this short cannot describe processes and governance; longer text is judged by the content rules.
const SHORT_ITEM_WORDS = 80;
const OMISSION = /\b(?:not\s+applicable|n\/a|omitted|intentionally\s+(?:left\s+)?(?:blank|omitted)|\[?reserved\]?)\b/i;
// "None." is an answer only on its own: "none of these incidents has materially affected us" is a disclosure.
const NONE_ALONE = /^\W*none\W*$/i;
const CROSS_REFERENCE = /\b(?:see|refer\s+to|incorporated\s+(?:herein\s+)?by\s+reference|(?:is|are)\s+(?:set\s+forth|included|contained|presented)\s+in|under\s+the\s+(?:heading|caption))\b/i;

export const documentOmitted = defineFact<boolean>({
  id: 'document.omitted',
  description: 'Whether the item holds no disclosure: no prose, or a short text that only says "Not applicable", "Omitted", "None" or points elsewhere.',
  type: 'boolean',
  example: false,
  compute({ model }) {
    const sentences = allSentences(model);
    if (sentences.length === 0) return { value: true, evidence: model.sections.slice(0, 1).map((section) => section.span) };
    if (moreWordsThan(sentences, SHORT_ITEM_WORDS)) return { value: false, evidence: [] };
    const omissions = sentences.filter((sentence) => OMISSION.test(sentence.text) || NONE_ALONE.test(sentence.text) || CROSS_REFERENCE.test(sentence.text));
    const onlyOmission = omissions.length === sentences.length;
    return { value: onlyOmission, evidence: onlyOmission ? omissions.map((sentence) => sentence.span) : [] };
  },
});

// Counting stops once the limit is passed: a full item has thousands of words.
function moreWordsThan(sentences: readonly Sentence[], limit: number): boolean {
  let words = 0;
  for (const sentence of sentences) {
    words += wordCount(sentence.text);
    if (words > limit) return true;
  }
  return false;
}
