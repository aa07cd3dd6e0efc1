// Helpers for operators on list facts whose evidence holds one span per item (as `sentences` does).
import type { Span } from '../../model/disclosure.js';

export function stringItems(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The evidence spans of the items that satisfy `test`; nothing when the evidence is not one span per item. */
export function alignedEvidence(value: unknown, evidence: readonly Span[], test: (item: string) => boolean): Span[] {
  if (!Array.isArray(value) || value.length !== evidence.length) return [];
  return evidence.filter((_span, index) => {
    const item: unknown = value[index];
    return typeof item === 'string' && test(item);
  });
}
