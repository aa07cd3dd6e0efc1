// Plain text pasted from a word processor or a filing: inferred headings, bullets, table rows, exact spans.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/parse-text.js';

const TEXT = [
  'Item 1C.Cybersecurity',
  'Risk Management and Strategy',
  'We assess cybersecurity risk annually. Our program includes:',
  '• vulnerability scanning and patching;',
  '• security awareness training, e.g. phishing simulations.',
  'Assessment | Frequency',
  'Penetration test | Annual',
  'Governance',
  'The Audit Committee of the Board oversees cybersecurity risk and',
  'receives a report from the CISO each quarter.',
  '',
].join('\r\n');

describe('parseText', () => {
  const model = parseText('draft.txt', TEXT);

  it('infers headings, including a fused "Item 1C.Cybersecurity"', () => {
    expect(model.sections.map((section) => section.kind)).toEqual(['item', 'risk-management', 'governance']);
    expect(model.meta.form).toBe('10-K');
  });

  it('keeps bullets and table rows as their own blocks', () => {
    expect(model.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['paragraph', 'list-item', 'list-item', 'table-row', 'table-row', 'paragraph']);
    expect(model.paragraphs[1]?.text).toBe('vulnerability scanning and patching;');
    expect(model.paragraphs[4]?.text).toBe('Penetration test | Annual');
  });

  it('joins a hard-wrapped sentence and maps its span across the line break (CRLF)', () => {
    const sentence = model.paragraphs[5]?.sentences[0];
    expect(sentence?.span.start).toMatchObject({ line: 9, column: 1 });
    expect(sentence?.span.end).toMatchObject({ line: 10, column: 46 });
    expect(TEXT.slice(sentence!.span.start.offset, sentence!.span.end.offset)).toBe('The Audit Committee of the Board oversees cybersecurity risk and\r\nreceives a report from the CISO each quarter.');
  });

  it('keeps a line that is one bracketed drafting note apart from the heading and text after it', () => {
    const draft = parseText('draft.txt', ['Item 1C. Cybersecurity', 'Governance', '[Board oversight paragraph to be provided by the Corporate Secretary — TBD]', "Management's Role", 'Our Chief Digital Officer is responsible for cybersecurity risk.', ''].join('\n'));
    expect(draft.paragraphs.map((paragraph) => paragraph.text)).toEqual(['[Board oversight paragraph to be provided by the Corporate Secretary — TBD]', 'Our Chief Digital Officer is responsible for cybersecurity risk.']);
    expect(draft.sections.map((section) => section.title)).toContain("Management's Role");
  });

  it('recognises ITEM 16K as a Form 20-F heading', () => {
    expect(parseText('fpi.txt', 'ITEM 16K. CYBERSECURITY\nWe maintain a program.').meta).toMatchObject({ form: '20-F', formSource: 'heading' });
  });
});
