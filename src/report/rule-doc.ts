// What formatters say about a rule beyond its results (SARIF rule descriptors, documentation links), built from the loaded rules.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { builtinRulesDir } from '../engine/paths.js';
import type { Citation, LoadedRule, Severity } from '../engine/rule.js';
import { repositoryWebUrl } from '../package-manifest.js';

export interface RuleDoc {
  id: string;
  title: string;
  severity: Severity;
  family: string;
  citation?: Citation;
  /** The rule's failure message, as written (placeholders unrendered). */
  message: string;
  /** What the rule checks, in prose: the README's "What it checks" section. */
  description?: string;
  fix?: string;
  /** The rule's README on the web; only built-in rules have one, custom rules live in the user's repository. */
  helpUri?: string;
}

export interface RuleDocOptions {
  /** The built-in rules folder (rules/ of the package). */
  builtinRulesDir: string;
  /** The repository's web address, e.g. https://github.com/owner/disclosure-lint. */
  repositoryUrl?: string;
  /** The branch or tag whose README is linked. */
  ref?: string;
}

/** By default, built-in rules link to their README in this package's repository (package.json `repository`). */
export function ruleDocs(rules: readonly LoadedRule[], options: RuleDocOptions = defaultOptions()): RuleDoc[] {
  return rules.map((rule) => ruleDoc(rule, options));
}

function defaultOptions(): RuleDocOptions {
  const repositoryUrl = repositoryWebUrl();
  return { builtinRulesDir: builtinRulesDir(), ...(repositoryUrl ? { repositoryUrl } : {}) };
}

function ruleDoc(rule: LoadedRule, options: RuleDocOptions): RuleDoc {
  const helpUri = readmeUrl(rule.readme, options);
  const description = rule.readme ? whatItChecks(readFileSync(rule.readme, 'utf8')) : undefined;
  return {
    id: rule.id,
    title: rule.title,
    severity: rule.severity,
    family: rule.family,
    ...(rule.citation ? { citation: rule.citation } : {}),
    message: rule.message,
    ...(description ? { description } : {}),
    ...(rule.fix ? { fix: rule.fix } : {}),
    ...(helpUri ? { helpUri } : {}),
  };
}

function readmeUrl(readme: string | undefined, options: RuleDocOptions): string | undefined {
  if (!readme || !options.repositoryUrl) return undefined;
  const inside = relative(options.builtinRulesDir, readme);
  if (inside.startsWith('..') || inside === readme) return undefined;
  const path = inside.split(sep).map(encodeURIComponent).join('/');
  return `${options.repositoryUrl}/blob/${options.ref ?? 'main'}/rules/${path}`;
}

/** The first paragraph under "## What it checks" (the README convention of rules/), as one line of plain text. */
export function whatItChecks(readme: string): string | undefined {
  const section = /^##\s+What it checks\s*$([\s\S]*?)(?=^##\s|(?![\s\S]))/m.exec(readme)?.[1] ?? '';
  const paragraph = section.trim().split(/\n\s*\n/)[0]?.replace(/\s+/g, ' ').trim();
  return paragraph || undefined;
}
