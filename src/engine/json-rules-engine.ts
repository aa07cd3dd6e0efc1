// The json-rules-engine Engine for a rule set: disclosure-lint's operators registered, each rule's `when` and `expect`
// added as engine rules. It validates the conditions as json-rules-engine reads them and holds the operators rules run with.
import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { EngineOperator } from './condition-evaluator.js';
import { CUSTOM_OPERATORS } from './operators.js';
import { compiledValue } from './operators/compiled-value.js';
import type { OperatorContext } from './operators/operator-definition.js';
import type { LoadedRule } from './rule.js';

/** The engine rule that holds one part of a rule: `<rule id>\0when` or `<rule id>\0expect`. */
export function engineRuleName(rule: LoadedRule, part: 'when' | 'expect'): string {
  return `${rule.id}\u0000${part}`;
}

/** `context` is what disclosure-lint's operators may read (the lexicons, with configuration additions). */
export function createJsonRulesEngine(rules: readonly LoadedRule[], context: OperatorContext): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false, allowUndefinedConditions: false });
  // Values were compiled (and patterns checked) when the rule was loaded; the cache hands the same objects back.
  for (const operator of CUSTOM_OPERATORS) {
    engine.addOperator(operator.name, (factValue: unknown, ruleValue: unknown) => operator.evaluate(factValue, compiledValue(operator, ruleValue), context));
  }
  for (const rule of rules) {
    // A rule without `when` always applies: no engine rule is spent on an empty condition.
    if (rule.when) engine.addRule(engineRule(engineRuleName(rule, 'when'), rule.when));
    engine.addRule(engineRule(engineRuleName(rule, 'expect'), rule.expect));
  }
  return engine;
}

/** The engine's operator of that name (built-in or registered), as json-rules-engine itself would look it up. */
export function engineOperator(engine: Engine, name: string): EngineOperator | undefined {
  // json-rules-engine's typings leave out the operator map every Engine keeps.
  const { operators } = engine as unknown as { operators: { get(name: string): EngineOperator | null } };
  return operators.get(name) ?? undefined;
}

function engineRule(name: string, conditions: unknown): RuleProperties {
  return { name, conditions: conditions as TopLevelCondition, event: { type: name } };
}
