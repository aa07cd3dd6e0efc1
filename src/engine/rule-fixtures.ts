// A rule's own fixtures (pass*, fail*, skip* beside its rule.json) and whether the rule behaves on each: the rule test harness.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Linter } from '../lint.js';
import type { RuleStatus } from '../report/report.js';
import type { LoadedRule } from './rule.js';

export const FIXTURE_NAME = /^(pass|fail|skip)[\w.-]*\.(?:md|markdown|txt|json)$/;

export interface FixtureOutcome {
  file: string;
  expected: RuleStatus;
  /** The statuses the rule gave (one per result; a failure may be reported at several places). */
  actual: RuleStatus[];
  ok: boolean;
  /** The first result's message, to show why a fixture misbehaved. */
  message: string;
}

export function ruleFixtures(rule: LoadedRule): string[] {
  const folder = dirname(rule.file);
  return readdirSync(folder).filter((name) => FIXTURE_NAME.test(name)).sort().map((name) => join(folder, name));
}

export function expectedStatus(file: string): RuleStatus {
  const name = file.split(/[\\/]/).pop() ?? '';
  return name.startsWith('pass') ? 'pass' : name.startsWith('fail') ? 'fail' : 'skip';
}

/** Lints the fixture with a linter that runs only `rule`; ok when every result has the status the file name promises. */
export async function checkFixture(rule: LoadedRule, linter: Linter, file: string): Promise<FixtureOutcome> {
  const report = await linter.lintFile(file);
  const own = report.results.filter((result) => result.ruleId === rule.id && !result.suppressed);
  const others = report.results.filter((result) => result.ruleId !== rule.id);
  const expected = expectedStatus(file);
  const actual = own.map((result) => result.status);
  const ok = others.length === 0 && actual.length > 0 && actual.every((status) => status === expected);
  return { file, expected, actual, ok, message: (others[0] ?? own[0])?.message ?? 'no result' };
}

/** What a rule folder lacks to be testable: a passing and a failing fixture. */
export function missingFixtures(fixtures: readonly string[]): string[] {
  return (['pass', 'fail'] as const).filter((kind) => !fixtures.some((file) => expectedStatus(file) === kind)).map((kind) => `no ${kind}* fixture`);
}
