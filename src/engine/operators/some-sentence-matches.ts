// `someSentenceMatches`: some sentence matches a regular expression (or all of a list of them); the matching sentences are the evidence.
import type { Span } from '../../model/disclosure.js';
import { compileSafePattern, PATTERN_VALUE_SCHEMA, testPattern } from './safe-pattern.js';
import { defineOperator, OperatorValueError } from './operator-definition.js';
import { alignedEvidence, stringItems } from './string-items.js';

// Enough matching sentences to explain a result without copying the draft into the report.
const MAX_QUOTED = 5;

export const someSentenceMatches = defineOperator<RegExp[]>({
  name: 'someSentenceMatches',
  description: 'At least one sentence of the list fact (`sentences`) matches the regular expression; given a list of patterns, one sentence must match every one of them (in any order), which keeps each pattern simple. A pass quotes the matching sentences; under `not` with `locate: "each:sentences"`, each matching sentence is a failure of its own (a banned phrase). Patterns are checked for catastrophic backtracking when the rule is loaded; each sentence is searched up to 100,000 characters.',
  factKinds: ['string[]'],
  valueSchema: {
    ...PATTERN_VALUE_SCHEMA,
    type: ['string', 'object', 'array'],
    description: `${PATTERN_VALUE_SCHEMA.description} A list of such patterns means all of them in the same sentence.`,
    minItems: 1,
    items: patternItemSchema(),
    examples: [...PATTERN_VALUE_SCHEMA.examples, ['\\baudit\\s+committee\\b', { pattern: '\\bovers(?:ee|ees|eeing|ight)\\b', flags: 'i' }]],
  },
  example: { fact: 'sentences', value: { pattern: 'never\\s+experienced\\s+(?:a|any)\\s+cybersecurity\\s+incident', flags: 'i' } },
  compile: (value) => (Array.isArray(value) ? value.map((item: unknown, index) => compileAt(item, `/${index}`)) : [compileSafePattern(value)]),
  evaluate: (factValue, patterns) => stringItems(factValue).some((sentence) => matchesAll(patterns, sentence)),
  matchedEvidence: (factValue, patterns, factEvidence): Span[] => alignedEvidence(factValue, factEvidence, (sentence) => matchesAll(patterns, sentence)),
  describeActual: (factValue, patterns) => stringItems(factValue).filter((sentence) => matchesAll(patterns, sentence)).slice(0, MAX_QUOTED),
});

function patternItemSchema(): Record<string, unknown> {
  const { examples: _examples, ...schema } = PATTERN_VALUE_SCHEMA;
  return schema;
}

function matchesAll(patterns: readonly RegExp[], sentence: string): boolean {
  return patterns.every((regexp) => testPattern(regexp, sentence));
}

// A problem in the third pattern of a list is located at that pattern.
function compileAt(value: unknown, pointer: string): RegExp {
  try {
    return compileSafePattern(value);
  } catch (error) {
    if (error instanceof OperatorValueError) throw new OperatorValueError(error.problem, error.hint, `${pointer}${error.pointer}`);
    throw error;
  }
}
