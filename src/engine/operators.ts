// The operators rules may use: json-rules-engine's built-ins plus disclosure-lint's own (one file each in operators/).
import { BUILTIN_OPERATOR_INFO } from './operators/builtin-operators.js';
import { containsAnyTerm } from './operators/contains-any-term.js';
import { countAtLeast } from './operators/count-at-least.js';
import { countAtMost } from './operators/count-at-most.js';
import { matchesPattern } from './operators/matches-pattern.js';
import type { OperatorDefinition, OperatorInfo } from './operators/operator-definition.js';
import { someSentenceMatches } from './operators/some-sentence-matches.js';
import { wordCountBetween } from './operators/word-count-between.js';

export const BUILTIN_OPERATORS: readonly string[] = BUILTIN_OPERATOR_INFO.map((info) => info.name);

/** disclosure-lint's own operators: the only list, from which the reference is generated. */
export const CUSTOM_OPERATORS: readonly OperatorDefinition[] = [
  matchesPattern,
  someSentenceMatches,
  containsAnyTerm,
  countAtLeast,
  countAtMost,
  wordCountBetween,
] as OperatorDefinition[];

export const ALL_OPERATORS: readonly OperatorInfo[] = [...BUILTIN_OPERATOR_INFO, ...CUSTOM_OPERATORS];

export function customOperator(name: string): OperatorDefinition | undefined {
  return CUSTOM_OPERATORS.find((definition) => definition.name === name);
}

export function operatorInfo(name: string): OperatorInfo | undefined {
  return ALL_OPERATORS.find((info) => info.name === name);
}

export function isKnownOperator(name: string): boolean {
  return operatorInfo(name) !== undefined;
}
