// The one place json-rules-engine runs: all rules on one engine, runs never overlapped, facts passed as plain values.
import { Engine, type EngineResult, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import { CUSTOM_OPERATORS } from './operators.js';
import { compiledValue } from './operators/compiled-value.js';
import type { OperatorContext } from './operators/operator-definition.js';
import type { LoadedRule } from './rule.js';

const WHEN = '\u0000when';
const EXPECT = '\u0000expect';

export interface RuleOutcome {
  rule: LoadedRule;
  /** Whether `when` held (true for rules without `when`). */
  applies: boolean;
  passed: boolean;
  /** The evaluated `when` and `expect` condition trees, with fact values and results. */
  whenConditions: unknown;
  expectConditions: unknown;
}

export class RuleEngine {
  private readonly engine: Engine;
  private queue: Promise<unknown> = Promise.resolve();

  /** `context` is what disclosure-lint's operators may read (the lexicons, with configuration additions). */
  constructor(readonly rules: readonly LoadedRule[], context: OperatorContext) {
    this.engine = new Engine([], { allowUndefinedFacts: false, allowUndefinedConditions: false });
    // Values were compiled (and patterns checked) when the rule was loaded; the cache hands the same objects back.
    for (const operator of CUSTOM_OPERATORS) {
      this.engine.addOperator(operator.name, (factValue: unknown, ruleValue: unknown) => operator.evaluate(factValue, compiledValue(operator, ruleValue), context));
    }
    for (const rule of rules) {
      // A rule without `when` always applies: no engine rule is spent on an empty condition.
      if (rule.when) this.engine.addRule(engineRule(rule.id + WHEN, rule.when));
      this.engine.addRule(engineRule(rule.id + EXPECT, rule.expect));
    }
  }

  /**
   * Evaluates every rule against one document's fact values. Runs are queued: json-rules-engine keeps
   * per-run state on the engine, and interleaved runs can skip rules.
   */
  evaluate(factValues: Record<string, unknown>): Promise<RuleOutcome[]> {
    const run = this.queue.then(() => this.engine.run(factValues));
    this.queue = run.catch(() => undefined);
    return run.then((result) => this.outcomes(result));
  }

  private outcomes(result: EngineResult): RuleOutcome[] {
    const byName = new Map<string, { passed: boolean; conditions: unknown }>();
    for (const ruleResult of result.results) byName.set(ruleResult.name, { passed: true, conditions: ruleResult.conditions });
    for (const ruleResult of result.failureResults) byName.set(ruleResult.name, { passed: false, conditions: ruleResult.conditions });
    return this.rules.map((rule) => {
      const when = byName.get(rule.id + WHEN);
      const expect = byName.get(rule.id + EXPECT);
      return {
        rule,
        applies: when?.passed ?? true,
        passed: expect?.passed ?? false,
        whenConditions: when?.conditions,
        expectConditions: expect?.conditions,
      };
    });
  }
}

function engineRule(name: string, conditions: unknown): RuleProperties {
  return { name, conditions: conditions as TopLevelCondition, event: { type: name } };
}
