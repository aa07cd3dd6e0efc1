// The JSON report of real runs validates against schemas/report.schema.json, the versioned contract.
import { describe, expect, it } from 'vitest';
import { schemaValidator } from '../../src/engine/schema-validator.js';
import { runCliCaptured } from '../helpers/run-cli.js';

describe('json report', () => {
  it('validates against the report schema, with every evaluated rule present', async () => {
    const run = await runCliCaptured(['examples/', 'test/fixtures/cli/missing.md', '--format', 'json']);
    const report = JSON.parse(run.stdout) as { files: Array<{ results: Array<{ ruleId: string }> }> };
    const validate = schemaValidator('report.schema.json');
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const ruleIds = new Set(report.files[0]?.results.map((result) => result.ruleId));
    for (const id of ['item-heading-present', 'not-omitted', 'no-placeholders']) expect(ruleIds.has(id)).toBe(true);
  });

  it('orders results by line, column and rule id', async () => {
    const run = await runCliCaptured(['examples/northwind-10-k-2025.md', '--format', 'json']);
    const report = JSON.parse(run.stdout) as { files: Array<{ results: Array<{ ruleId: string; location: { start: { line: number; column: number } } }> }> };
    const keys = report.files[0]?.results.map((result) => [result.location.start.line, result.location.start.column, result.ruleId] as const) ?? [];
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
    expect(keys).toEqual(sorted);
  });
});
