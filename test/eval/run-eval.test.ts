// The eval end to end on a tiny labelled corpus of our own drafts: real pipeline, every scored rule, disagreements listed.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatEval } from '../../src/eval/format-eval.js';
import { runEval } from '../../src/eval/run-eval.js';
import { SCORED_RULE_IDS } from '../../src/eval/scored-rules.js';

const corpus = join(dirname(fileURLToPath(import.meta.url)), 'corpus');

describe('runEval', () => {
  it('lints every labelled draft through the real pipeline and scores every scored rule', async () => {
    const summary = await runEval(corpus);
    expect(summary.files).toBe(3);
    expect(summary.overall.total).toBe(3 * SCORED_RULE_IDS.length);
    expect([...summary.rules.keys()]).toEqual([...SCORED_RULE_IDS]);
    expect(summary.warnings).toEqual([]);
  });

  it('lists a disagreement with the tool explanation and the label note', async () => {
    const summary = await runEval(corpus);
    const disagreement = summary.disagreements.find((judgement) => judgement.ruleId === 'management-expertise-described');
    expect(disagreement).toMatchObject({ file: '002-tech-hedgy.txt', expected: true, verdict: 'fail' });
    const text = formatEval(summary);
    expect(text).toContain('management-expertise-described  label=true  tool=fail');
    expect(text).toContain('deliberately wrong label');
    expect(text).toMatch(/^overall accuracy: \d\.\d{3}/m);
  });

  it('counts the skipped rules of a non-applicable draft as agreeing with its false labels', async () => {
    const summary = await runEval(corpus);
    expect(summary.disagreements.filter((judgement) => judgement.file === '003-not-applicable.txt')).toEqual([]);
  });
});
