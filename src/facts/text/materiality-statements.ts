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
// "... are reasonably likely to have such an effect": a back-reference to a material effect named earlier in the sentence
// (every pattern here runs only on sentences that say "material").
const EFFECT = '(?:materially|have,?\\s+(?:a\\s+|an\\s+|any\\s+)?material|result\\s+in\\s+(?:a\\s+|any\\s+)?material|be\\s+material|cause\\s+(?:a\\s+)?material|have\\s+(?:such\\s+an?|that|this|a\\s+similar|the\\s+same)\\s+(?:effect|impact))';
const OUTCOME = '(?:incidents?|breach(?:es)?|attacks?|threats?|events?|risks?|impacts?|effects?|expenses|costs)';

// "did not experience", "do not have": a base form answers only after a negated "do" ("we may experience ..." answers
// nothing). The pattern looks back for the negation rather than matching it, so it stays where the stance reads it.
const DID_NOT = '(?:did|does|do)\\s+not\\s+(?:(?:ever|yet|previously)\\s+)?';
// The base form is matched first and the negation looked for behind it: a pattern that opened on a look-behind would try
// it at every position of every sentence, where one that opens on words skips ahead to them.
const BASE_FORM = '(?:experience|identify|suffer|detect|encounter|have)';
const FOUND = `(?:experienced|identified|suffered|detected|encountered|had|aware\\s+of|${BASE_FORM}(?<=${DID_NOT}${BASE_FORM}))`;
const MATERIALLY = '(?:adversely\\s+and\\s+)?materially\\s+(?:and\\s+adversely\\s+|adversely\\s+(?:and\\s+)?)?';
const INCIDENT_KIND = '(?:cyber(?:security|-security|\\s+security)?\\s+|information\\s+security\\s+|security\\s+)';
// "an incident response plan" names a process, not an incident.
const INCIDENT = '(?:incidents?|breach(?:es)?|attacks?)(?![\\p{L}])(?!\\s+(?:response|management|handling|reporting|notification|readiness|preparedness|plans?|polic(?:y|ies)|procedures?|process(?:es)?|teams?|playbooks?|simulations?|exercises?|surface)(?![\\p{L}]))';
const INCIDENT_CUE = /incident|breach|attack/i;
// A participle, "had", "aware", "there", or the negated "do" a base form needs (see FOUND).
const FOUND_CUE = /experienced|identified|suffered|detected|encountered|had|aware|there|d(?:id|oes|o)\s+not/i;
// "a material effect" as the object of "have had" or "have", after an inserted clause or not.
const MATERIAL_OBJECT = '(?:a|any)\\s+material(?:ly)?\\s+(?:adverse\\s+)?(?:effects?|impacts?)(?![\\p{L}])';
// "... has had, or that we believe is reasonably likely to have, a material effect": "or" joins two verbs with one subject
// and one object, so a negation before the first also governs an answer inside the inserted clause (see negationAnchor).
const INSERTED_OR_CUE = /had\s*,/iu;
const INSERTED_OR = new RegExp(`(?<![\\p{L}])(?:has|have)\\s+(?:not\\s+)?had\\s*,\\s+(?:or|nor)(?![\\p{L}])[^.;]{0,140}?,\\s+${MATERIAL_OBJECT}`, 'giu');

// Past-tense effect wording; a modal or "will" right before it turns it into a forward statement. Each pattern comes after a
// cue it cannot match without (same flags): the patterns are costly, and the cue spares them most sentences.
const PAST: ReadonlyArray<readonly [cue: RegExp, pattern: RegExp]> = [
  [/materially/iu, new RegExp(`(?<![\\p{L}])${MATERIALLY}(?:affected|impacted|harmed|(?:affect|impact|harm)(?<=${DID_NOT}${MATERIALLY}(?:affect|impact|harm)))(?![\\p{L}])`, 'giu')],
  [/effect|impact/iu, /(?<![\p{L}])(?:(?:has|have)\s+(?:not\s+)?had|had|resulted\s+in|caused|(?:did|does|do)\s+not\s+have)\s+(?:any\s+|a\s+|an\s+)?(?:material(?:ly)?\s+(?:adverse\s+)?|adverse\s+material\s+)(?:effects?|impacts?)(?![\p{L}])/giu],
  [/incident|breach|attack|threat|event|intrusion/iu, new RegExp(`(?<![\\p{L}])${FOUND}\\s+(?:[\\p{L}-]+\\s+){0,3}?material\\s+(?:cyber(?:security|-security|\\s+security)?\\s+|information\\s+security\\s+|security\\s+|data\\s+)?(?:incidents?|breach(?:es)?|attacks?|threats?|events?|intrusions?)(?![\\p{L}])`, 'giu')],
  // "we did not experience any cybersecurity incident that we determined to be material"
  [/incident|breach|attack|event/iu, /(?<![\p{L}])(?:experienced|experience|identified|identify|suffered|had|detected)\s+(?:[\p{L}-]+\s+){0,4}?(?:incidents?|breach(?:es)?|attacks?|events?)\s+(?:that|which)\s+(?:we\s+)?(?:have\s+)?(?:(?:believe|believed|determined|deem|deemed|consider|considered|concluded|assessed)\s+)?(?:to\s+be|to\s+have\s+been|were|was|are|is|as|been)\s+material(?![\p{L}])/giu],
  // "have not had, and are not reasonably likely to have, a material effect": the object comes after an inserted clause.
  [/had/iu, new RegExp(`(?<![\\p{L}])(?:has|have)\\s+not\\s+had\\s*,?\\s+(?:and|or|nor)(?![\\p{L}])[^.;]{0,140}?${MATERIAL_OBJECT}`, 'giu')],
  // "the impact of these incidents has not been material", "none of which was material", "costs were immaterial".
  [/not\s+(?:been\s+)?material|immaterial/iu, new RegExp(`(?<![\\p{L}])${OUTCOME}(?![\\p{L}])[^.;]{0,80}?(?:has|have|was|were)\\s+(?:not\\s+(?:been\\s+)?material|been\\s+immaterial|immaterial)(?![\\p{L}])`, 'giu')],
  [/none/iu, /(?<![\p{L}])none\s+of\s+(?:which|these|them|those|the)[^.;]{0,60}?(?:was|were|has\s+been|have\s+been|is|are)\s+material(?![\p{L}])/giu],
  // "... reasonably likely to materially affect us, and no such risk has done so to date": the effect named before is left
  // out (every pattern here runs only on sentences that say "material").
  [/done\s+so/iu, /(?<![\p{L}])(?:has|have)\s+(?:not\s+)?(?:yet\s+)?done\s+so(?![\p{L}])/giu],
  [/there/iu, /(?<![\p{L}])there\s+(?:were|was|have\s+been|has\s+been)\s+no\s+(?:[\p{L}-]+\s+){0,2}?material\s+(?:cyber(?:security)?\s+|information\s+security\s+|security\s+)?(?:incidents?|breach(?:es)?|attacks?)(?![\p{L}])/giu],
];
const RELATIVE_CLAUSE = /^\s+(?:that|which)\s+[^.;]*/iu;
// The materiality answer's subject can be long ("any risks from cybersecurity threats, including ..., that"), so negation reaches far.
const ANSWER_REACH = 30;
// "any" is itself a sign of a negation, which may then stand far back; "a" is not, so "has not experienced a breach" needs it near.
const NEAR_REACH = 4;
// Statements that only ever deny, each with the reach of the negation it needs and after the cues it cannot match without.
// "We have not experienced any cybersecurity incidents": with no incident there was no material effect, but without the
// negation ("we have experienced incidents") the sentence says nothing about materiality; nor does an incident "that has
// had, or may have, a material effect".
const DENIALS: ReadonlyArray<readonly [cues: ReadonlyArray<RegExp>, pattern: RegExp, reach: number]> = [
  [[INCIDENT_CUE, FOUND_CUE], new RegExp(`(?<![\\p{L}])(?:${FOUND}\\s+(?:any\\s+)?|there\\s+(?:have\\s+been|has\\s+been|were|was)\\s+no\\s+)(?:known\\s+)?${INCIDENT_KIND}${INCIDENT}`, 'giu'), ANSWER_REACH],
  [[INCIDENT_CUE, FOUND_CUE], new RegExp(`(?<![\\p{L}])${FOUND}\\s+(?:an?|a\\s+single)\\s+(?:known\\s+)?${INCIDENT_KIND}${INCIDENT}`, 'giu'), NEAR_REACH],
  // "No material cybersecurity incidents occurred in 2024", "no information security breaches have been identified".
  [[INCIDENT_CUE, /no\s/iu], new RegExp(`(?<![\\p{L}])no\\s+(?:(?:known|other)\\s+)?(?:material\\s+${INCIDENT_KIND}?|${INCIDENT_KIND})${INCIDENT}(?:,?\\s+[\\p{L}\\p{N}-]+){0,6}?,?\\s+(?:(?:has|have)\\s+(?:been\\s+)?|(?:was|were)\\s+)?(?:occurred|identified|detected|experienced|discovered|encountered|suffered|reported|took\\s+place)(?![\\p{L}])`, 'giu'), ANSWER_REACH],
  // The match ends at "or", so that the forward answer in the inserted clause is read on its own.
  [[/had/iu], new RegExp(`(?<![\\p{L}])(?:has|have)\\s+had\\s*,?\\s+(?:or|nor)(?![\\p{L}])(?=[^.;]{0,140}?\\s${MATERIAL_OBJECT})`, 'giu'), ANSWER_REACH],
];
// Forward wording: "reasonably likely to", expectations, and "will ... material" (each after its cue, as above).
const FORWARD: ReadonlyArray<readonly [cue: RegExp, pattern: RegExp]> = [
  // "... and we do not believe they are reasonably likely to." ends the sentence on the limb's own words.
  [/reasonably/iu, new RegExp(`(?<![\\p{L}])reasonably\\s+(?:be\\s+)?(?:likely|expected)\\s+to(?:\\s+[^.;]{0,40}?${EFFECT}|\\s+do\\s+so|(?=\\s*[.;,)]|\\s*$))`, 'giu')],
  [/likely/iu, new RegExp(`(?<![\\p{L}])(?:unlikely|not\\s+(?:reasonably\\s+)?likely)\\s+to(?:\\s+[^.;]{0,40}?${EFFECT}|\\s+do\\s+so|(?=\\s*[.;,)]|\\s*$))`, 'giu')],
  // "... and we do not consider it reasonably likely that they will do so": the likelihood put as a clause.
  // "... nor do we currently consider it reasonably likely that they will.": the effect named before is left out.
  [/likely\s+that/iu, new RegExp(`(?<![\\p{L}])(?:reasonably\\s+)?(?:likely|unlikely)\\s+that\\s+[^.;]{0,60}?(?:will|would)(?:\\s+(?:not\\s+)?(?:do\\s+so|[^.;]{0,40}?${EFFECT})|(?=\\s*[.;,)]|\\s*$))`, 'giu')],
  // "we do not expect risks from cybersecurity threats, including as a result of any previous incidents, to materially
  // affect ...": the subject of the expectation can carry the standard's own inserted clause.
  [/expect|anticipate/iu, new RegExp(`(?<![\\p{L}])(?:expects?|expected|anticipates?|anticipated)(?![\\p{L}])[^.;]{0,120}?${EFFECT}`, 'giu')],
  // "... have not had a material effect on us, nor do we presently expect that they will.": the effect named before is left
  // out, so the expectation must end its clause (every pattern here runs only on sentences that say "material").
  [/expect|anticipate|believe/iu, new RegExp(`(?<![\\p{L}])(?:expects?|expected|anticipates?|anticipated|believes?)\\s+(?:that\\s+)?(?:they|it|them|such\\s+(?:risks|threats|incidents)|these\\s+(?:risks|threats|incidents))\\s+(?:will|would|to)(?:\\s+do\\s+so)?(?:\\s+in\\s+the\\s+future)?(?=\\s*[.;,)]|\\s*$)`, 'giu')],
  // "... and we have concluded that no such effect is reasonably likely", "we do not consider a material effect from
  // cybersecurity threats to be reasonably likely": the effect named as the subject of the likelihood, in the same clause.
  [/likely/iu, new RegExp(`(?<![\\p{L}])(?:effects?|impacts?)(?![\\p{L}])[^.;,]{0,80}?(?:to\\s+be|is|are|would\\s+be)\\s+(?:reasonably\\s+)?likely(?![\\p{L}])`, 'giu')],
  [/may|might|could|can|would/u, new RegExp(`(?<![\\p{L}])(?:may|might|could|can|would)\\s+(?:[\\p{L}-]+\\s+){0,3}?${EFFECT}`, 'gu')],
  [/will/iu, new RegExp(`(?<![\\p{L}])will\\s+(?:not\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${EFFECT}|experience\\s+(?:a\\s+|any\\s+)?material)`, 'giu')],
];
// Two tests rather than one alternation: a pattern that opens on a literal word is searched for, not tried at every position.
const MATERIAL = /material/i;
const SUCH_AN_EFFECT = /such\s+an?\s+(?:effect|impact)/i;
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

export function materialityStatements(text: string, lexicons: Lexicons): MaterialityStatement[] {
  const folded = foldSentence(text);
  const statements = denials(text, folded, lexicons);
  // Every other pattern names materiality, or refers back to it ("will have such an effect"); most sentences do neither.
  if (!MATERIAL.test(text) && !SUCH_AN_EFFECT.test(text)) return statements;
  const inserted = INSERTED_OR_CUE.test(text) ? [...foldedMatches(text, folded, INSERTED_OR)] : [];
  const add = (limb: Limb, match: { index: number; text: string }): void => {
    const { index } = match;
    if (statements.some((other) => index >= other.index && index < other.index + other.text.length)) return;
    statements.push({ limb, stance: stance(text, folded, match, lexicons, negationAnchor(inserted, index)), text: match.text, index });
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

// Past statements that count only when denied (see DENIALS).
function denials(text: string, folded: FoldedSentence, lexicons: Lexicons): MaterialityStatement[] {
  const found: MaterialityStatement[] = [];
  // The patterns share cues: each is tested once per sentence.
  const cueResults = new Map<RegExp, boolean>();
  const passes = (cue: RegExp): boolean => {
    let result = cueResults.get(cue);
    if (result === undefined) cueResults.set(cue, (result = cue.test(text)));
    return result;
  };
  for (const [cues, pattern, reach] of DENIALS) {
    if (!cues.every(passes)) continue;
    for (const match of foldedMatches(text, folded, pattern)) {
      if (narrowedToOtherHarm(folded, match.index + match.text.length)) continue;
      if (stance(text, folded, match, lexicons, match.index, reach) === 'denied') found.push({ limb: 'past', stance: 'denied', text: match.text, index: match.index });
    }
  }
  return found;
}

// "We have not experienced a cybersecurity incident that disrupted our operations": no incident of one kind says nothing of
// the others, which may still have had a material effect. A relative clause that names materiality is read by PAST.
function narrowedToOtherHarm(folded: FoldedSentence, end: number): boolean {
  const clause = folded.pattern(RELATIVE_CLAUSE).exec(folded.text.slice(end));
  return clause !== null && !/material/iu.test(clause[0]);
}

// Where the negation governing a statement is read back from: the "had" before an inserted "or" clause holding the
// statement ("has not had, or ...", "an incident that has had, or ..."), else the statement itself.
function negationAnchor(inserted: ReadonlyArray<{ index: number; text: string }>, index: number): number {
  const clause = inserted.find((candidate) => candidate.index < index && index < candidate.index + candidate.text.length);
  return clause ? clause.index + clause.text.toLowerCase().indexOf('had') : index;
}

function stance(text: string, folded: FoldedSentence, match: { index: number; text: string }, lexicons: Lexicons, anchor: number, reach = ANSWER_REACH): Stance {
  const { index, text: matched } = match;
  // "whether ..." asks; so does a heading or sentence that ends in a question mark ("Have threats materially affected us?").
  if (folded.pattern(WHETHER).test(folded.text.slice(0, index)) || text.trimEnd().endsWith('?')) return 'question';
  // A disclaimer governs the rest of its sentence, except from inside a leading subordinate clause: "While there can be no
  // assurance of future results, we do not believe ..." still denies.
  const leading = folded.pattern(LEADING_SUBORDINATE).exec(folded.text);
  const from = leading && leading[0].length <= index ? leading[0].length : 0;
  if (matchesBetween(text, lexiconOf(lexicons, 'disclaimers'), from, index).length > 0) return 'hedged';
  const firstWord = forDocumentLetters(FIRST_WORD).exec(matched)?.[0] ?? '';
  const foldedMatch = folded.text.slice(index, index + matched.length);
  if (MODAL.test(firstWord) || (!folded.pattern(REASONABLY).test(foldedMatch) && forDocumentLetters(MODAL_BEFORE).test(wordsBefore(text, index, 3)))) return 'hedged';
  if (folded.pattern(NEGATION_INSIDE).test(foldedMatch) || negatedBefore(text, anchor, reach)) return 'denied';
  return 'affirmed';
}
