// Operators rules may use: json-rules-engine's built-ins plus disclosure-lint's own (registered on every engine).
import type { Operator } from 'json-rules-engine';

export const BUILTIN_OPERATORS: readonly string[] = [
  'equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain',
  'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive',
];

/** disclosure-lint's operators; each knows how to validate its rule-file value at load time. */
export interface OperatorDefinition {
  name: string;
  description: string;
  evaluate(factValue: unknown, ruleValue: unknown): boolean;
}

const custom: OperatorDefinition[] = [];

export function registerOperator(definition: OperatorDefinition): void {
  if (!custom.some((existing) => existing.name === definition.name)) custom.push(definition);
}

export function customOperators(): readonly OperatorDefinition[] {
  return custom;
}

export function isKnownOperator(name: string): boolean {
  return BUILTIN_OPERATORS.includes(name) || custom.some((definition) => definition.name === name);
}

export type { Operator };
