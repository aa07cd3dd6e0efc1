// One CLI run can write several formats: one to standard output, the others to files (--format name:path, --output).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const EXAMPLE = resolve('examples/harbor-biotech-10-k-2025.md');

describe('--format name:path and --output', () => {
  it('writes github to standard output and sarif, junit, markdown and json to files in one run', async () => {
    const dir = makeTempDir('dl-formats-');
    const run = await runCliCaptured([EXAMPLE, '--rule', 'no-placeholders', '-f', 'github', '-f', 'sarif:out/report.sarif', '-f', 'junit:out/junit.xml', '-f', 'markdown:out/summary.md', '-f', 'json:out/report.json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=.*harbor-biotech-10-k-2025\.md,line=20,/);
    expect(JSON.parse(readFileSync(join(dir, 'out/report.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(readFileSync(join(dir, 'out/junit.xml'), 'utf8')).toContain('<testsuites name="disclosure-lint"');
    expect(readFileSync(join(dir, 'out/summary.md'), 'utf8')).toContain('## ✖ disclosure-lint: 1 error');
    expect(JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8'))).toMatchObject({ summary: { errors: 1 } });
  });

  it('--output sends the one format without a path to a file', async () => {
    const dir = makeTempDir('dl-output-');
    const run = await runCliCaptured([EXAMPLE, '--format', 'sarif', '--output', 'findings.sarif'], { cwd: dir });
    expect(run.stdout).toBe('');
    expect(existsSync(join(dir, 'findings.sarif'))).toBe(true);
  });

  it('an unknown format names the formats there are', async () => {
    const run = await runCliCaptured([EXAMPLE, '--format', 'html']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown format "html". Use one of: stylish, json, sarif, github, junit, markdown.');
  });
});
