// `disclosure-lint rules validate <path...>`: checks rule files (and configuration files) and lists every problem with its place.
import { basename, relative, resolve } from 'node:path';
import { CONFIG_FILE_NAME } from '../../config/config-file.js';
import { ProjectLinter } from '../../config/project-linter.js';
import { loadRuleFile } from '../../engine/load-rules.js';
import { InputError } from '../../model/input-error.js';
import { parseCommandArgs } from '../parse-command-args.js';
import type { CliIo } from '../run-cli.js';
import { isBuiltinRuleFile, ruleFilesAt } from './rule-paths.js';

export const RULES_VALIDATE_HELP = `Usage: disclosure-lint rules validate <rule-folder | rule.json | ${CONFIG_FILE_NAME} ...>

Checks rule files against the rule format (schemas/rule.schema.json), the known facts and
operators, operator values and regular expressions; a configuration file is checked with
the custom rules it lists. Each problem is printed with file:line:column, the JSON pointer
and what to change. Exit codes: 0 valid, 2 invalid.
`;

export async function rulesValidateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { help: { type: 'boolean', short: 'h' } }, 'rules validate');
  if (values.help) {
    io.stdout.write(RULES_VALIDATE_HELP);
    return 0;
  }
  const configs = positionals.filter((path) => basename(path) === CONFIG_FILE_NAME || path.endsWith('.config.json'));
  const rulePaths = positionals.filter((path) => !configs.includes(path));
  const files = rulePaths.length > 0 ? ruleFilesAt(rulePaths, io.cwd) : [];
  const errors: InputError[] = [];
  for (const file of files) collect(errors, () => loadRuleFile(file, { requireNamespace: !isBuiltinRuleFile(file) }));
  for (const config of configs) {
    const file = resolve(io.cwd, config);
    collect(errors, () => new ProjectLinter({ configFile: file }).configFor(file));
  }
  for (const error of errors) io.stderr.write(`${relativeMessage(error, io.cwd)}\n`);
  const checked = files.length + configs.length;
  io.stdout.write(errors.length === 0 ? `✔ ${checked} file${checked === 1 ? '' : 's'} valid\n` : `✖ ${errors.length} of ${checked} file${checked === 1 ? '' : 's'} invalid\n`);
  return errors.length === 0 ? 0 : 2;
}

function collect(errors: InputError[], check: () => unknown): void {
  try {
    check();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    errors.push(error);
  }
}

function relativeMessage(error: InputError, cwd: string): string {
  const file = relative(cwd, error.file);
  return InputError.describe(file.startsWith('..') ? error.file : file, error.problem, error.hint, error.at, error.pointer);
}
