// `wordCountBetween`: the words of a string fact (or of all items of a list fact) fall within bounds.
import { wordCount } from '../../facts/text/prose.js';
import { defineOperator, OperatorValueError } from './operator-definition.js';
import { stringItems } from './string-items.js';

export interface WordBounds {
  min: number;
  max: number;
}

export const wordCountBetween = defineOperator<WordBounds>({
  name: 'wordCountBetween',
  description: 'The number of words in the string fact (for a list fact: in all its items) is at least `min` and at most `max` (either may be left out).',
  factKinds: ['string', 'string[]'],
  valueSchema: {
    type: 'object',
    description: 'Bounds on the word count: `{ "min": 150 }`, `{ "max": 2500 }` or both.',
    additionalProperties: false,
    minProperties: 1,
    properties: {
      min: { type: 'integer', minimum: 0, description: 'Fewest words allowed.' },
      max: { type: 'integer', minimum: 0, description: 'Most words allowed.' },
    },
    examples: [{ min: 150, max: 2500 }],
  },
  example: { fact: 'text', value: { min: 150, max: 2500 } },
  compile(value) {
    const { min = 0, max = Infinity } = value as Partial<WordBounds>;
    if (min > max) throw new OperatorValueError(`"min" (${min}) is larger than "max" (${max})`, 'Swap the bounds or correct one of them.', '/min');
    return { min, max };
  },
  evaluate: (factValue, bounds) => {
    const words = wordsIn(factValue);
    return words >= bounds.min && words <= bounds.max;
  },
  describeActual: (factValue) => wordsIn(factValue),
});

function wordsIn(value: unknown): number {
  const texts = typeof value === 'string' ? [value] : stringItems(value);
  return texts.reduce((total, text) => total + wordCount(text), 0);
}
