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
import type { LoadedRule } from './rule.js';

// Enough sentences to show why a rule passed without flooding a report.
const MAX_EVIDENCE = 5;
const MAX_EVIDENCE_CHARS = 400;
// White space that quoting collapses to one space: a run of two or more, or any white space but a space.
const SPACE_TO_COLLAPSE = /[^\S ]| {2}/;

export function buildResults(outcomes: readonly RuleOutcome[], model: Disclosure, facts: FactResults, context: OperatorContext): RuleResult[] {
  return outcomes.flatMap((outcome) => buildResult(outcome, model, facts, context));
}

function buildResult(outcome: RuleOutcome, model: Disclosure, facts: FactResults, context: OperatorContext): RuleResult[] {
  const { rule } = outcome;
  const form = model.meta.form ?? '10-K';
  if (rule.forms && !rule.forms.includes(form)) {
    return [ruleResult(rule, { status: 'skip', message: `Not applicable to Form ${form}.`, location: itemLocation(model), evidence: [], explanation: [] })];
  }
  if (!outcome.applies) {
    const explanation = explain(outcome.whenConditions, false, context);
    return [ruleResult(rule, { status: 'skip', message: `Skipped: ${describe(explanation)}.`, location: itemLocation(model), evidence: [], explanation })];
  }
  if (outcome.passed) {
    const evidence = passEvidence(outcome, model, facts, context);
    return [ruleResult(rule, { status: 'pass', message: rule.title, location: evidence[0]?.location ?? documentStart(model), evidence, explanation: explain(outcome.expectConditions, true, context) })];
  }
  const explanation = explain(outcome.expectConditions, false, context);
  const message = renderMessage(rule.message, facts);
  const each = rule.locate?.startsWith('each:') ?? false;
  return failureLocations(rule.locate, model, narrowedFacts(outcome.expectConditions, facts, context)).map((location) =>
    ruleResult(rule, { status: 'fail', message, fix: rule.fix, location, evidence: each ? [evidenceAt(model, location)] : [], explanation }));
}

type Finding = Pick<RuleResult, 'status' | 'message' | 'fix' | 'location' | 'evidence' | 'explanation'>;

// Assigned property by property, in the report's key order: copying a spread object and then adding properties is a
// hundred times slower in V8, and results are made for every rule of every document.
function ruleResult(rule: LoadedRule, finding: Finding): RuleResult {
  const result = { ruleId: rule.id, title: rule.title, severity: rule.severity } as RuleResult;
  if (rule.citation) result.citation = rule.citation;
  result.status = finding.status;
  result.message = finding.message;
  if (finding.fix) result.fix = finding.fix;
  result.location = finding.location;
  result.evidence = finding.evidence;
  result.explanation = finding.explanation;
  return result;
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
  return passSpans(outcome, facts, context).map((span) => evidenceAt(model, span));
}

// The first distinct spans the holding conditions matched: all that a pass quotes, so later leaves' matches are not looked for.
function passSpans(outcome: RuleOutcome, facts: FactResults, context: OperatorContext): Span[] {
  const spans: Span[] = [];
  for (const leafOutcome of evaluatedLeaves(outcome.expectConditions)) {
    if (!leafOutcome.holds) continue;
    for (const span of leafEvidence(leafOutcome, facts, context) ?? facts[leafOutcome.leaf.fact]?.evidence ?? []) {
      if (!spans.some((seen) => seen.start.offset === span.start.offset && seen.end.offset === span.end.offset)) spans.push(span);
      if (spans.length === MAX_EVIDENCE) return spans;
    }
  }
  return spans;
}

export function evidenceAt(model: Disclosure, location: Span): Evidence {
  const quoted = model.source.text.slice(location.start.offset, location.end.offset);
  // Most quotes are one line with single spaces: testing for that is much cheaper than replacing.
  const raw = (SPACE_TO_COLLAPSE.test(quoted) ? quoted.replace(/\s+/g, ' ') : quoted).trim();
  const text = raw.length > MAX_EVIDENCE_CHARS ? `${raw.slice(0, MAX_EVIDENCE_CHARS - 1)}…` : raw;
  return { text, location };
}
