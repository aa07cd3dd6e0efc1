// The configuration a draft is linted with, as --print-config shows it: files applied, every rule's severity, additions.
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { AnchoredGlobs, RuleSetting } from './config-file.js';
import { matchesGlobs } from './glob-matcher.js';
import type { ProjectLinter } from './project-linter.js';
import { SUPPRESSION_RULE_IDS, SUPPRESSION_RULES } from './suppression-rules.js';

export interface PrintedConfig {
  draft: string;
  /** Configuration files applied, in order (later ones win). */
  configFiles: string[];
  ignored: boolean;
  /** Every rule the draft's configuration knows, with the severity it runs at ("off": not run). */
  rules: Record<string, RuleSetting>;
  customRules: string[];
  lexicons: Record<string, string[]>;
  ignores: string[];
  overrides: Array<{ files: string[]; rules: Record<string, RuleSetting>; applies: boolean }>;
}

export function printConfig(project: ProjectLinter, draft: string, cwd: string): PrintedConfig {
  const path = resolve(cwd, draft);
  const { config, rules: settings } = project.settingsFor(path);
  const show = (file: string): string => displayPath(file, cwd);
  const rules: Record<string, RuleSetting> = {};
  for (const rule of project.knownRules(path)) rules[rule.id] = settings[rule.id] ?? rule.severity;
  for (const id of SUPPRESSION_RULE_IDS) rules[id] = settings[id] ?? SUPPRESSION_RULES[id].severity;
  return {
    draft,
    configFiles: config.files.map(show),
    ignored: project.isIgnored(path),
    rules,
    customRules: config.customRuleFiles.map(show),
    lexicons: config.lexicons,
    ignores: config.ignores.flatMap((globs) => anchored(globs, show)),
    overrides: config.overrides.map((override) => ({ files: anchored(override, show), rules: override.rules, applies: matchesGlobs(path, override) })),
  };
}

function anchored(globs: AnchoredGlobs, show: (file: string) => string): string[] {
  return globs.patterns.map((pattern) => show(join(globs.base, pattern)));
}

// Paths inside the working directory are shown relative to it; others (presets in the package) as they are.
function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}
