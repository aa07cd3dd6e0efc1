// `countAtMost`: a list fact has at most n items, or a number fact is at most n.
import { countOf, COUNT_VALUE_SCHEMA } from './count-of.js';
import { defineOperator } from './operator-definition.js';

export const countAtMost = defineOperator<number>({
  name: 'countAtMost',
  description: 'The list fact has at most `value` items, or the number fact is at most `value`.',
  factKinds: ['array', 'string[]', 'number'],
  valueSchema: COUNT_VALUE_SCHEMA,
  example: { fact: 'text.placeholders', value: 0 },
  compile: (value) => Number(value),
  evaluate: (factValue, maximum) => (countOf(factValue) ?? Infinity) <= maximum,
  describeActual: (factValue) => countOf(factValue) ?? null,
});
