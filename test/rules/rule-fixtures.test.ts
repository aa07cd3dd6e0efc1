// Every rule's own fixtures: pass* must pass, fail* must fail, skip* must be skipped, with only that rule running.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltinRules } from '../../src/engine/load-rules.js';
import { Linter } from '../../src/lint.js';

const rules = loadBuiltinRules();

describe.each(rules.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  const folder = dirname(rule.file);
  const fixtures = readdirSync(folder).filter((name) => /^(pass|fail|skip)[\w-]*\.(md|txt|json)$/.test(name)).sort();
  const linter = new Linter({ rules: [rule] });

  it('has a README, a passing and a failing fixture', () => {
    expect(rule.readme).toBeDefined();
    expect(fixtures.some((name) => name.startsWith('pass'))).toBe(true);
    expect(fixtures.some((name) => name.startsWith('fail'))).toBe(true);
  });

  it.each(fixtures)('%s', async (name) => {
    const report = await linter.lintFile(join(folder, name));
    const statuses = new Set(report.results.map((result) => result.status));
    const expected = name.startsWith('pass') ? 'pass' : name.startsWith('fail') ? 'fail' : 'skip';
    expect(report.results.every((result) => result.ruleId === rule.id), JSON.stringify(report.results[0]?.message)).toBe(true);
    expect([...statuses]).toEqual([expected]);
  });
});
