// A configuration as written in disclosure-lint.config.json (schemas/config.schema.json) and as resolved for a draft.
import type { Severity } from '../engine/rule.js';

export const CONFIG_FILE_NAME = 'disclosure-lint.config.json';

export type RuleSetting = Severity | 'off';

export interface ConfigOverride {
  files: string[];
  rules: Record<string, RuleSetting>;
}

export interface ConfigFile {
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  customRules?: string[];
  lexicons?: Record<string, string[]>;
  ignores?: string[];
  overrides?: ConfigOverride[];
}

/** A glob list and the folder it is relative to (the folder of the file that declared it). */
export interface AnchoredGlobs {
  base: string;
  patterns: string[];
}

/** Where a setting was written, for errors found once the whole configuration is known. */
export interface SettingPlace {
  file: string;
  pointer: string;
}

/** A configuration with its `extends` applied: what every draft under it starts from. */
export interface ResolvedConfig {
  /** Configuration files applied, in order (presets and extended files first, the file itself last). */
  files: string[];
  rules: Record<string, RuleSetting>;
  /** Absolute paths of the custom rules' rule.json files. */
  customRuleFiles: string[];
  lexicons: Record<string, string[]>;
  ignores: AnchoredGlobs[];
  overrides: Array<AnchoredGlobs & { rules: Record<string, RuleSetting> }>;
  /** Where each rule id in `rules` or an override was written. */
  ruleSettingPlaces: Array<SettingPlace & { ruleId: string }>;
}
