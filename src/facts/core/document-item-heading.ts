// Which item heading the draft carries: Item 1C (10-K), Item 16K (20-F), or none.
import { defineFact } from '../fact.js';

export const documentItemHeading = defineFact<string>({
  id: 'document.itemHeading',
  description: 'The item heading found: `1C` (Form 10-K), `16K` (Form 20-F) or `none`.',
  type: "'1C' | '16K' | 'none'",
  example: '1C',
  compute({ model }) {
    const heading = model.sections.find((section) => section.kind === 'item');
    if (!heading) return { value: 'none', evidence: [] };
    return { value: /16\s*k/i.test(heading.title) ? '16K' : '1C', evidence: [heading.span] };
  },
});
