// The prose of the disclosure as one string, for text-level custom rules.
import { defineFact } from '../fact.js';
import { proseText } from '../text/prose.js';

export const text = defineFact<string>({
  id: 'text',
  description: 'The prose of the disclosure as one string (headings and HTML comments excluded), paragraphs separated by blank lines.',
  type: 'string',
  example: 'We maintain a cybersecurity risk management program ...',
  compute({ model }) {
    return { value: proseText(model), evidence: [] };
  },
});
