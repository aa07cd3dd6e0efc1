// How many a count-like fact holds: the length of a list, or the number itself.
export function countOf(value: unknown): number | undefined {
  if (Array.isArray(value)) return value.length;
  return typeof value === 'number' ? value : undefined;
}

export const COUNT_VALUE_SCHEMA = { type: 'integer', minimum: 0, description: 'A whole number, 0 or more.', examples: [1] };
