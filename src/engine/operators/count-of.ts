// Count operators: how many a list fact holds (its length) or what a number fact says, compared with a whole number.
import { defineOperator, type OperatorDefinition } from './operator-definition.js';

export function countOf(value: unknown): number | undefined {
  if (Array.isArray(value)) return value.length;
  return typeof value === 'number' ? value : undefined;
}

/** A count operator; a fact that is neither a list nor a number never satisfies it. */
export function countOperator(definition: { name: string; description: string; example: { fact: string; value: number }; holds(count: number, bound: number): boolean }): OperatorDefinition<number> {
  return defineOperator<number>({
    name: definition.name,
    description: definition.description,
    factKinds: ['array', 'string[]', 'number'],
    valueSchema: { type: 'integer', minimum: 0, description: 'A whole number, 0 or more.', examples: [1] },
    example: definition.example,
    compile: (value) => Number(value),
    evaluate: (factValue, bound) => {
      const count = countOf(factValue);
      return count !== undefined && definition.holds(count, bound);
    },
    describeActual: (factValue) => countOf(factValue) ?? null,
  });
}
