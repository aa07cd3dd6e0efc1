// An operator's compiled form of a rule value, made once per distinct value (json-rules-engine hands operators the raw value).
import type { OperatorDefinition } from './operator-definition.js';

const cache = new WeakMap<OperatorDefinition, Map<string, unknown>>();

export function compiledValue(definition: OperatorDefinition, value: unknown): unknown {
  let byValue = cache.get(definition);
  if (!byValue) {
    byValue = new Map();
    cache.set(definition, byValue);
  }
  const key = JSON.stringify(value) ?? 'undefined';
  if (!byValue.has(key)) byValue.set(key, definition.compile(value));
  return byValue.get(key);
}
