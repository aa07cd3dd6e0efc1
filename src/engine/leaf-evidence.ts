// Operator-aware evidence: what a condition actually matched (the sentences a pattern found), not all of its fact's evidence.
import type { Span } from '../model/disclosure.js';
import type { FactResults } from '../facts/compute-facts.js';
import { evaluatedLeaves, type LeafOutcome } from './conditions.js';
import { customOperator } from './operators.js';
import { compiledValue } from './operators/compiled-value.js';
import type { OperatorContext } from './operators/operator-definition.js';

/**
 * The spans a leaf's operator matched, or undefined when the operator does not narrow evidence (built-in
 * operators), in which case the fact's own evidence stands. A leaf whose operator found nothing matched nothing.
 */
export function leafEvidence({ leaf }: LeafOutcome, facts: FactResults, context: OperatorContext): Span[] | undefined {
  const definition = customOperator(leaf.operator);
  if (!definition?.matchedEvidence) return undefined;
  if (!leaf.result) return [];
  return definition.matchedEvidence(leaf.factResult, compiledValue(definition, leaf.value), facts[leaf.fact]?.evidence ?? [], context);
}

/**
 * The facts as a failure's `locate` should see them: where a failing condition matched something it must not
 * (a banned phrase, under `not`), that fact's evidence is what matched, so `each:<fact>` points at each offence.
 */
export function narrowedFacts(expectConditions: unknown, facts: FactResults, context: OperatorContext): FactResults {
  const narrowed: FactResults = { ...facts };
  for (const outcome of evaluatedLeaves(expectConditions).filter((candidate) => !candidate.holds && candidate.leaf.result)) {
    const spans = leafEvidence(outcome, facts, context);
    const fact = facts[outcome.leaf.fact];
    if (!spans || spans.length === 0 || !fact) continue;
    const previous = narrowed[outcome.leaf.fact] === fact ? [] : (narrowed[outcome.leaf.fact]?.evidence ?? []);
    narrowed[outcome.leaf.fact] = { value: fact.value, evidence: [...previous, ...spans.filter((span) => !previous.includes(span))] };
  }
  return narrowed;
}
