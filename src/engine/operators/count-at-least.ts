// `countAtLeast`: a list fact has at least n items, or a number fact is at least n.
import { countOf, COUNT_VALUE_SCHEMA } from './count-of.js';
import { defineOperator } from './operator-definition.js';

export const countAtLeast = defineOperator<number>({
  name: 'countAtLeast',
  description: 'The list fact has at least `value` items, or the number fact is at least `value`.',
  factKinds: ['array', 'string[]', 'number'],
  valueSchema: COUNT_VALUE_SCHEMA,
  example: { fact: 'sentences', value: 5 },
  compile: (value) => Number(value),
  evaluate: (factValue, minimum) => (countOf(factValue) ?? -Infinity) >= minimum,
  describeActual: (factValue) => countOf(factValue) ?? null,
});
