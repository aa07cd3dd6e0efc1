// Markdown drafts: structure, front matter, pasted headings, and sentence spans that point into the source.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { InputError } from '../../src/model/input-error.js';

const DRAFT = `---
form: 20-F
company: Nordlys Shipping ASA
fiscalYearEnd: 2025-12-31
flags:
  thirdPartyEngaged: true
  materiallyAffected: false
---

Item 16K. Cybersecurity

## Risk Management and Strategy

We maintain a program aligned with ISO/IEC 27001. Mr. Lund, our CISO, joined Nordlys Shipping ASA in 2019 after *twelve years* at a U.S. carrier.

- Annual penetration tests by an outside firm.
- Vendor due diligence, e.g. security questionnaires.

| Activity | Cadence |
| --- | --- |
| Tabletop exercise | Twice a year |

<!-- disclosure-lint-disable-next-line no-placeholders -- figure confirmed by HR -->
Governance

Our Supervisory Board oversees cybersecurity risk &amp; receives reports each quarter.
`;

function sourceAt(text: string, span: { start: { offset: number }; end: { offset: number } }): string {
  return text.slice(span.start.offset, span.end.offset);
}

describe('parseMarkdown', () => {
  const model = parseMarkdown('draft.md', DRAFT);

  it('reads metadata and flags from the front matter, with the flag spans', () => {
    expect(model.meta).toMatchObject({ form: '20-F', formSource: 'metadata', company: 'Nordlys Shipping ASA', fiscalYearEnd: '2025-12-31' });
    expect(model.flags.thirdPartyEngaged?.value).toBe(true);
    expect(model.flags.materiallyAffected?.value).toBe(false);
    expect(model.flags.thirdPartyEngaged?.span.start.line).toBe(6);
  });

  it('treats a pasted heading line as a heading, and classifies sections', () => {
    expect(model.sections.map((section) => [section.kind, section.title])).toEqual([
      ['item', 'Item 16K. Cybersecurity'],
      ['risk-management', 'Risk Management and Strategy'],
      ['governance', 'Governance'],
    ]);
  });

  it('keeps paragraphs, list items and table rows, and not HTML comments', () => {
    expect(model.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['paragraph', 'list-item', 'list-item', 'table-row', 'table-row', 'paragraph']);
    expect(model.comments).toHaveLength(1);
    expect(model.paragraphs.some((paragraph) => paragraph.text.includes('disclosure-lint'))).toBe(false);
  });

  it('does not split sentences after Mr., U.S. or e.g.', () => {
    const sentences = model.paragraphs[0]?.sentences.map((sentence) => sentence.text);
    expect(sentences).toEqual([
      'We maintain a program aligned with ISO/IEC 27001.',
      'Mr. Lund, our CISO, joined Nordlys Shipping ASA in 2019 after twelve years at a U.S. carrier.',
    ]);
    expect(model.paragraphs[2]?.sentences).toHaveLength(1);
  });

  it('gives each sentence its exact source span, through inline markup and entities', () => {
    const [first, second] = model.paragraphs[0]?.sentences ?? [];
    expect(first?.span.start).toMatchObject({ line: 14, column: 1 });
    expect(sourceAt(DRAFT, first!.span)).toBe(first?.text);
    expect(sourceAt(DRAFT, second!.span)).toBe('Mr. Lund, our CISO, joined Nordlys Shipping ASA in 2019 after *twelve years* at a U.S. carrier.');
    const last = model.paragraphs[5]?.sentences[0];
    expect(sourceAt(DRAFT, last!.span)).toBe('Our Supervisory Board oversees cybersecurity risk &amp; receives reports each quarter.');
    expect(last?.span.start).toMatchObject({ line: 26, column: 1 });
  });

  it('takes the form from the item heading when there is no metadata', () => {
    expect(parseMarkdown('d.md', '# ITEM 16K. CYBERSECURITY\n\nText.').meta).toMatchObject({ form: '20-F', formSource: 'heading' });
    expect(parseMarkdown('d.md', 'Some text.').meta).toMatchObject({ form: '10-K', formSource: 'default' });
  });

  it('reports malformed front matter with the file, line and a hint', () => {
    expect(() => parseMarkdown('bad.md', '---\nform: 10-K\nflags: [unclosed\n---\n\n# Item 1C. Cybersecurity\n')).toThrow(InputError);
    try {
      parseMarkdown('bad.md', '---\nform: 10-K\nflags:\n  thirdPartyEngagd: true\n---\n\nText.\n');
    } catch (error) {
      expect((error as InputError).message).toBe('bad.md:4:3: Unknown flag "thirdPartyEngagd". Use one of processesIntegrated, thirdPartyEngaged, serviceProviderOversight, materiallyAffected, positionsResponsible, reportsToBoard.');
    }
  });

  it('rejects an unknown form with its location', () => {
    expect(() => parseMarkdown('bad.md', '---\nform: 10-Q\n---\n\nText.\n')).toThrow('bad.md:2:7: Unknown form "10-Q"');
  });
});
