// SARIF from real runs: valid against the official SARIF 2.1.0 schema, failures only, fingerprints that survive edits.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { artifactUri } from '../../src/report/format-sarif.js';
import { runCliCaptured } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

// The OASIS schema as published (draft-04), shipped by Microsoft's SARIF SDK for JavaScript.
const schema = createRequire(import.meta.url)('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
// Its `language` pattern is not valid as a Unicode regular expression; formats are checked below where it matters.
const validate = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false, logger: false }).compile(schema);

async function sarifOf(args: string[], cwd?: string): Promise<Log> {
  const run = await runCliCaptured([...args, '--format', 'sarif'], cwd ? { cwd } : {});
  return JSON.parse(run.stdout) as Log;
}

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema for a real run over the examples', async () => {
    // The validator is live: a driver without a name is rejected.
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    const log = await sarifOf(['examples/', 'test/fixtures/ci/hostile.md', 'test/fixtures/cli/missing.md']);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    const run = log.runs[0];
    expect(run?.tool.driver).toMatchObject({ name: 'disclosure-lint', informationUri: expect.stringMatching(/^https:\/\//) });
    for (const rule of run?.tool.driver.rules ?? []) {
      expect(rule).toMatchObject({ id: expect.any(String), name: expect.any(String), shortDescription: { text: expect.any(String) }, fullDescription: { text: expect.any(String) }, defaultConfiguration: { level: expect.stringMatching(/^(?:error|warning|note)$/) }, help: { markdown: expect.any(String) } });
      // Custom rules (examples/custom-rules, namespaced ids) have their README in the user's repository, not ours.
      if (rule.id !== 'invalid-input' && !rule.id.includes('/')) expect(rule.helpUri).toMatch(new RegExp(`^https://github\\.com/.+/blob/main/rules/[a-z0-9-]+/${rule.id}/README\\.md$`));
    }
    expect(run?.tool.driver.rules?.find((rule) => rule.id === 'no-placeholders')?.help?.markdown).toContain('**Citation:** Drafting practice, Filing readiness');
  });

  it('has results for failures only, pointing at relative files and regions', async () => {
    const json = JSON.parse((await runCliCaptured(['examples/', '--format', 'json'])).stdout) as { summary: { errors: number; warnings: number; infos: number } };
    const log = await sarifOf(['examples/']);
    const results = log.runs[0]?.results ?? [];
    expect(results).toHaveLength(json.summary.errors + json.summary.warnings + json.summary.infos);
    const placeholder = results.find((result) => result.ruleId === 'no-placeholders');
    expect(placeholder?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'examples/harbor-biotech-10-k-2025.md' },
      region: { startLine: 20, startColumn: 265, endLine: 20, endColumn: 270, snippet: { text: '[TBD]' } },
    });
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    for (const result of results) expect(rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
  });

  it('keeps fingerprints when lines move, and tells identical findings apart', async () => {
    const dir = makeTempDir('dl-sarif-');
    const draft = readFileSync('test/fixtures/cli/placeholder.md', 'utf8');
    writeFileSync(join(dir, 'draft.md'), draft.replace('## Governance', '## Governance\n\nWe describe our program below [TBD].'));
    const before = (await sarifOf(['draft.md'], dir)).runs[0]?.results ?? [];
    writeFileSync(join(dir, 'draft.md'), draft.replace('## Governance', '## Governance\n\nA new paragraph.\n\nWe describe our program below [TBD].'));
    const after = (await sarifOf(['draft.md'], dir)).runs[0]?.results ?? [];
    const fingerprints = (results: typeof before): string[] => results.map((result) => result.partialFingerprints?.['disclosureLint/v1'] ?? '').sort();
    expect(after.map((result) => result.locations?.[0]?.physicalLocation?.region?.startLine)).not.toEqual(before.map((result) => result.locations?.[0]?.physicalLocation?.region?.startLine));
    expect(fingerprints(after)).toEqual(fingerprints(before));
    expect(new Set(fingerprints(before)).size).toBe(before.length);
  });

  it('writes relative URI references, percent-encoded, and file URIs for absolute paths', () => {
    expect(artifactUri('./drafts/Q4 draft #2.md')).toBe('drafts/Q4%20draft%20%232.md');
    expect(artifactUri('drafts\\beacon,plc:20-F.txt')).toBe('drafts/beacon%2Cplc%3A20-F.txt');
    expect(artifactUri('/home/runner/work/d.md')).toBe('file:///home/runner/work/d.md');
    expect(artifactUri('C:\\work\\d.md')).toBe('file:///C:/work/d.md');
  });
});
