import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Disclosure, Sentence } from '../../src/model/disclosure.js';
import { TEXT_BLOCK_NAMES } from '../../src/model/disclosure.js';
import { CYD_TEXT_BLOCKS } from '../../src/model/cyd-elements.js';
import { looksLikeXbrlRender, parseXbrlRender } from '../../src/parse/parse-xbrl-render.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/xbrl-render/harbor-point-10-k.txt', import.meta.url));
const SEED = fileURLToPath(new URL('../../../shared/corpus/dev/000-fta-20-f-2024.txt', import.meta.url));

/**
 * The source text of a span as the parser reads it: where the render broke a line mid-sentence the
 * sentence has one space, or nothing inside a hyphenated word ("Two" / "-Star").
 */
function renderedAt(text: string, sentence: Sentence): string {
  return text
    .slice(sentence.span.start.offset, sentence.span.end.offset)
    .replace(/[ \t]*\r?\n[ \t]*(?=[-‐‑])/g, '')
    .replace(/(\p{L}[-‐‑])\r?\n[ \t]*/gu, '$1')
    .replace(/[ \t]*\r?\n[ \t]*/g, ' ');
}

function sentences(model: Disclosure): Sentence[] {
  return model.paragraphs.flatMap((p) => p.sentences);
}

function sentenceStarting(model: Disclosure, prefix: string): Sentence[] {
  return sentences(model).filter((s) => s.text.startsWith(prefix));
}

describe('looksLikeXbrlRender', () => {
  it('recognises the viewer rows', () => {
    expect(looksLikeXbrlRender(readFileSync(FIXTURE, 'utf8'))).toBe(true);
    expect(looksLikeXbrlRender('|Cybersecurity Risk Role of Management [Text Block]|Our CISO leads the team.')).toBe(true);
  });

  it('leaves plain text and Markdown tables alone', () => {
    expect(looksLikeXbrlRender('Item 1C. Cybersecurity\n\nRisk Management and Strategy\nWe maintain a program.')).toBe(false);
    expect(looksLikeXbrlRender('| Element | Value |\n|---|---|\n| Third Party Engaged [Flag] | true |')).toBe(false);
  });
});

describe('parseXbrlRender: a render of our own', () => {
  const text = readFileSync(FIXTURE, 'utf8');
  const model = parseXbrlRender(FIXTURE, text);

  it('reads the six flags from their rows, located at the value', () => {
    expect(Object.fromEntries(Object.entries(model.flags).map(([name, flag]) => [name, flag?.value]))).toEqual({
      processesIntegrated: true, thirdPartyEngaged: true, serviceProviderOversight: true,
      materiallyAffected: false, positionsResponsible: true, reportsToBoard: true,
    });
    expect(model.flags.materiallyAffected?.span.start).toMatchObject({ line: 24, column: 2 });
    expect(model.flags.materiallyAffected?.span.end).toMatchObject({ line: 24, column: 7 });
    // The value on the label's own line: `|Label [Flag]|true`.
    const oversight = model.flags.serviceProviderOversight;
    expect(oversight?.span.start.line).toBe(22);
    expect(text.slice(oversight?.span.start.offset, oversight?.span.end.offset)).toBe('true');
  });

  it('finds all ten text blocks', () => {
    expect(Object.keys(model.textBlocks).sort()).toEqual([...TEXT_BLOCK_NAMES].sort());
    expect(model.textBlocks.boardCommittee?.text).toBe('Audit Committee');
    expect(model.textBlocks.boardCommittee?.span.start).toMatchObject({ line: 30, column: 2 });
  });

  it('joins render-broken lines in the block text and keeps its headings and paragraphs apart', () => {
    const block = model.textBlocks.riskManagementProcesses;
    expect(block?.text.split('\n\n').map((part) => part.slice(0, 40))).toEqual([
      'Risk Management and Strategy',
      'We maintain a cybersecurity risk managem',
      'Assessments and Third Parties',
      'We engage third-party assessors to condu',
      'We oversee third-party service providers',
    ]);
    expect(block?.text).toContain('The program is based on the NIST');
    expect(block?.span.start).toMatchObject({ line: 8, column: 1 });
    expect(block?.span.end.line).toBe(15);
  });

  it('joins a sentence broken by the render into one sentence with the right start', () => {
    const [program] = sentenceStarting(model, 'The program is based');
    expect(program?.text).toBe('The program is based on the NIST Cybersecurity Framework and is reviewed annually.');
    expect(program?.span.start).toMatchObject({ line: 9, column: 207 });
    expect(program?.span.end).toMatchObject({ line: 10, column: 79 });
    const [soc] = sentenceStarting(model, 'Vendors that host customer data');
    expect(soc?.text).toBe('Vendors that host customer data must hold a SOC 2 Type II report or an equivalent certification.');
    const [escalation] = sentenceStarting(model, 'Incidents that meet');
    expect(escalation?.text).toMatch(/within 48 hours\.$/);
    expect(escalation?.span.end.line).toBe(34);
  });

  it('gives every sentence the span of its text in the file', () => {
    expect(sentences(model).length).toBeGreaterThan(15);
    for (const sentence of sentences(model)) expect(renderedAt(text, sentence)).toBe(sentence.text);
  });

  it('opens a section per block, titled with its label and of its kind, with inner headings below it', () => {
    const blocks = model.sections.filter((s) => s.depth === 2);
    expect(blocks.map((s) => s.title)).toEqual([
      CYD_TEXT_BLOCKS.riskManagementProcesses.label,
      CYD_TEXT_BLOCKS.processesIntegrated.label,
      CYD_TEXT_BLOCKS.materiallyAffected.label,
      CYD_TEXT_BLOCKS.boardOversight.label,
      CYD_TEXT_BLOCKS.boardCommittee.label,
      CYD_TEXT_BLOCKS.boardInformingProcess.label,
      CYD_TEXT_BLOCKS.roleOfManagement.label,
      CYD_TEXT_BLOCKS.positionsResponsible.label,
      CYD_TEXT_BLOCKS.managementExpertise.label,
      CYD_TEXT_BLOCKS.managementInformingProcess.label,
    ]);
    expect(blocks.map((s) => s.kind)).toEqual([
      'risk-management', 'risk-management', 'risk-management',
      'governance', 'governance', 'governance', 'governance', 'governance', 'governance', 'governance',
    ]);
    expect(blocks[0]?.span.start).toMatchObject({ line: 6, column: 2 });
    const inner = model.sections.filter((s) => s.depth === 3);
    expect(inner.map((s) => [s.title, s.parent])).toEqual([
      ['Risk Management and Strategy', 0],
      ['Assessments and Third Parties', 0],
      ["Management's Role", blocks[6]?.index],
    ]);
  });

  it('tags every paragraph with its text block and section', () => {
    for (const paragraph of model.paragraphs) {
      const section = model.sections[paragraph.section ?? -1];
      const block = section?.depth === 2 ? section : model.sections[section?.parent ?? -1];
      expect(block?.title).toBe(CYD_TEXT_BLOCKS[paragraph.textBlock ?? 'boardOversight'].label);
    }
    expect(model.paragraphs.filter((p) => p.textBlock === 'riskManagementProcesses')).toHaveLength(3);
    expect(model.paragraphs.find((p) => p.textBlock === 'boardCommittee')?.text).toBe('Audit Committee');
  });

  it('reads nothing from the |X footer', () => {
    const footer = text.indexOf('\n|X') + 1;
    expect(model.paragraphs.every((p) => p.span.end.offset <= footer)).toBe(true);
    expect(model.paragraphs.some((p) => /footer text|Reference 1|Boolean flag/.test(p.text))).toBe(false);
  });

  it('takes the period end from the header, the form from the file name, and a form the caller gives over both', () => {
    expect(model.meta).toMatchObject({ fiscalYearEnd: '2025-06-30', form: '10-K', formSource: 'content' });
    expect(parseXbrlRender('render.txt', text).meta).toMatchObject({ form: '10-K', formSource: 'default' });
    expect(parseXbrlRender(FIXTURE, text, { form: '20-F' }).meta).toMatchObject({ form: '20-F', formSource: 'metadata' });
    expect(model.source.format).toBe('xbrl-render');
  });
});

describe('parseXbrlRender: variations', () => {
  it('reads a form named in the header', () => {
    const text = '|\nCybersecurity Risk Management and Strategy Disclosure - Form 20-F\n|Cybersecurity Risk Role of Management [Text Block]\n|Our CISO leads the team.\n';
    expect(parseXbrlRender('r.txt', text).meta.form).toBe('20-F');
  });

  it('keeps spans right with CRLF line ends', () => {
    const text = readFileSync(FIXTURE, 'utf8').replace(/\n/g, '\r\n');
    const model = parseXbrlRender('crlf.txt', text);
    for (const sentence of sentences(model)) expect(renderedAt(text, sentence)).toBe(sentence.text);
    expect(sentenceStarting(model, 'The program is based')[0]?.span.start).toMatchObject({ line: 9, column: 207 });
    expect(model.flags.materiallyAffected?.span.start).toMatchObject({ line: 24, column: 2 });
  });

  it('keeps prose of an unknown text block in an "other" section without a block tag, and skips odd flag values', () => {
    const text = [
      '|Acme Custom Cyber Program Details [Text Block]',
      '|Our program covers all subsidiaries.',
      '|Cybersecurity Risk Management Third Party Engaged [Flag]',
      '|Yes (see above)',
    ].join('\n');
    const model = parseXbrlRender('r.txt', text);
    expect(model.sections.map((s) => [s.title, s.kind])).toEqual([['Acme Custom Cyber Program Details [Text Block]', 'other']]);
    expect(model.paragraphs.map((p) => [p.text, p.textBlock])).toEqual([['Our program covers all subsidiaries.', undefined]]);
    expect(model.flags).toEqual({});
  });

  it('keeps `|` lines inside a text block (a pasted table) with that block', () => {
    const text = [
      '|Cybersecurity Risk Role of Management [Text Block]',
      '|Our CISO leads the security team.',
      '|CISO | 20 years in information security',
      '|Cybersecurity Risk Management Positions or Committees Responsible [Flag]',
      '|true',
    ].join('\n');
    const model = parseXbrlRender('r.txt', text);
    expect(model.paragraphs.map((p) => [p.text, p.textBlock])).toEqual([
      ['Our CISO leads the security team.', 'roleOfManagement'],
      ['CISO | 20 years in information security', 'roleOfManagement'],
    ]);
    expect(model.flags.positionsResponsible?.value).toBe(true);
  });

  it('does not take a one-line block for a heading', () => {
    const model = parseXbrlRender('r.txt', '|Cybersecurity Risk Board Committee or Subcommittee Responsible for Oversight [Text Block]\n|The Audit and Risk Committee\n');
    expect(model.paragraphs.map((p) => p.text)).toEqual(['The Audit and Risk Committee']);
    expect(model.sections).toHaveLength(1);
  });
});

describe.skipIf(!existsSync(SEED))('parseXbrlRender: the seed render (shared corpus)', () => {
  const text = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';
  const model = parseXbrlRender(SEED, text, { form: '20-F' });

  it('reads six flags, all true', () => {
    expect(Object.keys(model.flags)).toHaveLength(6);
    expect(Object.values(model.flags).every((flag) => flag?.value === true)).toBe(true);
  });

  it('finds every text block the render has', () => {
    // The render carries nine of the ten blocks; it has no ProcessForInformingManagement block.
    const rows = text.split('\n').filter((line) => /^\|.*\[Text Block\]\s*$/.test(line)).length;
    expect(rows).toBe(9);
    expect(Object.keys(model.textBlocks)).toHaveLength(rows);
    expect(model.textBlocks.managementInformingProcess).toBeUndefined();
    expect(model.textBlocks.boardCommittee?.text).toBe('audit committee');
  });

  it('reads "The" / "Group hasadopted ..." as one sentence, in both blocks that carry it', () => {
    const found = sentenceStarting(model, 'The Group hasadopted a comprehensive');
    expect(found.map((s) => [s.span.start.line, s.span.start.column])).toEqual([[9, 1], [56, 1]]);
    expect(found.map((s) => model.paragraphs[s.paragraph]?.textBlock)).toEqual(['riskManagementProcesses', 'processesIntegrated']);
    expect(found[0]?.text).toMatch(/supplier management risks\.$/);
    expect(sentenceStarting(model, 'The Group obtained the Two-StarRecognition')).toHaveLength(1);
    for (const sentence of sentences(model)) expect(renderedAt(text, sentence)).toBe(sentence.text);
  });

  it('has no prose from the |X footer', () => {
    const footer = text.indexOf('\n|X') + 1;
    expect(model.paragraphs.every((p) => p.span.end.offset <= footer)).toBe(true);
    expect(model.paragraphs.some((p) => /presentationRef|References|Details/.test(p.text))).toBe(false);
  });
});
