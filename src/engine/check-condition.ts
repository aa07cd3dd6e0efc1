// Load-time checks of one rule condition: a known fact and operator, a value the operator accepts, a fact it can read.
import type { ErrorObject } from 'ajv';
import { FACTS_BY_ID } from '../facts/registry.js';
import type { Fact } from '../facts/fact.js';
import { factShape, literalKind, shapeFits, type FactShape } from './fact-shape.js';
import { ALL_OPERATORS, customOperator, operatorInfo } from './operators.js';
import { compiledValue } from './operators/compiled-value.js';
import { OperatorValueError, type OperatorInfo } from './operators/operator-definition.js';
import type { ConditionLeaf } from './rule.js';
import { inlineSchemaValidator } from './schema-validator.js';

/** A problem at a JSON pointer of the rule file. */
export interface ConditionProblem {
  pointer: string;
  problem: string;
  hint: string;
}

/** Problems found by checking the value against the operator's schema, as ajv errors rooted at the rule file. */
export interface ConditionCheck {
  problems: ConditionProblem[];
  schemaErrors: ErrorObject[];
}

const OPERATOR_HINT = `Use an operator listed in docs/facts.md: ${ALL_OPERATORS.map((info) => info.name).join(', ')}.`;

export function checkCondition(leaf: ConditionLeaf, pointer: string, suggestFact: (id: string) => string): ConditionCheck {
  const problems: ConditionProblem[] = [];
  const fact = FACTS_BY_ID.get(leaf.fact);
  const info = operatorInfo(leaf.operator);
  if (!fact) problems.push({ pointer: `${pointer}/fact`, problem: `Unknown fact "${leaf.fact}"`, hint: suggestFact(leaf.fact) });
  if (!info) problems.push({ pointer: `${pointer}/operator`, problem: `Unknown operator "${leaf.operator}"`, hint: OPERATOR_HINT });
  if (isFactReference(leaf.value)) {
    problems.push({ pointer: `${pointer}/value`, problem: 'A condition value may not refer to another fact', hint: 'Compare with a literal value; rules cannot compute, so a comparison between two facts belongs in a fact.' });
    return { problems, schemaErrors: [] };
  }
  if (!info) return { problems, schemaErrors: [] };
  const validate = inlineSchemaValidator(info.valueSchema);
  if (!validate(leaf.value)) {
    return { problems, schemaErrors: (validate.errors ?? []).map((error) => ({ ...error, instancePath: `${pointer}/value${error.instancePath}` })) };
  }
  if (fact) problems.push(...factProblems(fact, info, leaf, pointer));
  problems.push(...compileProblems(leaf, pointer));
  return { problems, schemaErrors: [] };
}

// json-rules-engine reads `{ "fact": ... }` as a reference to another fact's value, which rules must not do.
function isFactReference(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'fact' in value;
}

function factProblems(fact: Fact, info: OperatorInfo, leaf: ConditionLeaf, pointer: string): ConditionProblem[] {
  const shape = factShape(fact);
  if (!shapeFits(shape, info.factKinds)) {
    return [{ pointer: `${pointer}/operator`, problem: `Operator "${info.name}" cannot read fact "${fact.id}", which is ${fact.type}`, hint: `"${info.name}" works on ${info.factKinds.join(', ')} facts; choose another operator (see docs/facts.md) or another fact.` }];
  }
  const literals = literalsToCheck(info.name, leaf.value);
  return literals.flatMap(({ value, at }) => literalProblems(fact, shape, value, `${pointer}/value${at}`));
}

/** The literals a built-in operator compares with the fact itself. */
function literalsToCheck(operator: string, value: unknown): Array<{ value: unknown; at: string }> {
  if (operator === 'equal' || operator === 'notEqual') return [{ value, at: '' }];
  if ((operator === 'in' || operator === 'notIn') && Array.isArray(value)) return value.map((item: unknown, i) => ({ value: item, at: `/${i}` }));
  return [];
}

function literalProblems(fact: Fact, shape: FactShape, value: unknown, pointer: string): ConditionProblem[] {
  if (!shape.known) return [];
  const kind = literalKind(value);
  const fits = shape.kinds.has(kind) || (kind === 'string[]' && shape.kinds.has('array')) || (kind === 'array' && shape.kinds.has('string[]') && Array.isArray(value) && value.length === 0);
  if (!fits) {
    return [{ pointer, problem: `Fact "${fact.id}" is ${fact.type}, so it never equals ${JSON.stringify(value)}`, hint: `Compare it with a value of that type, e.g. ${JSON.stringify(fact.example)}.` }];
  }
  if (shape.values && typeof value === 'string' && !shape.values.includes(value)) {
    return [{ pointer, problem: `"${value}" is not a value of fact "${fact.id}"`, hint: `Use one of ${shape.values.map((v) => JSON.stringify(v)).join(', ')}.` }];
  }
  return [];
}

function compileProblems(leaf: ConditionLeaf, pointer: string): ConditionProblem[] {
  const definition = customOperator(leaf.operator);
  if (!definition) return [];
  try {
    compiledValue(definition, leaf.value);
    return [];
  } catch (error) {
    if (!(error instanceof OperatorValueError)) throw error;
    return [{ pointer: `${pointer}/value${error.pointer}`, problem: error.problem, hint: error.hint }];
  }
}
