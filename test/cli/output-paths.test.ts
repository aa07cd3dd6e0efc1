// Output paths: missing folders are made; a path that cannot be written is a usage error (exit 2) that names it, and
// never a hang.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const DRAFT = resolve('test/fixtures/cli/clean.md');

describe('output paths', () => {
  it.each([['json'], ['sarif']])('makes the missing folders of a %s output', async (format) => {
    const root = makeTempDir('disclosure-lint-out-');
    const target = join(root, 'reports', '2025', `lint.${format}`);
    const run = await runCliCaptured([DRAFT, '--format', `${format}:${target}`]);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toBeTypeOf('object');
  });

  it.each([['json'], ['sarif']])('reports a %s output under a file as a usage error', async (format) => {
    const run = await runCliCaptured([DRAFT, '--format', `${format}:package.json/out/lint.${format}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Cannot write package.json/out/lint.${format}: ENOTDIR. Choose a writable path.`);
  });

  it.runIf(existsSync('/proc/self'))
    .each([['json'], ['sarif']])('reports a %s output under /proc as a usage error instead of hanging', async (format) => {
      const run = await runCliCaptured([DRAFT, '--format', `${format}:/proc/disclosure-lint/lint.${format}`]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`Cannot write /proc/disclosure-lint/lint.${format}: ENOENT. Choose a writable path.`);
    });
});
