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
  result?: boolean;
}

export function evaluatedLeaves(condition: unknown): EvaluatedLeaf[] {
  if (!condition || typeof condition !== 'object') return [];
  const node = condition as Record<string, unknown>;
  if (Array.isArray(node.all)) return node.all.flatMap(evaluatedLeaves);
  if (Array.isArray(node.any)) return node.any.flatMap(evaluatedLeaves);
  if (node.not) return evaluatedLeaves(node.not);
  return typeof node.fact === 'string' ? [node as unknown as EvaluatedLeaf] : [];
}
