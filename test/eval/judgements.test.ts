// Pairing tool verdicts with labels: what counts as satisfied, missing results, non-applicable files.
import { describe, expect, it } from 'vitest';
import { judge } from '../../src/eval/judgements.js';
import type { LabelledFile } from '../../src/eval/labelled-corpus.js';
import type { FileReport, RuleResult } from '../../src/report/report.js';

const at = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

function result(ruleId: string, status: RuleResult['status']): RuleResult {
  return { ruleId, title: ruleId, status, severity: 'warning', message: `${ruleId} ${status}`, location: at, evidence: [], explanation: [] };
}

function report(results: RuleResult[]): FileReport {
  return { path: '/x/001-a.txt', format: 'text', form: '10-K', results, summary: { errors: 0, warnings: 0, infos: 0, passed: 0, skipped: 0, suppressed: 0 } };
}

const file: LabelledFile = {
  path: '/x/001-a.txt', name: '001-a.txt', applicable: true,
  labels: { 'rule-a': { value: true, evidence: 'quote', why: '' }, 'rule-b': { value: false, evidence: '', why: 'missing' } },
};

describe('judge', () => {
  it('pairs each labelled rule with the tool verdict; only a pass means satisfied', () => {
    const judgements = judge(file, report([result('rule-a', 'pass'), result('rule-b', 'skip')]), ['rule-a', 'rule-b', 'rule-c']);
    expect(judgements.map((j) => [j.ruleId, j.expected, j.verdict, j.satisfied])).toEqual([
      ['rule-a', true, 'pass', true],
      ['rule-b', false, 'skip', false],
    ]);
  });

  it('marks a rule without a result as missing and unsatisfied', () => {
    const [judgement] = judge(file, report([]), ['rule-a']);
    expect(judgement).toMatchObject({ verdict: 'missing', satisfied: false, expected: true });
  });

  it('treats every rule of a non-applicable file as expected false', () => {
    const notApplicable: LabelledFile = { ...file, applicable: false, labels: {} };
    const judgements = judge(notApplicable, report([result('rule-a', 'skip')]), ['rule-a']);
    expect(judgements).toMatchObject([{ ruleId: 'rule-a', expected: false, satisfied: false }]);
  });
});
