// Reads Item 106(b)(2) answers in a sentence: which limb (past / forward) and with what stance (affirmed, denied, hedged, question).
import { foldedMatches, foldSentence, type FoldedSentence } from './case-folded-pattern.js';
import type { Lexicons } from './lexicons.js';
import { matchesBetween } from './lexicon-matches.js';
import { lexiconOf } from './lexicon-of.js';
import { negatedBefore } from './negated-before.js';
import { wordsBefore } from './word-windows.js';
import { forDocumentLetters } from './document-letters.js';

export type Limb = 'past' | 'forward';
export type Stance = 'affirmed' | 'denied' | 'hedged' | 'question';

export interface MaterialityStatement {
  limb: Limb;
  stance: Stance;
  text: string;
  index: number;
}

// "materially affect", "have a material effect", and "have, a material effect" after an inserted clause.
const EFFECT = '(?:materially|have,?\\s+(?:a\\s+|an\\s+|any\\s+)?material|result\\s+in\\s+(?:a\\s+|any\\s+)?material|be\\s+material|cause\\s+(?:a\\s+)?material)';
const OUTCOME = '(?:incidents?|breach(?:es)?|attacks?|threats?|events?|risks?|impacts?|effects?|expenses|costs)';

// Past-tense effect wording; a modal or "will" right before it turns it into a forward statement. Each pattern comes after a
// cue it cannot match without (same flags): the patterns are costly, and the cue spares them most sentences.
const PAST: ReadonlyArray<readonly [cue: RegExp, pattern: RegExp]> = [
  [/materially/iu, /(?<![\p{L}])(?:adversely\s+and\s+)?materially\s+(?:and\s+adversely\s+|adversely\s+(?:and\s+)?)?(?:affected|impacted|harmed)(?![\p{L}])/giu],
  [/effect|impact/iu, /(?<![\p{L}])(?:(?:has|have)\s+(?:not\s+)?had|had|resulted\s+in|caused|(?:did|does|do)\s+not\s+have)\s+(?:any\s+|a\s+|an\s+)?(?:material(?:ly)?\s+(?:adverse\s+)?|adverse\s+material\s+)(?:effects?|impacts?)(?![\p{L}])/giu],
  [/incident|breach|attack|threat|event|intrusion/iu, /(?<![\p{L}])(?:experienced|identified|suffered|detected|encountered|had|aware\s+of)\s+(?:[\p{L}-]+\s+){0,3}?material\s+(?:cyber(?:security|-security|\s+security)?\s+|information\s+security\s+|security\s+|data\s+)?(?:incidents?|breach(?:es)?|attacks?|threats?|events?|intrusions?)(?![\p{L}])/giu],
  // "we did not experience any cybersecurity incident that we determined to be material"
  [/incident|breach|attack|event/iu, /(?<![\p{L}])(?:experienced|experience|identified|identify|suffered|had|detected)\s+(?:[\p{L}-]+\s+){0,4}?(?:incidents?|breach(?:es)?|attacks?|events?)\s+(?:that|which)\s+(?:we\s+)?(?:have\s+)?(?:(?:believe|believed|determined|deem|deemed|consider|considered|concluded|assessed)\s+)?(?:to\s+be|to\s+have\s+been|were|was|are|is|as|been)\s+material(?![\p{L}])/giu],
  // "have not had, and are not reasonably likely to have, a material effect": the object comes after an inserted clause.
  [/had/iu, /(?<![\p{L}])(?:has|have)\s+not\s+had\s*,?\s+(?:and|or|nor)(?![\p{L}])[^.;]{0,140}?(?:a|any)\s+material(?:ly)?\s+(?:adverse\s+)?(?:effects?|impacts?)(?![\p{L}])/giu],
  // "the impact of these incidents has not been material", "none of which was material", "costs were immaterial".
  [/not\s+(?:been\s+)?material|immaterial/iu, new RegExp(`(?<![\\p{L}])${OUTCOME}(?![\\p{L}])[^.;]{0,80}?(?:has|have|was|were)\\s+(?:not\\s+(?:been\\s+)?material|been\\s+immaterial|immaterial)(?![\\p{L}])`, 'giu')],
  [/none/iu, /(?<![\p{L}])none\s+of\s+(?:which|these|them|those|the)[^.;]{0,60}?(?:was|were|has\s+been|have\s+been|is|are)\s+material(?![\p{L}])/giu],
  [/there/iu, /(?<![\p{L}])there\s+(?:were|was|have\s+been|has\s+been)\s+no\s+(?:[\p{L}-]+\s+){0,2}?material\s+(?:cyber(?:security)?\s+|information\s+security\s+|security\s+)?(?:incidents?|breach(?:es)?|attacks?)(?![\p{L}])/giu],
];
// "We have not experienced any cybersecurity incidents": with no incident at all there was no material effect. Without the
// negation ("we have experienced incidents") such a sentence says nothing about materiality, so it only ever denies.
const NO_INCIDENTS = /(?<![\p{L}])(?:(?:experienced|encountered|identified|suffered|detected|had|aware\s+of)\s+(?:any\s+)?|there\s+(?:have\s+been|has\s+been|were|was)\s+no\s+)(?:known\s+|significant\s+)?(?:cyber(?:security|-security|\s+security)?\s+|information\s+security\s+|security\s+)(?:incidents?|breach(?:es)?|attacks?)(?![\p{L}])/giu;
const INCIDENT_WORD = /incident|breach|attack/i;
const NO_INCIDENTS_CUE = /experienced|encountered|identified|suffered|detected|had|aware|there/iu;
// Forward wording: "reasonably likely to", expectations, and "will ... material" (each after its cue, as above).
const FORWARD: ReadonlyArray<readonly [cue: RegExp, pattern: RegExp]> = [
  // "... and we do not believe they are reasonably likely to." ends the sentence on the limb's own words.
  [/reasonably/iu, new RegExp(`(?<![\\p{L}])reasonably\\s+(?:be\\s+)?(?:likely|expected)\\s+to(?:\\s+[^.;]{0,40}?${EFFECT}|\\s+do\\s+so|(?=\\s*[.;,)]|\\s*$))`, 'giu')],
  [/likely/iu, new RegExp(`(?<![\\p{L}])(?:unlikely|not\\s+(?:reasonably\\s+)?likely)\\s+to(?:\\s+[^.;]{0,40}?${EFFECT}|\\s+do\\s+so|(?=\\s*[.;,)]|\\s*$))`, 'giu')],
  [/expect|anticipate/iu, new RegExp(`(?<![\\p{L}])(?:expects?|expected|anticipates?|anticipated)(?![\\p{L}])[^.;]{0,80}?${EFFECT}`, 'giu')],
  [/may|might|could|can|would/u, new RegExp(`(?<![\\p{L}])(?:may|might|could|can|would)\\s+(?:[\\p{L}-]+\\s+){0,3}?${EFFECT}`, 'gu')],
  [/will/iu, new RegExp(`(?<![\\p{L}])will\\s+(?:not\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${EFFECT}|experience\\s+(?:a\\s+|any\\s+)?material)`, 'giu')],
];
// Lower case only: "in May" is a month, not a modal.
const MODAL_OR_WILL = /(?<![\p{L}])(?:may|might|could|can|would|will)(?![\p{L}])/u;
const MODAL = /^(?:may|might|could|can|would)$/u;
const MODAL_BEFORE = /(?<![\p{L}])(?:may|might|could|can|would)(?![\p{L}])/u;
const FIRST_WORD = /^[\p{L}]+/u;
const WHETHER = /(?<![\p{L}])whether(?![\p{L}])/iu;
const NEGATION_INSIDE = /(?<![\p{L}])(?:no|not|never|none|unlikely|immaterial)(?![\p{L}])/iu;
const LEADING_SUBORDINATE = /^\s*(?:although|though|even\s+though|while|whereas)(?![\p{L}])[^,]*,/iu;
// "could reasonably be expected to" is the standard's own wording, not a hedge.
const REASONABLY = /^reasonably(?![\p{L}])/iu;
// The materiality answer's subject can be long ("any risks from cybersecurity threats, including ..., that"), so negation reaches far.
const ANSWER_REACH = 30;

export function materialityStatements(text: string, lexicons: Lexicons): MaterialityStatement[] {
  const statements: MaterialityStatement[] = [];
  const folded = foldSentence(text);
  // The incident pattern is costly and most sentences name no incident, breach or attack.
  const namesIncident = INCIDENT_WORD.test(text) && NO_INCIDENTS_CUE.test(text);
  for (const match of namesIncident ? foldedMatches(text, folded, NO_INCIDENTS) : []) {
    const found: MaterialityStatement = { limb: 'past', stance: stance(text, folded, match.index, match.text, lexicons), text: match.text, index: match.index };
    if (found.stance === 'denied') statements.push(found);
  }
  // Every other pattern names materiality; most sentences do not.
  if (!/material/i.test(text)) return statements;
  const add = (limb: Limb, match: { index: number; text: string }): void => {
    const { index } = match;
    if (statements.some((other) => index >= other.index && index < other.index + other.text.length)) return;
    statements.push({ limb, stance: stance(text, folded, index, match.text, lexicons), text: match.text, index });
  };
  for (const [cue, pattern] of FORWARD) {
    if (!cue.test(text)) continue;
    // Without `i` the pattern is case-sensitive on purpose (lower-case modals) and reads the sentence as written.
    const matches = pattern.flags.includes('i') ? foldedMatches(text, folded, pattern) : [...text.matchAll(pattern)].map((match) => ({ index: match.index, text: match[0] }));
    for (const match of matches) add('forward', match);
  }
  for (const [cue, pattern] of PAST) {
    if (cue.test(text)) for (const match of foldedMatches(text, folded, pattern)) add(forDocumentLetters(MODAL_OR_WILL).test(wordsBefore(text, match.index, 3)) ? 'forward' : 'past', match);
  }
  return statements.sort((a, b) => a.index - b.index);
}

function stance(text: string, folded: FoldedSentence, index: number, matched: string, lexicons: Lexicons): Stance {
  if (folded.pattern(WHETHER).test(folded.text.slice(0, index))) return 'question';
  // A disclaimer governs the rest of its sentence, except from inside a leading subordinate clause: "While there can be no
  // assurance of future results, we do not believe ..." still denies.
  const leading = folded.pattern(LEADING_SUBORDINATE).exec(folded.text);
  const from = leading && leading[0].length <= index ? leading[0].length : 0;
  if (matchesBetween(text, lexiconOf(lexicons, 'disclaimers'), from, index).length > 0) return 'hedged';
  const firstWord = forDocumentLetters(FIRST_WORD).exec(matched)?.[0] ?? '';
  const foldedMatch = folded.text.slice(index, index + matched.length);
  if (MODAL.test(firstWord) || (!folded.pattern(REASONABLY).test(foldedMatch) && forDocumentLetters(MODAL_BEFORE).test(wordsBefore(text, index, 3)))) return 'hedged';
  if (folded.pattern(NEGATION_INSIDE).test(foldedMatch) || negatedBefore(text, index, ANSWER_REACH)) return 'denied';
  return 'affirmed';
}
