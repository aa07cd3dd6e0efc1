// Done when: linting a tagged 20-F render reports, with locations, the materiality flag its text does not support, the glued
// words, the two dangling list introductions and the off-label text blocks, while its other five flags pass. Proven on the
// Full Truck Alliance render of the shared corpus when it is there (../shared beside the clone, or /work/shared), and always
// on a render of our own with the same defects.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/lint.js';
import type { FileReport, RuleResult } from '../../src/report/report.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FTA = [resolve(ROOT, '..', 'shared', 'corpus', 'dev', '000-fta-20-f-2024.txt'), '/work/shared/corpus/dev/000-fta-20-f-2024.txt'].find((path) => existsSync(path));
const OWN = resolve(ROOT, 'test/fixtures/xbrl-render/orchard-lane-20-f-2025.txt');

const FLAG_RULES = ['flag-processes-integrated-consistent', 'flag-third-party-engaged-consistent', 'flag-service-provider-oversight-consistent', 'flag-positions-responsible-consistent', 'flag-reports-to-board-consistent'];
const OFF_LABEL = [
  'Cybersecurity Risk Materially Affected or Reasonably Likely to Materially Affect Registrant [Text Block]',
  'Cybersecurity Risk Process for Informing Board Committee or Subcommittee Responsible for Oversight [Text Block]',
  'Cybersecurity Risk Role of Management [Text Block]',
  'Cybersecurity Risk Management Expertise of Management Responsible [Text Block]',
];

interface Expected {
  /** The line of the materiality flag's `|true` row. */
  flagLine: number;
  gluedWords: string[];
  listIntroductions: string[];
}

const failures = (report: FileReport, ruleId: string): RuleResult[] => report.results.filter((result) => result.ruleId === ruleId && result.status === 'fail');
const quoted = (results: RuleResult[]): string[] => results.map((result) => result.evidence[0]?.text ?? '');

function checkTagged20F(file: string, expected: Expected): void {
  let report: FileReport;

  it('is read as a Form 20-F render', async () => {
    report = await new Linter().lintFile(file);
    expect(report).toMatchObject({ format: 'xbrl-render', form: '20-F' });
  });

  it('reports the materiality flag `true` that its text does not support, at the flag', () => {
    const [failure, ...more] = failures(report, 'flag-materially-affected-consistent');
    expect(more).toEqual([]);
    expect(failure?.severity).toBe('error');
    expect(failure?.location.start.line).toBe(expected.flagLine);
    expect(failure?.message).toMatch(/^The cyd flag materiallyAffected \(CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantFlag\) is true, but no sentence of the draft says that risks from cybersecurity threats have materially affected the company or are reasonably likely to materially affect it; it only points elsewhere for the answer: “For more details, see/);
  });

  it('passes its other five flags', () => {
    for (const ruleId of FLAG_RULES) expect(report.results.filter((result) => result.ruleId === ruleId).map((result) => result.status), ruleId).toEqual(['pass']);
  });

  it('reports each glued word where it stands', () => {
    const found = failures(report, 'no-glued-words');
    for (const word of expected.gluedWords) expect(quoted(found).some((text) => text.includes(word)), word).toBe(true);
    expect(found.every((result) => result.location.start.line > 1)).toBe(true);
  });

  it('reports the two dangling list introductions (in each block that carries them)', () => {
    const found = failures(report, 'no-dangling-list-intro');
    expect([...new Set(quoted(found))].sort()).toEqual([...expected.listIntroductions].sort());
    expect(new Set(found.map((result) => result.location.start.line)).size).toBe(found.length);
  });

  it('reports the four text blocks whose content does not match their element, each at its label', () => {
    const found = failures(report, 'text-block-matches-element');
    expect(found.map((result) => OFF_LABEL.find((label) => result.evidence[0]?.text.startsWith(label)))).toEqual(OFF_LABEL);
    expect(found.every((result) => result.severity === 'warning')).toBe(true);
  });
}

describe.skipIf(FTA === undefined)('the Full Truck Alliance 20-F render (shared corpus)', () => {
  checkTagged20F(FTA ?? '', {
    flagLine: 66,
    gluedWords: ['hasadopted', 'co-ledby', 'follow-updiscussions', 'StarRecognition'],
    listIntroductions: [
      'The four-level cybersecurity governance policies include:',
      'The Group has also adopted a series of policies and measures on how to prevent, identify, assess and remediate risks from cybersecurity threats:',
    ],
  });
});

describe('a tagged 20-F render of our own with the same defects', () => {
  checkTagged20F(OWN, {
    flagLine: 36,
    gluedWords: ['hasestablished', 'co-chairsthe'],
    listIntroductions: ['The policies at the first level include:', 'The Group has also implemented the following measures to detect and respond to cybersecurity threats:'],
  });
});
