// Lints every labelled draft through the real pipeline with the Item 106 rules and scores the verdicts against the labels.
import { lintFiles } from '../lint.js';
import { judge, type Judgement } from './judgements.js';
import { readLabelledCorpus } from './labelled-corpus.js';
import { scoreByRule } from './score.js';
import { EVAL_RULE_IDS, SCORED_RULE_IDS } from './scored-rules.js';
import type { EvalSummary } from './format-eval.js';

export async function runEval(dir: string): Promise<EvalSummary> {
  const corpus = readLabelledCorpus(dir);
  const report = await lintFiles(corpus.files.map((file) => file.path), { ruleIds: EVAL_RULE_IDS });
  const judgements: Judgement[] = [];
  for (const file of corpus.files) {
    const fileReport = report.files.find((candidate) => candidate.path === file.path);
    judgements.push(...judge(file, fileReport, SCORED_RULE_IDS));
  }
  const { rules, overall } = scoreByRule(judgements, SCORED_RULE_IDS);
  return {
    dir,
    files: corpus.files.length,
    rules,
    overall,
    disagreements: judgements.filter((judgement) => judgement.satisfied !== judgement.expected),
    warnings: [...corpus.warnings, ...missingRules(judgements)],
  };
}

function missingRules(judgements: Judgement[]): string[] {
  const missing = new Set(judgements.filter((judgement) => judgement.verdict === 'missing').map((judgement) => judgement.ruleId));
  return [...missing].map((ruleId) => `rule ${ruleId} produced no result (not loaded?); its judgements count as "not satisfied"`);
}
