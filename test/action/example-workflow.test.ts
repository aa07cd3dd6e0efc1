// The example workflow for a disclosures repository stays usable: it runs on pull requests, uses only the action's
// declared inputs, and uploads SARIF only where code scanning is turned on.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step { uses?: string; if?: string; id?: string; with?: Record<string, unknown> }
interface Workflow { on: Record<string, unknown>; jobs: Record<string, { steps: Step[]; permissions?: Record<string, string> }> }

const workflow = parse(readFileSync('examples/github-workflow.yml', 'utf8')) as Workflow;
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> };
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

describe('examples/github-workflow.yml', () => {
  it('lints on pull requests with the whole history checked out', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(steps[0]).toMatchObject({ uses: expect.stringMatching(/^actions\/checkout@v\d+$/), with: { 'fetch-depth': 0 } });
  });

  it('uses the action by release tag, with inputs action.yml declares', () => {
    const lint = steps.find((step) => step.uses?.includes('/disclosure-lint@'));
    expect(lint?.uses).toMatch(/^[\w-]+\/disclosure-lint@v\d+$/);
    for (const input of Object.keys(lint?.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
  });

  it('uploads SARIF only when code scanning is turned on, even after the lint step failed', () => {
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.if).toContain('always()');
    expect(upload?.if).toContain("vars.DISCLOSURE_LINT_CODE_SCANNING == 'true'");
    expect(upload?.with?.sarif_file).toBe('${{ steps.lint.outputs.sarif-file }}');
  });
});
