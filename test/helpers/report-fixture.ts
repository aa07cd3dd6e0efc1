// A hand-made Report covering every case a formatter must handle (levels, skips, suppressions, unreadable input,
// awkward paths), so goldens do not move when rules are added or reworded.
import type { FileReport, Report, RuleResult } from '../../src/report/report.js';
import { summarize, summarizeFiles } from '../../src/report/summarize.js';
import type { RuleDoc } from '../../src/report/rule-doc.js';

const SK = { source: 'Regulation S-K', section: 'Item 106(c)(1)', url: 'https://www.ecfr.gov/current/title-17/section-229.106' };
const DRAFTING = { source: 'Drafting practice', section: 'Filing readiness' };

function at(line: number, column: number, offset: number, length: number): RuleResult['location'] {
  return { start: { line, column, offset }, end: { line, column: column + length, offset: offset + length } };
}

function result(partial: Partial<RuleResult> & Pick<RuleResult, 'ruleId' | 'status' | 'severity' | 'location'>): RuleResult {
  return { title: partial.ruleId, message: '', evidence: [], explanation: [], ...partial };
}

function file(path: string, format: FileReport['format'], form: FileReport['form'], results: RuleResult[]): FileReport {
  return { path, format, form, results, summary: summarize(results) };
}

const placeholder = (line: number, column: number, offset: number, text: string): RuleResult => result({
  ruleId: 'no-placeholders', title: 'No drafting placeholders are left in the text', status: 'fail', severity: 'error',
  message: 'A drafting placeholder is still in the text (2 in this draft).',
  fix: 'Replace the placeholder with the final wording or figure, or delete it.',
  citation: DRAFTING, location: at(line, column, offset, text.length), evidence: [{ text, location: at(line, column, offset, text.length) }],
  explanation: [{ fact: 'text.placeholders', operator: 'equal', expected: 0, actual: 2, result: false }],
});

export const fixtureReport: Report = (() => {
  const files = [
    file('drafts/acme-10-k-2025.md', 'markdown', '10-K', [
      result({ ruleId: 'item-heading-present', title: 'The item carries its heading: Item 1C (Form 10-K) or Item 16K (Form 20-F)', status: 'fail', severity: 'warning', message: 'The draft has no "Item 1C. Cybersecurity" heading.', fix: 'Start the section with "Item 1C. Cybersecurity".', citation: { source: 'Form 10-K', section: 'Part I, Item 1C' }, location: at(1, 1, 0, 0) }),
      result({ ruleId: 'board-oversight-described', title: 'Board oversight of cybersecurity risk is described', status: 'pass', severity: 'error', message: 'Board oversight of cybersecurity risk is described', citation: SK, location: at(9, 1, 310, 80), evidence: [{ text: 'The Audit Committee of our Board oversees cybersecurity risk.', location: at(9, 1, 310, 80) }] }),
      placeholder(12, 41, 452, '[TBD]'),
      placeholder(14, 10, 530, '20XX'),
      result({ ruleId: 'acme/ciso-named', title: 'The CISO is named by title', status: 'fail', severity: 'info', message: 'The person responsible is not named by title (found: "IT lead, 50% time | part-time").', location: at(16, 1, 600, 40), evidence: [{ text: 'Our IT lead, 50% time | part-time, runs `security`.', location: at(16, 1, 600, 40) }] }),
      result({ ruleId: 'no-hedged-claims', title: 'Claims about the program are not hedged', status: 'fail', severity: 'warning', message: 'A claim about the program is hedged.', location: at(18, 5, 700, 12), suppressed: { reason: 'Counsel approved this wording on 2025-01-10', location: at(17, 1, 650, 48) } }),
    ]),
    file('drafts/beacon,plc:20-F.txt', 'text', '20-F', [
      result({ ruleId: 'item-heading-present', title: 'The item carries its heading: Item 1C (Form 10-K) or Item 16K (Form 20-F)', status: 'pass', severity: 'warning', message: 'The item carries its heading', location: at(1, 1, 0, 26) }),
      result({ ruleId: 'not-omitted', title: 'Item 16K is answered, not omitted', status: 'skip', severity: 'error', message: 'Skipped: document.assetBackedIssuer is true, not equal false.', location: at(1, 1, 0, 26) }),
    ]),
    file('drafts/broken.json', 'unknown', null, [
      result({ ruleId: 'invalid-input', title: 'The file can be read as a disclosure draft', status: 'fail', severity: 'error', message: 'Malformed JSON: a comma is missing (at /sections/0). Fix the JSON syntax at that line.', location: at(3, 7, 40, 0) }),
    ]),
  ];
  return { version: '1.0.0', tool: { name: 'disclosure-lint', version: '0.1.0' }, files, summary: summarizeFiles(files) };
})();

const REPO = 'https://github.com/disclosure-lint/disclosure-lint/blob/main/rules';

export const fixtureRules: RuleDoc[] = [
  { id: 'no-placeholders', title: 'No drafting placeholders are left in the text', severity: 'error', family: 'drafting', citation: DRAFTING, message: 'A drafting placeholder is still in the text ({{text.placeholders}} in this draft).', description: 'That no drafting placeholder ([TBD], XX, TODO) is left in the prose.', fix: 'Replace the placeholder with the final wording or figure, or delete it.', helpUri: `${REPO}/drafting/no-placeholders/README.md` },
  { id: 'item-heading-present', title: 'The item carries its heading: Item 1C (Form 10-K) or Item 16K (Form 20-F)', severity: 'warning', family: 'item-106', citation: { source: 'Form 10-K', section: 'Part I, Item 1C' }, message: 'The draft has no item heading.', helpUri: `${REPO}/item-106/item-heading-present/README.md` },
  { id: 'board-oversight-described', title: 'Board oversight of cybersecurity risk is described', severity: 'error', family: 'item-106', citation: SK, message: 'The draft does not describe the board\'s oversight of risks from cybersecurity threats.', helpUri: `${REPO}/item-106/board-oversight-described/README.md` },
  { id: 'not-omitted', title: 'Item 16K is answered, not omitted', severity: 'error', family: 'item-106', message: 'The item appears to hold no disclosure.', helpUri: `${REPO}/item-106/not-omitted/README.md` },
  { id: 'no-hedged-claims', title: 'Claims about the program are not hedged', severity: 'warning', family: 'drafting', message: 'A claim about the program is hedged.' },
  { id: 'acme/ciso-named', title: 'The CISO is named by title', severity: 'info', family: 'acme', message: 'The person responsible is not named by title.' },
];
