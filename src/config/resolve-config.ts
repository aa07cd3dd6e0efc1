// Resolves a configuration file with everything it extends (presets or other files) into one ResolvedConfig.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../model/input-error.js';
import { toJsonPointer } from '../parse/json-source.js';
import { checkLexiconNames } from './check-lexicon-names.js';
import type { ConfigFile, ResolvedConfig } from './config-file.js';
import { expandCustomRules } from './expand-custom-rules.js';
import { loadConfigFile, type LoadedConfigFile } from './load-config-file.js';
import { presetFile, presetNames } from './presets.js';

export function emptyConfig(): ResolvedConfig {
  return { files: [], rules: {}, customRuleFiles: [], lexicons: {}, ignores: [], overrides: [], ruleSettingPlaces: [] };
}

/** Resolves `file`, memoising in `cache` (by absolute path) so shared bases are read once per run. */
export function resolveConfig(file: string, cache: Map<string, ResolvedConfig>, chain: readonly string[] = []): ResolvedConfig {
  const path = resolve(file);
  const cached = cache.get(path);
  if (cached) return cached;
  const loaded = loadConfigFile(path);
  const resolved = extendsOf(loaded).reduce(
    (merged, parent) => merge(merged, resolveConfig(parent, cache, [...chain, path])),
    emptyConfig(),
  );
  const result = merge(resolved, own(loaded));
  cache.set(path, result);
  return result;

  function extendsOf({ config, source }: LoadedConfigFile): string[] {
    const names = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
    return names.map((name, index) => {
      const pointer = Array.isArray(config.extends) ? `/extends/${index}` : '/extends';
      const target = presetFile(name) ?? resolve(dirname(path), name);
      const at = source.locate(pointer)?.start;
      if (!existsSync(target)) {
        throw new InputError(path, `"${name}" is neither a preset nor an existing file`, `Use ${presetNames().map((preset) => `"${preset}"`).join(' or ')}, or a path to a configuration file relative to this one.`, at, pointer);
      }
      if (target === path || chain.includes(target)) {
        throw new InputError(path, `"${name}" extends a configuration that extends this one`, 'Remove the cycle from the "extends" chain.', at, pointer);
      }
      return target;
    });
  }
}

/** What a file itself says, with its paths anchored at its folder. */
function own({ file, config, source }: LoadedConfigFile): ResolvedConfig {
  const base = dirname(file);
  checkLexiconNames(config.lexicons, source);
  return {
    files: [file],
    rules: { ...config.rules },
    customRuleFiles: expandCustomRules(config.customRules ?? [], base, source),
    lexicons: { ...config.lexicons },
    ignores: config.ignores ? [{ base, patterns: config.ignores }] : [],
    overrides: (config.overrides ?? []).map((override) => ({ base, patterns: override.files, rules: override.rules })),
    ruleSettingPlaces: settingPlaces(file, config),
  };
}

function settingPlaces(file: string, config: ConfigFile): ResolvedConfig['ruleSettingPlaces'] {
  const places = Object.keys(config.rules ?? {}).map((ruleId) => ({ file, ruleId, pointer: toJsonPointer(['rules', ruleId]) }));
  (config.overrides ?? []).forEach((override, index) => {
    for (const ruleId of Object.keys(override.rules)) places.push({ file, ruleId, pointer: toJsonPointer(['overrides', index, 'rules', ruleId]) });
  });
  return places;
}

/** `later` applied over `earlier`: its rule settings win; lists and lexicon terms add up. */
function merge(earlier: ResolvedConfig, later: ResolvedConfig): ResolvedConfig {
  const lexicons: Record<string, string[]> = { ...earlier.lexicons };
  for (const [name, terms] of Object.entries(later.lexicons)) lexicons[name] = [...new Set([...(lexicons[name] ?? []), ...terms])];
  return {
    files: [...earlier.files, ...later.files.filter((file) => !earlier.files.includes(file))],
    rules: { ...earlier.rules, ...later.rules },
    customRuleFiles: [...earlier.customRuleFiles, ...later.customRuleFiles.filter((file) => !earlier.customRuleFiles.includes(file))],
    lexicons,
    ignores: [...earlier.ignores, ...later.ignores],
    overrides: [...earlier.overrides, ...later.overrides],
    ruleSettingPlaces: [...earlier.ruleSettingPlaces, ...later.ruleSettingPlaces],
  };
}
