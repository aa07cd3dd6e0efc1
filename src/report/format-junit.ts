// The `junit` formatter: JUnit XML for CI systems other than GitHub; one test case per file and rule.
import type { FileReport, Report, RuleResult } from './report.js';

interface TestCase {
  ruleId: string;
  results: RuleResult[];
}

export function formatJunit(report: Report): string {
  const suites = report.files.map(testSuite);
  const totals = report.files.map(countCases).reduce((sum, counts) => ({ tests: sum.tests + counts.tests, failures: sum.failures + counts.failures, skipped: sum.skipped + counts.skipped }), { tests: 0, failures: 0, skipped: 0 });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="disclosure-lint" tests="${totals.tests}" failures="${totals.failures}" errors="0" skipped="${totals.skipped}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

/** The results of one file grouped by rule, in report order: a rule that fails at three places is one failing case. */
function testCases(file: FileReport): TestCase[] {
  const cases = new Map<string, TestCase>();
  for (const result of file.results) {
    const entry = cases.get(result.ruleId) ?? { ruleId: result.ruleId, results: [] };
    entry.results.push(result);
    cases.set(result.ruleId, entry);
  }
  return [...cases.values()];
}

type Outcome = 'failure' | 'skipped' | 'passed';

function outcome(testCase: TestCase): Outcome {
  if (testCase.results.some((result) => result.status === 'fail' && !result.suppressed)) return 'failure';
  return testCase.results.every((result) => result.status === 'skip' || result.suppressed) ? 'skipped' : 'passed';
}

function countCases(file: FileReport): { tests: number; failures: number; skipped: number } {
  const outcomes = testCases(file).map(outcome);
  return { tests: outcomes.length, failures: outcomes.filter((value) => value === 'failure').length, skipped: outcomes.filter((value) => value === 'skipped').length };
}

function testSuite(file: FileReport): string {
  const counts = countCases(file);
  const open = `  <testsuite name="${xml(file.path)}" tests="${counts.tests}" failures="${counts.failures}" errors="0" skipped="${counts.skipped}">`;
  return [open, ...testCases(file).map((testCase) => testCaseXml(file, testCase)), '  </testsuite>'].join('\n');
}

function testCaseXml(file: FileReport, testCase: TestCase): string {
  const first = testCase.results[0];
  const open = `    <testcase classname="${xml(file.path)}" name="${xml(`${testCase.ruleId}: ${first?.title ?? ''}`)}"`;
  switch (outcome(testCase)) {
    case 'passed':
      return `${open}/>`;
    case 'skipped':
      return `${open}>\n      <skipped message="${xml(first?.suppressed ? `Suppressed: ${first.suppressed.reason}` : first?.message ?? '')}"/>\n    </testcase>`;
    case 'failure':
      return `${open}>\n${failureXml(file, testCase.results.filter((result) => result.status === 'fail' && !result.suppressed))}\n    </testcase>`;
  }
}

function failureXml(file: FileReport, failures: RuleResult[]): string {
  const first = failures[0] as RuleResult;
  const details = failures.map((result) => {
    const quoted = result.evidence[0]?.text;
    return `${file.path}:${result.location.start.line}:${result.location.start.column}: ${result.message}${quoted ? ` “${quoted}”` : ''}`;
  });
  const cited = first.citation ? [`Citation: ${first.citation.source}, ${first.citation.section}`] : [];
  const body = [...details, ...(first.fix ? [`Fix: ${first.fix}`] : []), ...cited].join('\n');
  return `      <failure type="${first.severity}" message="${xml(first.message)}">${xmlText(body)}</failure>`;
}

// Characters XML 1.0 cannot carry at all (a draft could hold them) are dropped; the five specials are escaped.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const XML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

/** Escapes element text. */
function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>]|\r/g, (char) => XML_ENTITIES[char] ?? char);
}

/** Escapes an attribute value; line breaks and tabs become character references, since parsers would turn them into spaces. */
function xml(text: string): string {
  return xmlText(text).replace(/["'\n\t]/g, (char) => XML_ENTITIES[char] ?? char);
}
