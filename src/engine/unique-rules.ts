// Rules gathered from several linters (configurations, worker threads), each id once: the first one seen is kept.
import type { LoadedRule } from './rule.js';

export function uniqueRules(rules: Iterable<LoadedRule>): LoadedRule[] {
  const byId = new Map<string, LoadedRule>();
  for (const rule of rules) if (!byId.has(rule.id)) byId.set(rule.id, rule);
  return [...byId.values()];
}
