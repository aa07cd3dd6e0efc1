// Walks rule conditions: leaves with their JSON pointers (for validation) and evaluated leaves (for explanations).
import type { Condition, ConditionLeaf } from './rule.js';

export interface LeafAt {
  leaf: ConditionLeaf;
  pointer: string;
}

export function conditionLeaves(condition: Condition | undefined, pointer: string): LeafAt[] {
  if (!condition) return [];
  if ('all' in condition) return condition.all.flatMap((child, i) => conditionLeaves(child, `${pointer}/all/${i}`));
  if ('any' in condition) return condition.any.flatMap((child, i) => conditionLeaves(child, `${pointer}/any/${i}`));
  if ('not' in condition) return conditionLeaves(condition.not, `${pointer}/not`);
  return [{ leaf: condition, pointer }];
}

/** A leaf as json-rules-engine returns it after a run. */
export interface EvaluatedLeaf extends ConditionLeaf {
  factResult?: unknown;
  /** The operator's own result, before any `not` above the leaf. */
  result?: boolean;
}

/** An evaluated leaf with the `not`s above it taken into account. */
export interface LeafOutcome {
  leaf: EvaluatedLeaf;
  /** Under an odd number of `not`s. */
  negated: boolean;
  /** Whether the leaf helped its rule hold: the operator's result, flipped under `not`. */
  holds: boolean;
}

export function evaluatedLeaves(condition: unknown, negated = false): LeafOutcome[] {
  if (!condition || typeof condition !== 'object') return [];
  const node = condition as Record<string, unknown>;
  if (Array.isArray(node.all)) return node.all.flatMap((child) => evaluatedLeaves(child, negated));
  if (Array.isArray(node.any)) return node.any.flatMap((child) => evaluatedLeaves(child, negated));
  if (node.not) return evaluatedLeaves(node.not, !negated);
  if (typeof node.fact !== 'string') return [];
  const leaf = node as unknown as EvaluatedLeaf;
  return [{ leaf, negated, holds: (leaf.result ?? false) !== negated }];
}
