// `someSentenceMatches`: at least one sentence matches a regular expression; the matching sentences are the evidence.
import type { Span } from '../../model/disclosure.js';
import { compileSafePattern, PATTERN_VALUE_SCHEMA, testPattern } from './safe-pattern.js';
import { defineOperator } from './operator-definition.js';
import { alignedEvidence, stringItems } from './string-items.js';

// Enough matching sentences to explain a result without copying the draft into the report.
const MAX_QUOTED = 5;

export const someSentenceMatches = defineOperator<RegExp>({
  name: 'someSentenceMatches',
  description: 'At least one sentence of the list fact (`sentences`) matches the regular expression. A pass quotes the matching sentences; under `not` with `locate: "each:sentences"`, each matching sentence is a failure of its own (a banned phrase). Patterns are checked for catastrophic backtracking when the rule is loaded.',
  factKinds: ['string[]'],
  valueSchema: PATTERN_VALUE_SCHEMA,
  example: { fact: 'sentences', value: { pattern: 'never\\s+experienced\\s+(?:a|any)\\s+cybersecurity\\s+incident', flags: 'i' } },
  compile: compileSafePattern,
  evaluate: (factValue, regexp) => stringItems(factValue).some((sentence) => testPattern(regexp, sentence)),
  matchedEvidence: (factValue, regexp, factEvidence): Span[] => alignedEvidence(factValue, factEvidence, (sentence) => testPattern(regexp, sentence)),
  describeActual: (factValue, regexp) => stringItems(factValue).filter((sentence) => testPattern(regexp, sentence)).slice(0, MAX_QUOTED),
});
