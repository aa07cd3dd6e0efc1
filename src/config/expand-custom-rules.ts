// Turns a configuration's `customRules` entries (folders or globs, relative to the file) into the rule.json files they name.
import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { findRuleFiles } from '../engine/load-rules.js';
import { InputError } from '../model/input-error.js';
import type { JsonSource } from '../parse/json-source.js';

export function expandCustomRules(entries: readonly string[], base: string, source: JsonSource): string[] {
  const files: string[] = [];
  entries.forEach((entry, index) => {
    const found = isDynamicPattern(entry) ? globbed(entry, base) : folder(resolve(base, entry));
    if (found.length === 0) {
      const pointer = `/customRules/${index}`;
      const problem = isDynamicPattern(entry) ? `"${entry}" matches no rule folder` : existsSync(resolve(base, entry)) ? `"${entry}" holds no rule.json` : `No such folder "${entry}"`;
      throw new InputError(source.file, problem, 'Name a rule folder (holding rule.json), a folder of rule folders, or a glob of them, relative to this configuration file.', source.locate(pointer)?.start, pointer);
    }
    files.push(...found.filter((file) => !files.includes(file)));
  });
  return files;
}

function folder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return basename(path) === 'rule.json' ? [path] : [];
  return findRuleFiles(path);
}

function globbed(pattern: string, base: string): string[] {
  const matches = globSync(pattern, { cwd: base, onlyFiles: false, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] }).sort();
  return matches.flatMap((match) => folder(match.replace(/\/$/, '')));
}
