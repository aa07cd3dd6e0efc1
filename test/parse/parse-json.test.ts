import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Disclosure, Sentence } from '../../src/model/disclosure.js';
import { InputError } from '../../src/model/input-error.js';
import { CYD_TEXT_BLOCKS } from '../../src/model/cyd-elements.js';
import { parseJson } from '../../src/parse/parse-json.js';

const fixture = (name: string): { path: string; text: string } => {
  const path = fileURLToPath(new URL(`../fixtures/json/${name}`, import.meta.url));
  return { path, text: readFileSync(path, 'utf8') };
};

/** The source text of a span, read back as the JSON string content it sits in. */
function unescapedAt(text: string, sentence: Sentence): string {
  return JSON.parse(`"${text.slice(sentence.span.start.offset, sentence.span.end.offset)}"`) as string;
}

function sentenceStarting(model: Disclosure, prefix: string): Sentence {
  const found = model.paragraphs.flatMap((p) => p.sentences).find((s) => s.text.startsWith(prefix));
  if (!found) throw new Error(`no sentence starts with ${prefix}`);
  return found;
}

function inputErrorOf(text: string): InputError {
  try {
    parseJson('draft.json', text);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseJson: a draft with sections', () => {
  const { path, text } = fixture('northwind-sections.json');
  const model = parseJson(path, text);

  it('reads the metadata', () => {
    expect(model.source.format).toBe('json');
    expect(model.meta).toMatchObject({
      form: '10-K', formSource: 'metadata', company: 'Northwind Logistics, Inc.', fiscalYearEnd: '2024-12-31', filerStatus: 'large-accelerated',
    });
  });

  it('reads the flags, each located at its value', () => {
    expect(Object.fromEntries(Object.entries(model.flags).map(([name, flag]) => [name, flag?.value]))).toEqual({
      processesIntegrated: true, thirdPartyEngaged: true, serviceProviderOversight: true,
      materiallyAffected: false, positionsResponsible: true, reportsToBoard: true,
    });
    const flag = model.flags.materiallyAffected;
    expect(flag?.span.start).toMatchObject({ line: 11, column: 27 });
    expect(text.slice(flag?.span.start.offset, flag?.span.end.offset)).toBe('false');
  });

  it('builds the heading tree, each heading located at its string', () => {
    expect(model.sections.map((s) => [s.title, s.kind, s.depth, s.parent])).toEqual([
      ['Item 1C. Cybersecurity', 'item', 1, undefined],
      ['Risk Management and Strategy', 'risk-management', 2, 0],
      ['Governance', 'governance', 2, 0],
    ]);
    const governance = model.sections[2];
    expect(governance?.span.start).toMatchObject({ line: 28, column: 23 });
    expect(text.slice(governance?.span.start.offset, governance?.span.end.offset)).toBe('Governance');
  });

  it('puts paragraphs under their headings, splitting blank lines and bullets', () => {
    const risk = model.paragraphs.filter((p) => p.section === 1);
    expect(risk.map((p) => p.kind)).toEqual(['paragraph', 'paragraph', 'list-item', 'list-item', 'paragraph', 'paragraph']);
    expect(risk[2]?.text).toBe('an independent assessor that performs an annual maturity assessment against the NIST Cybersecurity Framework;');
    expect(model.paragraphs.filter((p) => p.section === 2)).toHaveLength(2);
    expect(model.paragraphs.every((p) => p.textBlock === undefined)).toBe(true);
  });

  it('gives every sentence the span of its characters inside the JSON string', () => {
    const sentences = model.paragraphs.flatMap((p) => p.sentences);
    expect(sentences.length).toBeGreaterThan(10);
    for (const sentence of sentences) expect(unescapedAt(text, sentence)).toBe(sentence.text);
  });

  it('locates known sentences, escapes counted as written', () => {
    const erm = sentenceStarting(model, 'The program is integrated');
    expect(erm.text).toContain('("ERM")');
    expect(erm.span.start).toMatchObject({ line: 22, column: 149 });
    const vendor = sentenceStarting(model, 'Before we onboard');
    expect(vendor.text).toContain('Northwind’s customer data');
    expect(vendor.span.start).toMatchObject({ line: 24, column: 14 });
    // A sentence after "\n\n" starts after the escape, on the same source line.
    const materiality = sentenceStarting(model, 'As of the date of this report');
    expect(materiality.span.start.line).toBe(24);
    expect(text.slice(materiality.span.start.offset - 4, materiality.span.start.offset)).toBe('\\n\\n');
    // "Ms.", "K." and "U.S." do not end sentences.
    expect(sentenceStarting(model, 'Our CISO, Ms. Dana K. Osei').text).toMatch(/CISSP certification\.$/);
  });

  it('ends a sentence after its closing escape', () => {
    const board = sentenceStarting(model, 'The Audit Committee receives');
    expect(text.slice(board.span.end.offset - 6, board.span.end.offset)).toBe('Board.');
    const quoted = parseJson('q.json', '{"sections": [{"heading": "Governance", "paragraphs": ["The committee is called the \\"Risk Council.\\" It meets monthly."]}]}');
    const [first] = quoted.paragraphs[0]?.sentences ?? [];
    expect(first?.text).toBe('The committee is called the "Risk Council."');
    expect(quoted.source.text.slice(first?.span.start.offset, first?.span.end.offset)).toBe('The committee is called the \\"Risk Council.\\"');
  });
});

describe('parseJson: a draft with cyd text blocks', () => {
  const { path, text } = fixture('northwind-text-blocks.json');
  const model = parseJson(path, text);

  it('accepts friendly names and cyd element names for flags and blocks', () => {
    expect(model.meta.form).toBe('20-F');
    expect(Object.keys(model.flags).sort()).toEqual(['materiallyAffected', 'processesIntegrated', 'thirdPartyEngaged']);
    expect(model.flags.processesIntegrated?.span.start.line).toBe(6);
    expect(Object.keys(model.textBlocks)).toEqual(['riskManagementProcesses', 'processesIntegrated', 'materiallyAffected', 'boardOversight', 'boardCommittee', 'roleOfManagement']);
  });

  it('keeps each block text, located at its string literal', () => {
    const block = model.textBlocks.roleOfManagement;
    expect(block?.text).toBe('Our Chief Information Security Officer (the "CISO") leads the program and reports to the Management Board.\n\nThe CISO briefs the Audit Committee twice a year.');
    expect(block?.span.start).toMatchObject({ line: 16, column: 25 });
    expect(text.slice(block?.span.start.offset, block?.span.end.offset)).toMatch(/^"Our Chief.*twice a year\."$/);
  });

  it('opens a section per block, titled with the element label, of the block\'s kind', () => {
    expect(model.sections.map((s) => [s.title, s.kind, s.depth])).toEqual(
      (['riskManagementProcesses', 'processesIntegrated', 'materiallyAffected', 'boardOversight', 'boardCommittee', 'roleOfManagement'] as const)
        .map((name) => [CYD_TEXT_BLOCKS[name].label, CYD_TEXT_BLOCKS[name].section, 2]),
    );
    const committeeKey = model.sections[4];
    expect(text.slice(committeeKey?.span.start.offset, committeeKey?.span.end.offset)).toBe('"CybersecurityRiskBoardCommitteeOrSubcommitteeResponsibleForOversightTextBlock"');
  });

  it('tags each paragraph with its block and section, one paragraph per blank-line run', () => {
    expect(model.paragraphs.map((p) => [p.textBlock, p.section])).toEqual([
      ['riskManagementProcesses', 0], ['riskManagementProcesses', 0], ['processesIntegrated', 1], ['materiallyAffected', 2],
      ['boardOversight', 3], ['boardCommittee', 4], ['roleOfManagement', 5], ['roleOfManagement', 5],
    ]);
    for (const sentence of model.paragraphs.flatMap((p) => p.sentences)) expect(unescapedAt(text, sentence)).toBe(sentence.text);
    expect(sentenceStarting(model, 'The CISO briefs').span.start).toMatchObject({ line: 16, column: 138 });
  });
});

describe('parseJson: problems in the file', () => {
  it('reports malformed JSON with line and column', () => {
    const error = inputErrorOf('{\n  "form": "10-K"\n  "company": "Acme"\n}');
    expect(error.file).toBe('draft.json');
    expect(error.at).toMatchObject({ line: 3, column: 3 });
    expect(error.message).toMatch(/^draft\.json:3:3: Invalid JSON: expected ","/);
  });

  it('reports a wrong shape with the JSON pointer, line and column', () => {
    const error = inputErrorOf('{\n  "sections": [\n    { "heading": "Governance", "paragraphs": "Our Board oversees risk." }\n  ]\n}');
    expect(error.pointer).toBe('/sections/0/paragraphs');
    expect(error.at).toMatchObject({ line: 3, column: 46 });
    expect(error.problem).toBe('Expected an array, found the string "Our Board oversees risk."');
    expect(error.message).toContain('(at /sections/0/paragraphs)');
  });

  it('reports an unknown flag name with a suggestion and the allowed names', () => {
    const error = inputErrorOf('{\n  "flags": {\n    "thirdPartyEngagd": true\n  }\n}');
    expect(error.pointer).toBe('/flags/thirdPartyEngagd');
    expect(error.at).toMatchObject({ line: 3, column: 5 });
    expect(error.problem).toBe('Unknown key "thirdPartyEngagd"');
    expect(error.hint).toMatch(/did you mean "thirdPartyEngaged"\?/);
    expect(error.hint).toContain('CybersecurityRiskManagementThirdPartyEngagedFlag');
  });

  it('reports flag values that are not booleans, bad metadata and every other problem at once', () => {
    const error = inputErrorOf('{\n  "form": "10-Q",\n  "fiscalYearEnd": "12/31/2024",\n  "flags": { "reportsToBoard": "yes" }\n}');
    expect(error.pointer).toBe('/form');
    expect(error.hint).toMatch(/did you mean "10-K"/);
    expect(error.hint).toMatch(/2 more problems/);
    expect(error.hint).toMatch(/draft\.json:3:20: "12\/31\/2024" does not have the expected form \(at \/fiscalYearEnd\)/);
    expect(error.hint).toMatch(/draft\.json:4:32: Expected a boolean/);
  });

  it('refuses sections and textBlocks together', () => {
    const error = inputErrorOf('{\n  "sections": [],\n  "textBlocks": { "boardOversight": "x" }\n}');
    expect(error.pointer).toBe('/textBlocks');
    expect(error.at).toMatchObject({ line: 3, column: 3 });
    expect(error.hint).toMatch(/either as `sections` or as `textBlocks`/);
  });

  it('refuses one flag or block given under both of its names', () => {
    const flag = inputErrorOf('{"flags": {"thirdPartyEngaged": true, "CybersecurityRiskManagementThirdPartyEngagedFlag": false}}');
    expect(flag.problem).toMatch(/flag "thirdPartyEngaged" is given twice/);
    expect(flag.at?.column).toBe(39);
    const block = inputErrorOf('{"textBlocks": {"boardOversight": "a", "CybersecurityRiskBoardOfDirectorsOversightTextBlock": "b"}}');
    expect(block.pointer).toBe('/textBlocks/CybersecurityRiskBoardOfDirectorsOversightTextBlock');
  });

  it('accepts a minimal draft', () => {
    const model = parseJson('min.json', '{}');
    expect(model.paragraphs).toEqual([]);
    expect(model.meta.formSource).toBe('default');
  });
});
