// The built-in presets, generated from the rules themselves: `recommended` states every default, `strict` raises warnings to errors.
import type { LoadedRule } from '../engine/rule.js';

const SCHEMA = '../../schemas/config.schema.json';

export function presetConfigs(rules: readonly LoadedRule[]): Record<string, object> {
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    recommended: { $schema: SCHEMA, rules: Object.fromEntries(sorted.map((rule) => [rule.id, rule.severity])) },
    strict: { $schema: SCHEMA, extends: 'recommended', rules: Object.fromEntries(sorted.filter((rule) => rule.severity === 'warning').map((rule) => [rule.id, 'error'])) },
  };
}
