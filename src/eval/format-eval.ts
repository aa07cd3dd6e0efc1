// Renders eval results as plain text: a per-rule table, the overall figures, then every disagreement with its evidence.
import type { Judgement } from './judgements.js';
import type { Score } from './score.js';

export interface EvalSummary {
  dir: string;
  files: number;
  rules: Map<string, Score>;
  overall: Score;
  disagreements: Judgement[];
  warnings: string[];
}

const RULE_WIDTH = 38;

export function formatEval(summary: EvalSummary): string {
  const lines = [
    `disclosure-lint eval: ${summary.dir}`,
    `${summary.files} files, ${summary.rules.size} scored rules, ${summary.overall.total} judgements (a fail verdict is the positive class; a skip counts as "not satisfied")`,
    ...summary.warnings.map((warning) => `warning: ${warning}`),
    '',
    `${'rule'.padEnd(RULE_WIDTH)}${'n'.padStart(4)}${'acc'.padStart(7)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}${'TN'.padStart(5)}${'prec'.padStart(7)}${'rec'.padStart(7)}${'F1'.padStart(7)}`,
    ...[...summary.rules].map(([ruleId, score]) => row(ruleId, score)),
    row('overall', summary.overall),
    '',
    `overall accuracy: ${fixed(summary.overall.accuracy)}  (${summary.overall.correct}/${summary.overall.total})`,
    `overall fail-verdict precision: ${fixed(summary.overall.precision)}  recall: ${fixed(summary.overall.recall)}  F1: ${fixed(summary.overall.f1)}`,
    '',
    `disagreements: ${summary.disagreements.length}`,
    ...summary.disagreements.flatMap(describeDisagreement),
  ];
  return `${lines.join('\n')}\n`;
}

function row(name: string, score: Score): string {
  return `${name.padEnd(RULE_WIDTH)}${String(score.total).padStart(4)}${fixed(score.accuracy).padStart(7)}${String(score.truePositives).padStart(5)}${String(score.falsePositives).padStart(5)}${String(score.falseNegatives).padStart(5)}${String(score.trueNegatives).padStart(5)}${fixed(score.precision).padStart(7)}${fixed(score.recall).padStart(7)}${fixed(score.f1).padStart(7)}`;
}

function describeDisagreement(judgement: Judgement): string[] {
  const tool = judgement.verdict === 'pass' ? `evidence: ${quote(judgement.toolEvidence[0] ?? '(none)')}` : `explanation: ${judgement.toolExplanation}`;
  const label = judgement.expected ? `label evidence: ${quote(judgement.labelEvidence)}` : `label why: ${judgement.labelWhy || '(no note)'}`;
  return [
    `- ${judgement.file}  ${judgement.ruleId}  label=${judgement.expected}  tool=${judgement.verdict}`,
    `    tool ${tool}`,
    `    ${label}${judgement.expected && judgement.labelWhy ? `  (why: ${judgement.labelWhy})` : ''}`,
  ];
}

function fixed(value: number | undefined): string {
  return value === undefined ? 'n/a' : value.toFixed(3);
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > 240 ? `${flat.slice(0, 237)}...` : flat}"`;
}
