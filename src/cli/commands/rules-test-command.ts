// `disclosure-lint rules test <rule-folder...>`: runs each rule on its own pass*/fail*/skip* fixtures and reports the misbehaving ones.
import { relative, resolve } from 'node:path';
import { ProjectLinter } from '../../config/project-linter.js';
import { loadRuleFile } from '../../engine/load-rules.js';
import { checkFixture, missingFixtures, ruleFixtures } from '../../engine/rule-fixtures.js';
import type { LoadedRule } from '../../engine/rule.js';
import { Linter } from '../../lint.js';
import { terminalSafe } from '../../report/terminal-safe.js';
import { parseCommandArgs } from '../parse-command-args.js';
import type { CliIo } from '../run-cli.js';
import { isBuiltinRuleFile, ruleFilesAt } from './rule-paths.js';

export const RULES_TEST_HELP = `Usage: disclosure-lint rules test <rule-folder | rule.json ...> [--config <file>]

Runs each rule, alone, on the fixtures in its folder: pass* must pass, fail* must fail,
skip* must be skipped. Lexicon additions come from the configuration that governs the
rule folder (or --config). Exit codes: 0 every rule behaves, 1 a rule misbehaves,
2 a rule file is invalid.
`;

export async function rulesTestCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } }, 'rules test');
  if (values.help) {
    io.stdout.write(RULES_TEST_HELP);
    return 0;
  }
  const project = new ProjectLinter(values.config !== undefined ? { configFile: resolve(io.cwd, values.config) } : {});
  const files = ruleFilesAt(positionals, io.cwd);
  let misbehaving = 0;
  for (const file of files) {
    const rule = loadRuleFile(file, { requireNamespace: !isBuiltinRuleFile(file) });
    const problems = await ruleProblems(rule, new Linter({ rules: [rule], lexicons: project.configFor(file).lexicons }));
    if (problems.length > 0) misbehaving++;
    const place = relative(io.cwd, file).replace(/\/?rule\.json$/, '') || '.';
    io.stdout.write(problems.length === 0 ? `✔ ${rule.id}  (${place})  ${ruleFixtures(rule).length} fixtures\n` : `✖ ${rule.id}  (${place})\n${problems.map((problem) => `    ${problem}\n`).join('')}`);
  }
  io.stdout.write(`${files.length} rule${files.length === 1 ? '' : 's'}: ${files.length - misbehaving} behave${misbehaving > 0 ? `, ${misbehaving} misbehave` : ''}\n`);
  return misbehaving > 0 ? 1 : 0;
}

async function ruleProblems(rule: LoadedRule, linter: Linter): Promise<string[]> {
  const fixtures = ruleFixtures(rule);
  const problems = missingFixtures(fixtures);
  for (const fixture of fixtures) {
    const outcome = await checkFixture(rule, linter, fixture);
    if (outcome.ok) continue;
    const got = outcome.actual.length > 0 ? [...new Set(outcome.actual)].join(' and ') : 'no result';
    problems.push(`${fixture.split('/').pop() ?? fixture}: expected ${outcome.expected}, got ${got} — ${terminalSafe(outcome.message)}`);
  }
  return problems;
}
