// The rule files named on a rules subcommand's command line: rule.json files, rule folders, or folders of them.
import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { findRuleFiles } from '../../engine/load-rules.js';
import { builtinRulesDir } from '../../engine/paths.js';
import { UsageError } from '../parse-args.js';

export function ruleFilesAt(paths: readonly string[], cwd: string): string[] {
  if (paths.length === 0) throw new UsageError('Name at least one rule folder (or rule.json).');
  return paths.flatMap((path) => {
    const full = resolve(cwd, path);
    if (!existsSync(full)) throw new UsageError(`${path}: no such file or folder.`);
    const files = statSync(full).isDirectory() ? findRuleFiles(full) : basename(full) === 'rule.json' ? [full] : [];
    if (files.length === 0) throw new UsageError(`${path}: no rule.json here. Name a rule folder, a folder of rule folders, or a rule.json file.`);
    return files;
  });
}

/** Custom rules must be namespaced; the package's own rules are not. */
export function isBuiltinRuleFile(file: string): boolean {
  return file.startsWith(`${builtinRulesDir()}/`);
}
