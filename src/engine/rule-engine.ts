// Runs a rule set over one document's fact values: json-rules-engine's conditions and operators, evaluated synchronously.
import type { Condition } from './rule.js';
import { compileConditions, type EvaluatedConditions, type FactValues } from './condition-evaluator.js';
import { createJsonRulesEngine, engineOperator } from './json-rules-engine.js';
import type { OperatorContext } from './operators/operator-definition.js';
import type { LoadedRule } from './rule.js';

export interface RuleOutcome {
  rule: LoadedRule;
  /** Whether `when` held (true for rules without `when`). */
  applies: boolean;
  passed: boolean;
  /** The evaluated `when` and `expect` condition trees, with fact values and results. */
  whenConditions: unknown;
  expectConditions: unknown;
}

type Evaluate = (facts: FactValues) => EvaluatedConditions;

/**
 * One per linter: the engine is built and every condition compiled once, then any number of documents run.
 * json-rules-engine's Engine.run costs more than the rules themselves (a promise per condition, a deep copy of every
 * rule per run), so the conditions run synchronously with its operators instead; test/engine proves the outcomes equal.
 * A run shares no state with another, so documents linted concurrently cannot interfere.
 */
export class RuleEngine {
  private readonly compiled: ReadonlyArray<{ rule: LoadedRule; when?: Evaluate; expect: Evaluate }>;

  /** `context` is what disclosure-lint's operators may read (the lexicons, with configuration additions). */
  constructor(readonly rules: readonly LoadedRule[], context: OperatorContext) {
    const engine = createJsonRulesEngine(rules, context);
    const compile = (condition: Condition): Evaluate => compileConditions(condition, (name) => engineOperator(engine, name));
    this.compiled = rules.map((rule) => ({ rule, ...(rule.when ? { when: compile(rule.when) } : {}), expect: compile(rule.expect) }));
  }

  /** Evaluates every rule against one document's fact values. */
  evaluate(factValues: FactValues): RuleOutcome[] {
    return this.compiled.map(({ rule, when, expect }) => {
      const whenResult = when?.(factValues);
      const expectResult = expect(factValues);
      return {
        rule,
        applies: whenResult?.holds ?? true,
        passed: expectResult.holds,
        whenConditions: whenResult?.conditions,
        expectConditions: expectResult.conditions,
      };
    });
  }
}
