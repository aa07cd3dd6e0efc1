// `matchesPattern`: a string fact (e.g. `text`) matches a regular expression.
import { compileSafePattern, firstMatch, PATTERN_VALUE_SCHEMA, testPattern } from './safe-pattern.js';
import { defineOperator } from './operator-definition.js';

export const matchesPattern = defineOperator<RegExp>({
  name: 'matchesPattern',
  description: 'The string fact matches the regular expression (anywhere in it). The pattern is checked for catastrophic backtracking when the rule is loaded; the first 100,000 characters are searched.',
  factKinds: ['string'],
  valueSchema: PATTERN_VALUE_SCHEMA,
  example: { fact: 'text', value: { pattern: 'tabletop\\s+exercises?', flags: 'i' } },
  compile: compileSafePattern,
  evaluate: (factValue, regexp) => typeof factValue === 'string' && testPattern(regexp, factValue),
  describeActual: (factValue, regexp) => (typeof factValue === 'string' ? (firstMatch(regexp, factValue) ?? null) : null),
});
