// The sentences of the disclosure, for custom rules that look for (or forbid) a sentence.
import { defineFact } from '../fact.js';
import { allSentences } from '../text/prose.js';

export const sentences = defineFact<string[]>({
  id: 'sentences',
  description: 'The sentences of the disclosure in order. Use with `someSentenceMatches`; evidence points at each sentence.',
  type: 'string[]',
  example: ['Our CISO reports to the Audit Committee quarterly.'],
  compute({ model }) {
    const all = allSentences(model);
    return { value: all.map((sentence) => sentence.text), evidence: all.map((sentence) => sentence.span) };
  },
});
