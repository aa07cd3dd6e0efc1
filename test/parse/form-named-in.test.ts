// A draft without metadata or an item heading (an XBRL viewer render, above all) names its form in its file name or cited items.
import { describe, expect, it } from 'vitest';
import { formNamedIn } from '../../src/parse/form-named-in.js';
import { parseXbrlRender } from '../../src/parse/parse-xbrl-render.js';
import { parseText } from '../../src/parse/parse-text.js';

describe('formNamedIn', () => {
  it('reads the form from the file name', () => {
    expect(formNamedIn('drafts/000-fta-20-f-2024.txt', '')).toBe('20-F');
    expect(formNamedIn('Orchard_20F_2025.txt', '')).toBe('20-F');
    expect(formNamedIn('acme-10-k-a-2025.md', '')).toBe('10-K/A');
    expect(formNamedIn('acme-10k.json', 'See Item 4. Information on the Company.')).toBe('10-K');
  });

  it('reads the form from items only one form has', () => {
    expect(formNamedIn('render.txt', 'For more details, see “Item 4. Information on the Company—D. Risk Factors”.')).toBe('20-F');
    expect(formNamedIn('render.txt', 'See Item 3.D. Risk Factors in this annual report.')).toBe('20-F');
    expect(formNamedIn('render.txt', 'See Part I, Item 1A, “Risk Factors.”')).toBe('10-K');
  });

  it('names no form when the text cites both or neither', () => {
    expect(formNamedIn('render.txt', 'We maintain a cybersecurity program.')).toBeUndefined();
    expect(formNamedIn('render.txt', 'Unlike our Form 10-K, this Form 20-F ...')).toBeUndefined();
    expect(formNamedIn('company-2025.txt', '')).toBeUndefined();
  });
});

describe('the form of a draft', () => {
  const block = '|Cybersecurity Risk Materially Affected or Reasonably Likely to Materially Affect Registrant [Text Block]\n|For more details, see “Item 4. Information on the Company—D. Risk Factors.”\n';

  it('comes from metadata, then the heading, then the file name or cited items', () => {
    expect(parseXbrlRender('render.txt', block).meta).toMatchObject({ form: '20-F', formSource: 'content' });
    expect(parseXbrlRender('render.txt', block, { form: '10-K' }).meta).toMatchObject({ form: '10-K', formSource: 'metadata' });
    expect(parseText('orchard-20-f.txt', 'Item 1C. Cybersecurity\n\nWe maintain a program.\n').meta).toMatchObject({ form: '10-K', formSource: 'heading' });
    expect(parseText('draft.txt', 'We maintain a program.\n').meta).toMatchObject({ form: '10-K', formSource: 'default' });
  });
});
