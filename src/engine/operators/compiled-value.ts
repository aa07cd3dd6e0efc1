// An operator's compiled form of a rule value, made once per distinct value (json-rules-engine hands operators the raw value).
import type { OperatorDefinition } from './operator-definition.js';

interface Compilations {
  /** By the value object itself: a rule's own value comes back on every document, and a lookup by identity is cheap. */
  byObject: WeakMap<object, unknown>;
  /** By content, for equal values in other objects (json-rules-engine hands operators a fresh copy on every run). */
  byJson: Map<string, unknown>;
}

const cache = new WeakMap<OperatorDefinition, Compilations>();

export function compiledValue(definition: OperatorDefinition, value: unknown): unknown {
  let compilations = cache.get(definition);
  if (!compilations) {
    compilations = { byObject: new WeakMap(), byJson: new Map() };
    cache.set(definition, compilations);
  }
  const isObject = typeof value === 'object' && value !== null;
  if (isObject && compilations.byObject.has(value)) return compilations.byObject.get(value);
  const key = JSON.stringify(value) ?? 'undefined';
  if (!compilations.byJson.has(key)) compilations.byJson.set(key, definition.compile(value));
  const compiled = compilations.byJson.get(key);
  if (isObject) compilations.byObject.set(value, compiled);
  return compiled;
}
