// Inline suppressions in Markdown drafts: suppressed findings keep their reason, and bad or unused suppressions are findings.
import { describe, expect, it } from 'vitest';
import type { LoadedRule } from '../../src/engine/rule.js';
import { Linter } from '../../src/lint.js';
import type { RuleResult } from '../../src/report/report.js';

const heading: LoadedRule = {
  id: 'item-heading-present', title: 'Heading', severity: 'warning', family: 'item-106', file: '/virtual/rule.json',
  expect: { all: [{ fact: 'document.itemHeading', operator: 'equal', value: '16K' }] },
  message: 'No Item 16K heading.', locate: 'item',
};
const placeholders: LoadedRule = {
  id: 'no-placeholders', title: 'No placeholders', severity: 'error', family: 'drafting', file: '/virtual/rule.json',
  expect: { all: [{ fact: 'text.placeholders', operator: 'equal', value: 0 }] },
  message: 'Placeholder.', locate: 'each:text.placeholders',
};

async function lint(draft: string, options: { off?: string[] } = {}): Promise<RuleResult[]> {
  const linter = new Linter({ rules: [heading, placeholders], ...(options.off ? { inactiveRuleIds: options.off } : {}) });
  return (await linter.lintText('draft.md', draft)).results.filter((result) => result.status === 'fail');
}

const summary = (results: RuleResult[]): Array<[string, number, string | undefined]> => results.map((result) => [result.ruleId, result.location.start.line, result.suppressed?.reason]);

describe('disable-next-line', () => {
  it('suppresses the failure on the next non-blank line and keeps the reason', async () => {
    const results = await lint(`<!-- disclosure-lint-disable-next-line no-placeholders -- Figure confirmed by Finance on 2026-02-10 -->

Our CISO has [XX] years of experience.

Another [TBD] sentence.
`);
    expect(summary(results)).toEqual([
      ['item-heading-present', 3, undefined],
      ['no-placeholders', 3, 'Figure confirmed by Finance on 2026-02-10'],
      ['no-placeholders', 5, undefined],
    ]);
    expect(results[1]?.suppressed?.location.start).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it('works for a whole-document rule when placed before the heading it points at', async () => {
    const results = await lint(`<!-- disclosure-lint-disable-next-line item-heading-present -- 10-K heading required by our style guide -->
# Item 1C. Cybersecurity

We maintain a program.
`);
    expect(summary(results)).toEqual([['item-heading-present', 2, '10-K heading required by our style guide']]);
  });
});

describe('disable ... enable', () => {
  it('suppresses failures between the pair only', async () => {
    const results = await lint(`# Item 1C. Cybersecurity

<!-- disclosure-lint-disable no-placeholders -- Numbers come from the final audit, due in March -->

We have [XX] staff and [TBD] contractors.

<!-- disclosure-lint-enable no-placeholders -->

Another [TBD] sentence.
`);
    expect(summary(results).filter(([id]) => id === 'no-placeholders')).toEqual([
      ['no-placeholders', 5, 'Numbers come from the final audit, due in March'],
      ['no-placeholders', 5, 'Numbers come from the final audit, due in March'],
      ['no-placeholders', 9, undefined],
    ]);
  });
});

describe('problems with suppressions', () => {
  it('a suppression without a reason suppresses nothing and is itself an error', async () => {
    const results = await lint(`# Item 16K. Cybersecurity

<!-- disclosure-lint-disable-next-line no-placeholders -->
We have [XX] staff.
`);
    expect(summary(results)).toEqual([['suppression-reason-missing', 3, undefined], ['no-placeholders', 4, undefined]]);
    expect(results[0]?.severity).toBe('error');
  });

  it('a suppression that suppresses nothing is reported as unused', async () => {
    const results = await lint(`# Item 16K. Cybersecurity

<!-- disclosure-lint-disable-next-line no-placeholders -- old note -->
We have 12 staff.

<!-- disclosure-lint-enable no-placeholders -->
`);
    expect(results.map((result) => [result.ruleId, result.location.start.line, result.severity, result.message])).toEqual([
      ['unused-suppression', 3, 'warning', 'This suppression of no-placeholders suppresses nothing: the rule does not fail on the next line.'],
      ['unused-suppression', 6, 'warning', 'disclosure-lint-enable no-placeholders has no disclosure-lint-disable no-placeholders before it.'],
    ]);
  });

  it('a suppression naming no rule is reported; one for a rule turned off is not', async () => {
    const draft = `# Item 16K. Cybersecurity

<!-- disclosure-lint-disable-next-line no-such-rule -- typo -->
<!-- disclosure-lint-disable-next-line board-oversight-described -- off in this folder -->
We have 12 staff.
`;
    const results = await lint(draft, { off: ['board-oversight-described'] });
    expect(results.map((result) => result.message)).toEqual(['This suppression names "no-such-rule", which is not a rule.']);
  });

  it('a directive without a rule id is invalid', async () => {
    const results = await lint('# Item 16K. Cybersecurity\n\n<!-- disclosure-lint-disable -- everything -->\n\nText.\n');
    expect(results.map((result) => [result.ruleId, result.message])).toEqual([['suppression-invalid', 'disclosure-lint-disable names no rule.']]);
  });

  it('ordinary reviewer comments are left alone, and suppressed findings do not count as errors', async () => {
    const linter = new Linter({ rules: [placeholders] });
    const report = await linter.lintText('draft.md', '<!-- Note to J.: check with Legal -->\n<!-- disclosure-lint-disable-next-line no-placeholders -- pending Finance -->\nWe have [XX] staff.\n');
    expect(report.summary).toMatchObject({ errors: 0, suppressed: 1 });
  });
});
