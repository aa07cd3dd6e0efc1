// Fills `{{fact.id}}` placeholders in a rule message with fact values (no expressions: messages are data).
import type { FactResults } from '../facts/compute-facts.js';

export const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;

export function renderMessage(template: string, facts: FactResults): string {
  return template.replace(PLACEHOLDER, (_whole, id: string) => formatValue(facts[id]?.value));
}

export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return 'none';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((item) => formatValue(item)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
