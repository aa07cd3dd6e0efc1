// The form the draft is for, from metadata, else the item heading, else the form its file name or cited items name, else 10-K.
import { defineFact } from '../fact.js';

export const documentForm = defineFact<string>({
  id: 'document.form',
  description: 'The form the draft belongs to: `10-K`, `10-K/A`, `20-F` or `20-F/A` (metadata first, then the item heading, then the form the file name names or the items the text cites imply, such as Form 20-F’s “Item 4. Information on the Company”, else 10-K).',
  type: "'10-K' | '10-K/A' | '20-F' | '20-F/A'",
  example: '10-K',
  compute({ model }) {
    return { value: model.meta.form ?? '10-K', evidence: [] };
  },
});
