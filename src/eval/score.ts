// Scores judgements: accuracy, and precision / recall / F1 of fail verdicts (a fail verdict is the positive class).
import type { Judgement } from './judgements.js';

export interface Score {
  total: number;
  correct: number;
  accuracy: number;
  /** Tool fails, label false (the draft really lacks it). */
  truePositives: number;
  /** Tool fails, label true. */
  falsePositives: number;
  /** Tool passes, label false. */
  falseNegatives: number;
  /** Tool passes, label true. */
  trueNegatives: number;
  /** Undefined when there is no fail verdict (precision) or no false label (recall). */
  precision?: number;
  recall?: number;
  f1?: number;
}

export function score(judgements: readonly Judgement[]): Score {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let trueNegatives = 0;
  for (const judgement of judgements) {
    if (!judgement.satisfied && !judgement.expected) truePositives++;
    else if (!judgement.satisfied && judgement.expected) falsePositives++;
    else if (judgement.satisfied && !judgement.expected) falseNegatives++;
    else trueNegatives++;
  }
  const total = judgements.length;
  const correct = truePositives + trueNegatives;
  const precision = ratio(truePositives, truePositives + falsePositives);
  const recall = ratio(truePositives, truePositives + falseNegatives);
  const f1 = precision !== undefined && recall !== undefined && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : undefined;
  return {
    total, correct, accuracy: total === 0 ? 0 : correct / total,
    truePositives, falsePositives, falseNegatives, trueNegatives,
    ...(precision !== undefined ? { precision } : {}),
    ...(recall !== undefined ? { recall } : {}),
    ...(f1 !== undefined ? { f1 } : {}),
  };
}

/** One score per rule id, in the given order, plus the overall score. */
export function scoreByRule(judgements: readonly Judgement[], ruleIds: readonly string[]): { rules: Map<string, Score>; overall: Score } {
  const rules = new Map<string, Score>();
  for (const ruleId of ruleIds) rules.set(ruleId, score(judgements.filter((judgement) => judgement.ruleId === ruleId)));
  return { rules, overall: score(judgements) };
}

function ratio(numerator: number, denominator: number): number | undefined {
  return denominator === 0 ? undefined : numerator / denominator;
}
