// `countAtMost`: a list fact has at most n items, or a number fact is at most n.
import { countOperator } from './count-of.js';

export const countAtMost = countOperator({
  name: 'countAtMost',
  description: 'The list fact has at most `value` items, or the number fact is at most `value`.',
  example: { fact: 'text.placeholders', value: 0 },
  holds: (count, maximum) => count <= maximum,
});
