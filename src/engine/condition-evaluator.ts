// json-rules-engine's condition semantics, evaluated synchronously with its own operators: the same evaluated condition
// trees and results that Engine.run reports, without its per-run promise chains and deep copies of every rule.
import type { Condition, ConditionLeaf } from './rule.js';

/** A json-rules-engine operator: checks the fact value's type, then compares it with the rule's value. */
export interface EngineOperator {
  evaluate(factValue: unknown, ruleValue: unknown): unknown;
}

/** One document's fact values by fact id. */
export type FactValues = Readonly<Record<string, unknown>>;

/** A rule's condition after a run: the tree with `factResult` and `result` on what was evaluated, and whether it held. */
export interface EvaluatedConditions {
  conditions: unknown;
  holds: boolean;
}

interface Evaluation {
  node: Record<string, unknown>;
  /** As json-rules-engine passes it up: an operator's raw return value through lists of one condition. */
  result: unknown;
}

type Evaluate = (facts: FactValues) => Evaluation;
type OperatorOf = (name: string) => EngineOperator | undefined;

/**
 * Compiles a rule's top-level condition once; the result evaluates it for any number of documents.
 *
 * What json-rules-engine (7.x) does, and this mirrors:
 * - every child of an `all` or `any` is evaluated, none skipped: json-rules-engine only short-circuits between
 *   priority groups, and rule conditions carry no priority (the schema forbids it) while facts passed to a run
 *   all have the default one;
 * - an empty list holds; a list of one passes its child's result through unchanged; longer lists count a child
 *   as held only when its result is `true`;
 * - nested `all`/`any`/`not` nodes record a boolean `result`; the top-level node records none, its result is the
 *   rule's, which holds when truthy.
 */
export function compileConditions(condition: Condition, operatorOf: OperatorOf): (facts: FactValues) => EvaluatedConditions {
  if ('fact' in condition) throw new Error('"conditions" root must contain a single instance of "all", "any", "not", or "condition"');
  const evaluate = compileBoolean(condition, operatorOf);
  return (facts) => {
    const { node, result } = evaluate(facts);
    return { conditions: node, holds: Boolean(result) };
  };
}

function compileCondition(condition: Condition, operatorOf: OperatorOf): Evaluate {
  if ('fact' in condition) return compileLeaf(condition, operatorOf);
  const evaluate = compileBoolean(condition, operatorOf);
  return (facts) => {
    const evaluation = evaluate(facts);
    evaluation.node.result = evaluation.result === true;
    return evaluation;
  };
}

function compileBoolean(condition: Exclude<Condition, ConditionLeaf>, operatorOf: OperatorOf): Evaluate {
  if ('any' in condition) return compileList('any', condition.any, operatorOf);
  if ('all' in condition) return compileList('all', condition.all, operatorOf);
  const child = compileCondition(condition.not, operatorOf);
  return (facts) => {
    const evaluated = child(facts);
    return { node: { not: evaluated.node, operator: 'not', priority: 1 }, result: !evaluated.result };
  };
}

function compileList(operator: 'all' | 'any', children: Condition[], operatorOf: OperatorOf): Evaluate {
  const compiled = children.map((child) => compileCondition(child, operatorOf));
  const node = operator === 'all' ? (nodes: unknown[]) => ({ all: nodes, operator, priority: 1 }) : (nodes: unknown[]) => ({ any: nodes, operator, priority: 1 });
  return (facts) => {
    const evaluated = compiled.map((evaluate) => evaluate(facts));
    return { node: node(evaluated.map((evaluation) => evaluation.node)), result: combine(operator, evaluated) };
  };
}

function combine(operator: 'all' | 'any', evaluated: Evaluation[]): unknown {
  if (evaluated.length === 0) return true;
  if (evaluated.length === 1) return evaluated[0]?.result;
  const held = (evaluation: Evaluation): boolean => evaluation.result === true;
  return operator === 'all' ? evaluated.every(held) : evaluated.some(held);
}

function compileLeaf(leaf: ConditionLeaf, operatorOf: OperatorOf): Evaluate {
  const operator = operatorOf(leaf.operator);
  return (facts) => {
    // json-rules-engine's errors, at the same moment: when the condition is evaluated.
    if (!operator) throw new Error(`Unknown operator: ${leaf.operator}`);
    if (!Object.hasOwn(facts, leaf.fact)) throw new Error(`Undefined fact: ${leaf.fact}`);
    const factResult = facts[leaf.fact];
    const result = operator.evaluate(factResult, leaf.value);
    // Listed, not spread: V8 copies a spread object and then adds properties a hundred times more slowly.
    return { node: { fact: leaf.fact, operator: leaf.operator, value: leaf.value, factResult, valueResult: leaf.value, result }, result };
  };
}
