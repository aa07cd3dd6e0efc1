// JUnit XML: well-formed whatever the draft holds, one test case per file and rule, failures and skips in place.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../src/report/format-junit.js';
import { fixtureReport } from '../helpers/report-fixture.js';
import { runCliCaptured } from '../helpers/run-cli.js';

interface Case { '@_name': string; '@_classname': string; failure?: { '@_type': string; '@_message': string; '#text': string }; skipped?: { '@_message': string } }
interface Suite { '@_name': string; '@_tests': string; '@_failures': string; '@_skipped': string; testcase: Case[] }

function parse(xml: string): { '@_tests': string; '@_failures': string; '@_skipped': string; testsuite: Suite[] } {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase', processEntities: true, htmlEntities: true, trimValues: false });
  return (parser.parse(xml) as { testsuites: ReturnType<typeof parse> }).testsuites;
}

describe('junit', () => {
  // Two whole CLI runs from the TypeScript sources: more than vitest's default 5 s on a busy machine.
  it('is well-formed XML with one test case per file and rule, for a real run over the examples and a hostile draft', async () => {
    const run = await runCliCaptured(['examples/', 'test/fixtures/ci/hostile.md', '--format', 'junit']);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const report = JSON.parse((await runCliCaptured(['examples/', 'test/fixtures/ci/hostile.md', '--format', 'json'])).stdout) as { files: Array<{ path: string; results: Array<{ ruleId: string }> }> };
    const suites = parse(run.stdout).testsuite;
    expect(suites.map((suite) => suite['@_name'])).toEqual(report.files.map((file) => file.path));
    suites.forEach((suite, index) => {
      const ruleIds = new Set(report.files[index]?.results.map((result) => result.ruleId));
      expect(suite.testcase.map((testCase) => testCase['@_name'].split(':')[0])).toEqual([...ruleIds]);
      expect(Number(suite['@_tests'])).toBe(ruleIds.size);
    });
  }, 30_000);

  it('marks failures as <failure> (all places of a rule in one case) and skips and suppressions as <skipped/>', () => {
    const xml = formatJunit(fixtureReport);
    expect(XMLValidator.validate(xml)).toBe(true);
    const root = parse(xml);
    expect(root).toMatchObject({ '@_tests': '8', '@_failures': '4', '@_skipped': '2' });
    const acme = root.testsuite[0]?.testcase ?? [];
    const placeholders = acme.find((testCase) => testCase['@_name'].startsWith('no-placeholders:'));
    expect(placeholders?.failure?.['@_type']).toBe('error');
    expect(placeholders?.failure?.['#text'].split('\n').filter((line) => line.startsWith('drafts/acme-10-k-2025.md:'))).toHaveLength(2);
    expect(acme.find((testCase) => testCase['@_name'].startsWith('no-hedged-claims:'))?.skipped?.['@_message']).toBe('Suppressed: Counsel approved this wording on 2025-01-10');
    expect(root.testsuite[1]?.testcase.find((testCase) => testCase['@_name'].startsWith('not-omitted:'))?.skipped).toBeDefined();
    expect(root.testsuite[1]?.['@_name']).toBe('drafts/beacon,plc:20-F.txt');
  });

  it('escapes XML specials and drops characters XML cannot carry', () => {
    const hostile = structuredClone(fixtureReport);
    const result = hostile.files[0]?.results.find((candidate) => candidate.ruleId === 'acme/ciso-named');
    if (!result) throw new Error('fixture changed');
    result.message = 'A & B <![CDATA[ ]]> "quoted" \'single\' \u0001 bell\nnext';
    const xml = formatJunit(hostile);
    expect(XMLValidator.validate(xml)).toBe(true);
    const failure = parse(xml).testsuite[0]?.testcase.find((testCase) => testCase['@_name'].startsWith('acme/ciso-named:'))?.failure;
    expect(failure?.['@_message']).toBe('A & B <![CDATA[ ]]> "quoted" \'single\'  bell\nnext');
  });
});
