// Turns engine outcomes into report results: pass with evidence, fail with location and explanation, skip with why.
import type { Disclosure, Span } from '../model/disclosure.js';
import type { FactResults } from '../facts/compute-facts.js';
import type { Evidence, ExplanationItem, RuleResult } from '../report/report.js';
import { evaluatedLeaves } from './conditions.js';
import { leafEvidence, narrowedFacts } from './leaf-evidence.js';
import { documentStart, failureLocations, itemLocation } from './locate.js';
import { customOperator } from './operators.js';
import { compiledValue } from './operators/compiled-value.js';
import type { OperatorContext } from './operators/operator-definition.js';
import { renderMessage } from './render-message.js';
import type { RuleOutcome } from './rule-engine.js';

// Enough sentences to show why a rule passed without flooding a report.
const MAX_EVIDENCE = 5;
const MAX_EVIDENCE_CHARS = 400;

export function buildResults(outcomes: readonly RuleOutcome[], model: Disclosure, facts: FactResults, context: OperatorContext): RuleResult[] {
  return outcomes.flatMap((outcome) => buildResult(outcome, model, facts, context));
}

function buildResult(outcome: RuleOutcome, model: Disclosure, facts: FactResults, context: OperatorContext): RuleResult[] {
  const { rule } = outcome;
  const base = {
    ruleId: rule.id,
    title: rule.title,
    severity: rule.severity,
    ...(rule.citation ? { citation: rule.citation } : {}),
  };
  const form = model.meta.form ?? '10-K';
  if (rule.forms && !rule.forms.includes(form)) {
    return [{ ...base, status: 'skip', message: `Not applicable to Form ${form}.`, location: itemLocation(model), evidence: [], explanation: [] }];
  }
  if (!outcome.applies) {
    const explanation = explain(outcome.whenConditions, false, context);
    return [{ ...base, status: 'skip', message: `Skipped: ${describe(explanation)}.`, location: itemLocation(model), evidence: [], explanation }];
  }
  if (outcome.passed) {
    const evidence = passEvidence(outcome, model, facts, context);
    return [{ ...base, status: 'pass', message: rule.title, location: evidence[0]?.location ?? documentStart(model), evidence, explanation: explain(outcome.expectConditions, true, context) }];
  }
  const explanation = explain(outcome.expectConditions, false, context);
  const message = renderMessage(rule.message, facts);
  const each = rule.locate?.startsWith('each:') ?? false;
  return failureLocations(rule.locate, model, narrowedFacts(outcome.expectConditions, facts, context)).map((location) => ({
    ...base,
    status: 'fail' as const,
    message,
    ...(rule.fix ? { fix: rule.fix } : {}),
    location,
    evidence: each ? [evidenceAt(model, location)] : [],
    explanation,
  }));
}

// A leaf under `not` is shown as `not <operator>`, with whether it held once negated.
function explain(conditions: unknown, holds: boolean, context: OperatorContext): ExplanationItem[] {
  return evaluatedLeaves(conditions)
    .filter((outcome) => outcome.holds === holds)
    .map(({ leaf, negated }) => ({ fact: leaf.fact, operator: negated ? `not ${leaf.operator}` : leaf.operator, expected: leaf.value, actual: actualValue(leaf.operator, leaf.value, leaf.factResult, context), result: holds }));
}

// Operators on long facts (every sentence, the whole text) show what they found instead of the fact itself.
function actualValue(operator: string, value: unknown, factValue: unknown, context: OperatorContext): unknown {
  const definition = customOperator(operator);
  if (!definition?.describeActual) return factValue ?? null;
  return definition.describeActual(factValue, compiledValue(definition, value), context) ?? null;
}

function describe(explanation: ExplanationItem[]): string {
  if (explanation.length === 0) return 'its preconditions do not hold';
  return explanation.map((item) => `${item.fact} is ${JSON.stringify(item.actual)}, not ${item.operator} ${JSON.stringify(item.expected)}`).join('; ');
}

function passEvidence(outcome: RuleOutcome, model: Disclosure, facts: FactResults, context: OperatorContext): Evidence[] {
  const spans: Span[] = [];
  for (const leafOutcome of evaluatedLeaves(outcome.expectConditions).filter((candidate) => candidate.holds)) {
    for (const span of leafEvidence(leafOutcome, facts, context) ?? facts[leafOutcome.leaf.fact]?.evidence ?? []) {
      if (!spans.some((seen) => seen.start.offset === span.start.offset && seen.end.offset === span.end.offset)) spans.push(span);
    }
  }
  return spans.slice(0, MAX_EVIDENCE).map((span) => evidenceAt(model, span));
}

export function evidenceAt(model: Disclosure, location: Span): Evidence {
  const raw = model.source.text.slice(location.start.offset, location.end.offset).replace(/\s+/g, ' ').trim();
  const text = raw.length > MAX_EVIDENCE_CHARS ? `${raw.slice(0, MAX_EVIDENCE_CHARS - 1)}…` : raw;
  return { text, location };
}
