// Lints drafts under their own configuration: nearest config file (or --config), overrides, ignores, one Linter per distinct setting.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadBuiltinRules, loadRuleFile } from '../engine/load-rules.js';
import type { LoadedRule } from '../engine/rule.js';
import { Linter } from '../lint.js';
import type { Point } from '../model/disclosure.js';
import { InputError } from '../model/input-error.js';
import { parseJsonSource } from '../parse/json-source.js';
import type { FileReport } from '../report/report.js';
import type { ResolvedConfig, RuleSetting } from './config-file.js';
import { findConfigFile } from './find-config-file.js';
import { matchesGlobs } from './glob-matcher.js';
import { presetFile } from './presets.js';
import { emptyConfig, resolveConfig } from './resolve-config.js';
import { checkRuleSettings } from './check-rule-settings.js';
import { isSuppressionRuleId, SUPPRESSION_RULE_IDS, type SuppressionRuleId } from './suppression-rules.js';
import { uniqueRules } from '../engine/unique-rules.js';

export interface ProjectOptions {
  /** A configuration file used for every draft instead of the nearest one (the CLI's --config). */
  configFile?: string;
  /** Run only these rules (the CLI's --rule). */
  ruleIds?: readonly string[];
}

/** The settings one draft is linted with: its configuration with the overrides that match it applied. */
export interface DraftSettings {
  config: ResolvedConfig;
  rules: Record<string, RuleSetting>;
}

export class ProjectLinter {
  private readonly configs = new Map<string, ResolvedConfig>();
  private readonly configFiles = new Map<string, string | undefined>();
  private readonly checked = new Set<ResolvedConfig>();
  private readonly customRules = new Map<string, LoadedRule>();
  private readonly configRules = new WeakMap<ResolvedConfig, LoadedRule[]>();
  private readonly linters = new Map<string, Linter>();
  private builtin: LoadedRule[] | undefined;

  constructor(private readonly options: ProjectOptions = {}) {}

  /** The configuration that governs a draft (before overrides); throws an InputError for an invalid one. */
  configFor(path: string): ResolvedConfig {
    const file = this.options.configFile ? resolve(this.options.configFile) : findConfigFile(dirname(resolve(path)), this.configFiles);
    const fallback = presetFile('recommended');
    const config = file ? resolveConfig(file, this.configs) : fallback ? resolveConfig(fallback, this.configs) : emptyConfig();
    if (!this.checked.has(config)) {
      checkRuleSettings(config, new Set([...this.rulesOf(config).map((rule) => rule.id), ...SUPPRESSION_RULE_IDS]));
      this.checked.add(config);
    }
    return config;
  }

  settingsFor(path: string): DraftSettings {
    const config = this.configFor(path);
    const rules = { ...config.rules };
    for (const override of config.overrides) if (matchesGlobs(resolve(path), override)) Object.assign(rules, override.rules);
    return { config, rules };
  }

  isIgnored(path: string): boolean {
    return this.configFor(path).ignores.some((globs) => matchesGlobs(resolve(path), globs));
  }

  /** Every rule a draft's configuration knows (built-in and custom), at default severity, whether on or off. */
  knownRules(path: string): LoadedRule[] {
    return this.rulesOf(this.configFor(path));
  }

  async lintFile(path: string): Promise<FileReport> {
    return this.linterFor(path).lintFile(resolve(path));
  }

  async lintText(path: string, text: string): Promise<FileReport> {
    return this.linterFor(path).lintText(path, text);
  }

  async lintBytes(path: string, bytes: Uint8Array): Promise<FileReport> {
    return this.linterFor(path).lintBytes(path, bytes);
  }

  /** The rules that ran on some draft so far, each once. */
  get rules(): LoadedRule[] {
    return uniqueRules([...this.linters.values()].flatMap((linter) => linter.rules));
  }

  linterFor(path: string): Linter {
    const { config, rules: settings } = this.settingsFor(path);
    const key = JSON.stringify([config.customRuleFiles, Object.entries(settings).sort(), config.lexicons]);
    let linter = this.linters.get(key);
    if (!linter) {
      const known = this.rulesOf(config);
      const active = known.flatMap((rule) => {
        const setting = settings[rule.id];
        if (setting === 'off') return [];
        return [setting ? { ...rule, severity: setting } : rule];
      });
      linter = new Linter({
        rules: active,
        inactiveRuleIds: known.filter((rule) => settings[rule.id] === 'off').map((rule) => rule.id),
        lexicons: config.lexicons,
        suppressionSeverities: suppressionSettings(settings),
        ...(this.options.ruleIds ? { ruleIds: this.options.ruleIds } : {}),
      });
      this.linters.set(key, linter);
    }
    return linter;
  }

  private rulesOf(config: ResolvedConfig): LoadedRule[] {
    const cached = this.configRules.get(config);
    if (cached) return cached;
    this.builtin ??= loadBuiltinRules();
    const rules = [...this.builtin];
    for (const file of config.customRuleFiles) {
      const rule = this.customRule(file);
      const clash = rules.find((other) => other.id === rule.id);
      if (clash) throw new InputError(file, `Rule id "${rule.id}" is already used by ${clash.file}`, 'Give each rule its own id.', locateInFile(file, '/id'), '/id');
      rules.push(rule);
    }
    this.configRules.set(config, rules);
    return rules;
  }

  private customRule(file: string): LoadedRule {
    let rule = this.customRules.get(file);
    if (!rule) {
      rule = loadRuleFile(file, { requireNamespace: true });
      this.customRules.set(file, rule);
    }
    return rule;
  }
}

function locateInFile(file: string, pointer: string): Point | undefined {
  return parseJsonSource(file, readFileSync(file, 'utf8')).locate(pointer)?.start;
}

function suppressionSettings(settings: Record<string, RuleSetting>): Partial<Record<SuppressionRuleId, RuleSetting>> {
  return Object.fromEntries(Object.entries(settings).filter(([id]) => isSuppressionRuleId(id)));
}
