// Loads rule folders (rules/<family>/<id>/rule.json), validating each file against the schema and the known facts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { FACTS_BY_ID } from '../facts/registry.js';
import { InputError } from '../model/input-error.js';
import { combineInputErrors, formatAjvErrors, parseJsonSource, type JsonSource } from '../parse/json-source.js';
import { checkCondition } from './check-condition.js';
import { conditionLeaves } from './conditions.js';
import { readSnapshot } from './builtin-snapshot.js';
import { builtinRulesDir } from './paths.js';
import { PLACEHOLDER } from './render-message.js';
import type { LoadedRule, RuleDefinition } from './rule.js';
import { schemaValidator } from './schema-validator.js';

/** Every rule.json below a folder (a rule folder itself, a family folder, or a folder of families). */
export function findRuleFiles(dir: string): string[] {
  const direct = join(dir, 'rule.json');
  if (existsSync(direct)) return [resolve(direct)];
  const found: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (!entry.startsWith('.') && entry !== 'node_modules' && statSync(path).isDirectory()) found.push(...findRuleFiles(path));
  }
  return found;
}

let builtin: LoadedRule[] | undefined;

/** The built-in rules: from the precompiled snapshot when it is current, else read and validated from rules/. */
export function loadBuiltinRules(): LoadedRule[] {
  builtin ??= readSnapshot()?.rules ?? loadBuiltinRuleFiles();
  return builtin;
}

export function loadBuiltinRuleFiles(): LoadedRule[] {
  return findRuleFiles(builtinRulesDir()).map((file) => loadRuleFile(file));
}

/** Reads and validates one rule file; throws an InputError naming the file, line, column and JSON pointer. */
export function loadRuleFile(file: string, options: { requireNamespace?: boolean } = {}): LoadedRule {
  const source = parseJsonSource(file, readFileSync(file, 'utf8'));
  const validate = schemaValidator('rule.schema.json');
  if (!validate(source.value)) throw combineInputErrors(formatAjvErrors(file, validate.errors, source)) as InputError;
  const rule = source.value as RuleDefinition;
  const problems = semanticProblems(file, rule, source, options.requireNamespace ?? false);
  const combined = combineInputErrors(problems.sort((a, b) => (a.at?.offset ?? 0) - (b.at?.offset ?? 0)));
  if (combined) throw combined;
  const folder = dirname(file);
  const readme = join(folder, 'README.md');
  return { ...rule, family: basename(dirname(folder)), file, ...(existsSync(readme) ? { readme } : {}) };
}

function semanticProblems(file: string, rule: RuleDefinition, source: JsonSource, requireNamespace: boolean): InputError[] {
  const problems: InputError[] = [];
  const problem = (pointer: string, text: string, hint: string): void => {
    problems.push(new InputError(file, text, hint, source.locate(pointer)?.start, pointer));
  };
  if (requireNamespace && !rule.id.includes('/')) {
    problem('/id', `Custom rule id "${rule.id}" has no namespace`, 'Prefix it with your organisation, e.g. "acme/ciso-named", so it cannot clash with built-in rules.');
  }
  for (const { leaf, pointer } of [...conditionLeaves(rule.when, '/when'), ...conditionLeaves(rule.expect, '/expect')]) {
    const check = checkCondition(leaf, pointer, suggestFact);
    for (const found of check.problems) problem(found.pointer, found.problem, found.hint);
    problems.push(...formatAjvErrors(file, check.schemaErrors, source));
  }
  for (const match of rule.message.matchAll(PLACEHOLDER)) {
    const id = match[1] ?? '';
    if (!FACTS_BY_ID.has(id)) problem('/message', `Unknown fact "${id}" in a message placeholder`, suggestFact(id));
  }
  const locateFact = /^(?:evidence|each):(.+)$/.exec(rule.locate ?? '')?.[1];
  if (locateFact && !FACTS_BY_ID.has(locateFact)) problem('/locate', `Unknown fact "${locateFact}" in locate`, suggestFact(locateFact));
  return problems;
}

function suggestFact(unknown: string): string {
  const ids = [...FACTS_BY_ID.keys()];
  const close = ids.filter((id) => id.toLowerCase().includes(unknown.toLowerCase().split('.').pop() ?? '') || unknown.toLowerCase().includes(id.toLowerCase()));
  const suggestion = close.length > 0 ? ` Did you mean ${close.slice(0, 3).map((id) => `"${id}"`).join(' or ')}?` : '';
  return `Use a fact listed in docs/facts.md.${suggestion}`;
}
