// CLI scenarios: what a user sees and the exit code, for clean drafts, findings, and usage or input problems.
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/cli';

describe('exit code 0', () => {
  it('a clean draft prints a checklist and exits 0', async () => {
    const run = await runCliCaptured([`${FIXTURES}/clean.md`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${FIXTURES}/clean.md`);
    expect(run.stdout).toContain('✔ pass  No drafting placeholders are left in the text  no-placeholders');
    expect(run.stdout).toMatch(/✔ 0 errors, 0 warnings, \d+ passed/);
  });

  it('warnings within --max-warnings exit 0', async () => {
    const run = await runCliCaptured([`${FIXTURES}/no-heading.txt`, '--rule', 'item-heading-present', '--max-warnings', '1']);
    expect(run.stdout).toContain('⚠ warning');
    expect(run.code).toBe(0);
  });

  it('--help and --version exit 0', async () => {
    expect((await runCliCaptured(['--help'])).stdout).toContain('Usage: disclosure-lint');
    expect((await runCliCaptured(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('exit code 1', () => {
  it('an error-level finding exits 1 and names the line and column of each placeholder', async () => {
    const run = await runCliCaptured([`${FIXTURES}/placeholder.md`, '--rule', 'no-placeholders']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('10:49   ✖ error');
    expect(run.stdout).toContain('10:106  ✖ error');
    expect(run.stdout).toContain('✖ 2 errors');
  });

  it('more warnings than --max-warnings exits 1', async () => {
    const run = await runCliCaptured([`${FIXTURES}/no-heading.txt`, '--rule', 'item-heading-present', '--max-warnings', '0']);
    expect(run.code).toBe(1);
  });

  it('--quiet hides warnings and passes', async () => {
    const run = await runCliCaptured([`${FIXTURES}/no-heading.txt`, `${FIXTURES}/placeholder.md`, '--quiet', '--max-warnings', '0', '--rule', 'item-heading-present', '--rule', 'no-placeholders']);
    expect(run.stdout).not.toContain('⚠ warning');
    expect(run.stdout).not.toContain('✔ pass');
    expect(run.stdout).not.toContain('no-heading.txt');
    expect(run.code).toBe(1);
  });
});

describe('exit code 2', () => {
  it('no inputs is a usage error', async () => {
    const run = await runCliCaptured([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No drafts given');
  });

  it('an unknown option is a usage error', async () => {
    const run = await runCliCaptured(['--colour', 'x.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--colour'");
  });

  it('an unknown rule id is a usage error', async () => {
    const run = await runCliCaptured([`${FIXTURES}/clean.md`, '--rule', 'no-such-rule']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown rule "no-such-rule"');
  });

  it('a missing file is reported for that file while the others are still linted', async () => {
    const run = await runCliCaptured([`${FIXTURES}/missing.md`, `${FIXTURES}/placeholder.md`, '--format', 'json']);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as { files: Array<{ path: string; results: Array<{ ruleId: string; message: string }> }> };
    expect(report.files.map((file) => file.path)).toEqual([`${FIXTURES}/missing.md`, `${FIXTURES}/placeholder.md`]);
    expect(report.files[0]?.results[0]).toMatchObject({ ruleId: 'invalid-input', message: expect.stringContaining('No such file') });
    expect(report.files[1]?.results.some((result) => result.ruleId === 'no-placeholders')).toBe(true);
  });

  it('a glob that matches nothing is a usage error', async () => {
    const run = await runCliCaptured(['drafts/**/*.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('drafts/**/*.md: no files match this pattern');
  });
});

describe('standard input', () => {
  it('reads "-" with --stdin-filename choosing the format', async () => {
    const run = await runCliCaptured(['-', '--stdin-filename', 'draft.md', '--rule', 'no-placeholders'], { stdin: '# Item 1C. Cybersecurity\n\nOur CISO joined in 20XX.\n' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('draft.md');
    expect(run.stdout).toContain('3:20    ✖ error');
  });
});
