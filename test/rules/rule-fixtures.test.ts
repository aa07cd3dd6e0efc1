// Every rule's own fixtures: pass* must pass, fail* must fail, skip* must be skipped, with only that rule running.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltinRules } from '../../src/engine/load-rules.js';
import { checkFixture, missingFixtures, ruleFixtures } from '../../src/engine/rule-fixtures.js';
import { Linter } from '../../src/lint.js';

const rules = loadBuiltinRules();

describe.each(rules.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  const fixtures = ruleFixtures(rule);
  const linter = new Linter({ rules: [rule] });

  it('has a README, a passing and a failing fixture', () => {
    expect(rule.readme).toBeDefined();
    expect(missingFixtures(fixtures)).toEqual([]);
  });

  it.each(fixtures.map((file) => [basename(file), file] as const))('%s', async (_name, file) => {
    const outcome = await checkFixture(rule, linter, file);
    expect(outcome.ok, `expected ${outcome.expected}, got ${outcome.actual.join(', ') || 'no result'}: ${outcome.message}`).toBe(true);
  });
});
