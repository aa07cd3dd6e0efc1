// Pairs the tool's verdict on each (file, rule) with the label, the unit every score is computed from.
import type { FileReport, RuleResult } from '../report/report.js';
import type { LabelledFile } from './labelled-corpus.js';

export type Verdict = 'pass' | 'fail' | 'skip' | 'missing';

export interface Judgement {
  file: string;
  ruleId: string;
  /** The label: true when the text satisfies the requirement. */
  expected: boolean;
  verdict: Verdict;
  /** What the tool's verdict means for scoring: only a pass says the requirement is satisfied. */
  satisfied: boolean;
  toolEvidence: string[];
  toolExplanation: string;
  labelEvidence: string;
  labelWhy: string;
}

export function judge(file: LabelledFile, report: FileReport | undefined, ruleIds: readonly string[]): Judgement[] {
  const judgements: Judgement[] = [];
  for (const ruleId of ruleIds) {
    const label = file.labels[ruleId] ?? (file.applicable ? undefined : { value: false, evidence: '', why: 'not applicable' });
    if (!label) continue;
    const result = report?.results.find((candidate) => candidate.ruleId === ruleId);
    const verdict: Verdict = result ? result.status : 'missing';
    judgements.push({
      file: file.name,
      ruleId,
      expected: label.value,
      verdict,
      // A skip (the item is not applicable) or a missing result means the tool did not find the requirement met.
      satisfied: verdict === 'pass',
      toolEvidence: result ? result.evidence.map((evidence) => evidence.text) : [],
      toolExplanation: result ? explain(result) : 'no result for this rule (file failed to lint?)',
      labelEvidence: label.evidence,
      labelWhy: label.why,
    });
  }
  return judgements;
}

function explain(result: RuleResult): string {
  const failing = result.explanation.map((item) => `${item.fact} = ${JSON.stringify(item.actual)}`).join('; ');
  return failing === '' ? result.message : `${result.message} [${failing}]`;
}
