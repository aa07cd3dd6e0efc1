// Whether the draft carries the item heading its form calls for (Item 16K for a 20-F, Item 1C otherwise).
import { defineFact } from '../fact.js';

export const documentItemHeadingPresent = defineFact<boolean>({
  id: 'document.itemHeadingPresent',
  description: 'Whether the draft has the item heading its form calls for: `Item 16K. Cybersecurity` on Form 20-F, `Item 1C. Cybersecurity` on Form 10-K.',
  type: 'boolean',
  example: true,
  compute(context) {
    const heading = context.get<string>('document.itemHeading');
    const form = context.get<string>('document.form').value;
    const expected = form.startsWith('20-F') ? '16K' : '1C';
    return { value: heading.value === expected, evidence: heading.evidence };
  },
});
