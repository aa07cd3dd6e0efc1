// Form 20-F Item 16K end to end: the form is recognised from every input, every Item 106 rule applies, the heading rule
// expects Item 16K, and under Instruction 1 to Item 106(c) a supervisory board or board of auditors counts as the board.
import { describe, expect, it } from 'vitest';
import { loadBuiltinRules } from '../../src/engine/load-rules.js';
import { Linter } from '../../src/lint.js';
import type { FileReport } from '../../src/report/report.js';
import { draft, readFacts } from '../facts/item-106/read-facts.js';

const ITEM_106_RULES = loadBuiltinRules().filter((rule) => rule.family === 'item-106');
const linter = new Linter();

function statuses(report: FileReport, ruleIds: readonly string[]): Record<string, string> {
  return Object.fromEntries(ruleIds.map((id) => [id, report.results.filter((result) => result.ruleId === id).map((result) => result.status).join(',')]));
}

const allPass = (ids: readonly string[], except: Record<string, string> = {}): Record<string, string> => Object.fromEntries(ids.map((id) => [id, except[id] ?? 'pass']));

describe('Item 16K: a Form 20-F draft is recognised', () => {
  it.each([
    ['front matter', 'test/fixtures/20-f/halvorsen-two-tier.md', 'metadata'],
    ['the JSON form', 'test/fixtures/20-f/larkspur-text-blocks.json', 'metadata'],
    ['the Item 16K heading', 'test/fixtures/20-f/sakuragawa-board-of-auditors.txt', 'heading'],
    ['the file name of an XBRL render', 'test/fixtures/xbrl-render/orchard-lane-20-f-2025.txt', 'content'],
  ])('from %s', async (_how, file) => {
    expect((await linter.lintFile(file)).form).toBe('20-F');
  });

  it('and every Item 106 rule applies to it (none is skipped for the form)', () => {
    for (const rule of ITEM_106_RULES) expect(rule.forms ?? ['20-F']).toEqual(expect.arrayContaining(['20-F', '20-F/A']));
  });
});

describe('Item 16K: complete drafts pass every Item 106 rule', () => {
  const ids = ITEM_106_RULES.map((rule) => rule.id);

  it('a two-tier company (supervisory board, management board) in Markdown, flags included', async () => {
    const report = await linter.lintFile('test/fixtures/20-f/halvorsen-two-tier.md');
    expect(statuses(report, ids)).toEqual(allPass(ids, { 'material-effect-how-described': 'skip' }));
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('a Rule 10A-3(c)(3) issuer whose Audit & Supervisory Board oversees, in plain text with only the Item 16K heading', async () => {
    const report = await linter.lintFile('test/fixtures/20-f/sakuragawa-board-of-auditors.txt');
    expect(statuses(report, ids)).toEqual(allPass(ids, { 'material-effect-how-described': 'skip' }));
  });

  it('a JSON draft of cyd text blocks', async () => {
    const report = await linter.lintFile('test/fixtures/20-f/larkspur-text-blocks.json');
    expect(statuses(report, ids)).toEqual(allPass(ids, { 'material-effect-how-described': 'skip', 'item-heading-present': 'skip' }));
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
  });
});

describe('Item 16K: the heading rule expects Item 16K on Form 20-F', () => {
  const heading = new Linter({ ruleIds: ['item-heading-present'] });
  const lint = (text: string) => heading.lintText('draft.md', text).then((report) => report.results[0]?.status);

  it('passes Item 16K and fails Item 1C on a 20-F, and the other way round on a 10-K', async () => {
    const body = '\n\nWe maintain an information security program.\n';
    expect(await lint(`---\nform: 20-F\n---\n# ITEM 16K. CYBERSECURITY${body}`)).toBe('pass');
    expect(await lint(`---\nform: 20-F\n---\n# Item 1C. Cybersecurity${body}`)).toBe('fail');
    expect(await lint(`---\nform: 10-K\n---\n# Item 16K. Cybersecurity${body}`)).toBe('fail');
    expect(await lint(`# Item 16K — Cybersecurity${body}`)).toBe('pass');
  });
});

describe('Item 16K: the two-tier board instruction', () => {
  const facts = (text: string) => readFacts(draft(text));

  it('counts a supervisory board, a board of auditors, a fiscal council or a board of supervisors as the board', () => {
    for (const body of ['Our Supervisory Board', 'Our Audit & Supervisory Board', 'Our Board of Statutory Auditors', 'Our Board of Corporate Auditors', 'Our Fiscal Council', 'Our Board of Supervisors']) {
      expect(facts(`${body} oversees risks from cybersecurity threats.`).value('board.oversightDescribed'), body).toBe(true);
    }
  });

  it('does not count a management board as the board, but as management', () => {
    const managementBoard = facts('The Management Board oversees risks from cybersecurity threats and receives a report from our CISO each quarter.');
    expect(managementBoard.value('board.oversightDescribed')).toBe(false);
    expect(managementBoard.value('management.positions')).toEqual(['Management Board']);
    expect(facts('Our Chief Information Security Officer reports to the Management Board each quarter on cybersecurity risks.').value('management.reportsToBoard')).toBe(false);
  });

  it('names a committee of the supervisory board and hears management report to it', () => {
    const twoTier = facts('Our Supervisory Board oversees cybersecurity risk through its Audit Committee, which receives a report from the Management Board each quarter.');
    expect(twoTier.value('board.committees')).toEqual(['Audit Committee']);
    expect(twoTier.value('management.reportsToBoard')).toBe(true);
  });
});
