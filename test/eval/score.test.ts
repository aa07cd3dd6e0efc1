// Scoring: accuracy and precision / recall / F1 of fail verdicts on tiny synthetic judgements.
import { describe, expect, it } from 'vitest';
import type { Judgement } from '../../src/eval/judgements.js';
import { score, scoreByRule } from '../../src/eval/score.js';

function judgement(ruleId: string, expected: boolean, satisfied: boolean): Judgement {
  return {
    file: '001-example.txt', ruleId, expected, verdict: satisfied ? 'pass' : 'fail', satisfied,
    toolEvidence: [], toolExplanation: '', labelEvidence: '', labelWhy: '',
  };
}

describe('score', () => {
  it('treats a fail verdict as the positive class', () => {
    const result = score([
      judgement('a', false, false), // true positive: the tool fails a draft that lacks it
      judgement('a', false, false),
      judgement('a', true, false), // false positive
      judgement('a', false, true), // false negative
      judgement('a', true, true), // true negative
    ]);
    expect(result).toMatchObject({ total: 5, correct: 3, truePositives: 2, falsePositives: 1, falseNegatives: 1, trueNegatives: 1 });
    expect(result.accuracy).toBeCloseTo(0.6);
    expect(result.precision).toBeCloseTo(2 / 3);
    expect(result.recall).toBeCloseTo(2 / 3);
    expect(result.f1).toBeCloseTo(2 / 3);
  });

  it('leaves precision, recall and F1 undefined when there is nothing to measure', () => {
    const result = score([judgement('a', true, true)]);
    expect(result.accuracy).toBe(1);
    expect(result.precision).toBeUndefined();
    expect(result.recall).toBeUndefined();
    expect(result.f1).toBeUndefined();
  });
});

describe('scoreByRule', () => {
  it('scores each rule in the given order and overall', () => {
    const { rules, overall } = scoreByRule([judgement('b', true, true), judgement('a', false, false), judgement('a', true, false)], ['a', 'b']);
    expect([...rules.keys()]).toEqual(['a', 'b']);
    expect(rules.get('a')).toMatchObject({ total: 2, correct: 1, truePositives: 1, falsePositives: 1 });
    expect(rules.get('b')).toMatchObject({ total: 1, correct: 1 });
    expect(overall).toMatchObject({ total: 3, correct: 2 });
  });
});
