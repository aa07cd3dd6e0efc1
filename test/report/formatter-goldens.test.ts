// Every formatter's output for one deterministic report, compared exactly with test/report/goldens/ (UPDATE_GOLDENS=1 rewrites).
import { describe, it } from 'vitest';
import { formatGithub } from '../../src/report/format-github.js';
import { formatJson } from '../../src/report/format-json.js';
import { formatJunit } from '../../src/report/format-junit.js';
import { formatMarkdown } from '../../src/report/format-markdown.js';
import { formatSarif } from '../../src/report/format-sarif.js';
import { formatStylish } from '../../src/report/format-stylish.js';
import { PLAIN_STYLES } from '../../src/report/text-styles.js';
import { expectGolden } from '../helpers/golden.js';
import { fixtureReport, fixtureRules } from '../helpers/report-fixture.js';

const changedLines = new Map([['drafts/acme-10-k-2025.md', [{ start: 14, end: 16 }]]]);

describe('formatter goldens', () => {
  it('github', () => {
    expectGolden('report.github.txt', formatGithub(fixtureReport).text);
  });

  it('github, changed lines first and a limit of one annotation per level', () => {
    expectGolden('report.github-limited.txt', formatGithub(fixtureReport, { changedLines, limitPerLevel: 1 }).text);
  });

  it('markdown', () => {
    expectGolden('report.md', formatMarkdown(fixtureReport, { rules: fixtureRules, annotations: { overLimit: 2, outsideChangedLines: 1, limitPerLevel: 10 } }));
  });

  it('sarif', () => {
    expectGolden('report.sarif', formatSarif(fixtureReport, { rules: fixtureRules, informationUri: 'https://github.com/disclosure-lint/disclosure-lint' }));
  });

  it('junit', () => {
    expectGolden('report.junit.xml', formatJunit(fixtureReport));
  });

  it('json and stylish', () => {
    expectGolden('report.json', formatJson(fixtureReport));
    expectGolden('report.stylish.txt', formatStylish(fixtureReport, { styles: PLAIN_STYLES }));
  });
});
