// `countAtLeast`: a list fact has at least n items, or a number fact is at least n.
import { countOperator } from './count-of.js';

export const countAtLeast = countOperator({
  name: 'countAtLeast',
  description: 'The list fact has at least `value` items, or the number fact is at least `value`.',
  example: { fact: 'sentences', value: 5 },
  holds: (count, minimum) => count >= minimum,
});
