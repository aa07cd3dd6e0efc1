// `disclosure-lint init`: writes a starter configuration, an example custom rule with fixtures, and a GitHub workflow.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { CONFIG_FILE_NAME } from '../../config/config-file.js';
import { packageRoot } from '../../engine/paths.js';
import { UsageError } from '../parse-args.js';
import { parseCommandArgs } from '../parse-command-args.js';
import type { CliIo } from '../run-cli.js';

export const INIT_HELP = `Usage: disclosure-lint init [--force]

Writes, in the current folder:
  ${CONFIG_FILE_NAME}                  extends "recommended", lists the custom rules folder
  disclosure-rules/acme/ciso-named/            an example custom rule: rule.json, README.md, fixtures
  .github/workflows/disclosure-lint.yml        lints the drafts on every pull request
Existing files are left as they are unless --force is given.
`;

const RULES_FOLDER = 'disclosure-rules';
const EXAMPLE_RULE = join('examples', 'custom-rules', 'rules', 'acme', 'ciso-named');
const EXAMPLE_WORKFLOW = join('examples', 'github-workflow.yml');

export function starterConfig(): string {
  return `${JSON.stringify({
    $schema: './node_modules/disclosure-lint/schemas/config.schema.json',
    extends: 'recommended',
    customRules: [RULES_FOLDER],
    rules: {},
    lexicons: {},
    ignores: [],
    overrides: [],
  }, null, 2)}\n`;
}

export function initCommand(argv: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(argv, { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, 'init');
  if (values.help) {
    io.stdout.write(INIT_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError('disclosure-lint init takes no arguments; run it in the folder to set up.');
  const force = values.force ?? false;
  const written = [
    writeFile(io.cwd, CONFIG_FILE_NAME, starterConfig(), force),
    ...copyFolder(join(packageRoot(), EXAMPLE_RULE), join(io.cwd, RULES_FOLDER, 'acme', 'ciso-named'), io.cwd, force),
    writeFile(io.cwd, join('.github', 'workflows', 'disclosure-lint.yml'), readFileSync(join(packageRoot(), EXAMPLE_WORKFLOW), 'utf8'), force),
  ];
  for (const line of written) io.stdout.write(`${line}\n`);
  io.stdout.write(`\nNext: edit ${RULES_FOLDER}/acme/ciso-named (rename "acme" to your organisation), then run\n  npx disclosure-lint rules test ${RULES_FOLDER}\n  npx disclosure-lint <your drafts>\n`);
  return 0;
}

function writeFile(cwd: string, path: string, content: string, force: boolean): string {
  const target = resolve(cwd, path);
  if (existsSync(target) && !force) return `skipped  ${path} (exists; --force overwrites)`;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  return `created  ${path}`;
}

// The example points at the schema in this repository; the copy points at the installed package's.
function withInstalledSchema(ruleJson: string): string {
  return ruleJson.replace(/"\$schema":\s*"[^"]*"/, '"$schema": "../../../node_modules/disclosure-lint/schemas/rule.schema.json"');
}

function copyFolder(from: string, to: string, cwd: string, force: boolean): string[] {
  return readdirSync(from).filter((name) => statSync(join(from, name)).isFile()).sort().map((name) => {
    const target = join(to, name);
    const shown = relative(cwd, target);
    if (existsSync(target) && !force) return `skipped  ${shown} (exists; --force overwrites)`;
    mkdirSync(to, { recursive: true });
    if (name === 'rule.json') writeFileSync(target, withInstalledSchema(readFileSync(join(from, name), 'utf8')));
    else cpSync(join(from, name), target);
    return `created  ${shown}`;
  });
}
