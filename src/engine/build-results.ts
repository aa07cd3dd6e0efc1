// Turns engine outcomes into report results: pass with evidence, fail with location and explanation, skip with why.
import type { Disclosure, Span } from '../model/disclosure.js';
import type { FactResults } from '../facts/compute-facts.js';
import type { Evidence, ExplanationItem, RuleResult } from '../report/report.js';
import { evaluatedLeaves } from './conditions.js';
import { documentStart, failureLocations, itemLocation } from './locate.js';
import { renderMessage } from './render-message.js';
import type { RuleOutcome } from './rule-engine.js';

// Enough sentences to show why a rule passed without flooding a report.
const MAX_EVIDENCE = 5;
const MAX_EVIDENCE_CHARS = 400;

export function buildResults(outcomes: readonly RuleOutcome[], model: Disclosure, facts: FactResults): RuleResult[] {
  return outcomes.flatMap((outcome) => buildResult(outcome, model, facts));
}

function buildResult(outcome: RuleOutcome, model: Disclosure, facts: FactResults): RuleResult[] {
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
    const explanation = explain(outcome.whenConditions, false);
    return [{ ...base, status: 'skip', message: `Skipped: ${describe(explanation)}.`, location: itemLocation(model), evidence: [], explanation }];
  }
  if (outcome.passed) {
    const evidence = passEvidence(outcome, model, facts);
    return [{ ...base, status: 'pass', message: rule.title, location: evidence[0]?.location ?? documentStart(model), evidence, explanation: explain(outcome.expectConditions, true) }];
  }
  const explanation = explain(outcome.expectConditions, false);
  const message = renderMessage(rule.message, facts);
  const each = rule.locate?.startsWith('each:') ?? false;
  return failureLocations(rule.locate, model, facts).map((location) => ({
    ...base,
    status: 'fail' as const,
    message,
    ...(rule.fix ? { fix: rule.fix } : {}),
    location,
    evidence: each ? [evidenceAt(model, location)] : [],
    explanation,
  }));
}

function explain(conditions: unknown, result: boolean): ExplanationItem[] {
  return evaluatedLeaves(conditions)
    .filter((leaf) => leaf.result === result)
    .map((leaf) => ({ fact: leaf.fact, operator: leaf.operator, expected: leaf.value, actual: leaf.factResult ?? null, result }));
}

function describe(explanation: ExplanationItem[]): string {
  if (explanation.length === 0) return 'its preconditions do not hold';
  return explanation.map((item) => `${item.fact} is ${JSON.stringify(item.actual)}, not ${item.operator} ${JSON.stringify(item.expected)}`).join('; ');
}

function passEvidence(outcome: RuleOutcome, model: Disclosure, facts: FactResults): Evidence[] {
  const spans: Span[] = [];
  for (const leaf of evaluatedLeaves(outcome.expectConditions).filter((candidate) => candidate.result)) {
    for (const span of facts[leaf.fact]?.evidence ?? []) {
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
