// Worker threads change nothing but speed: the built CLI gives byte-identical output and exit code with and without them.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/bench/generate-corpus.js';
import { schemaValidator } from '../../src/engine/schema-validator.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const CLI = resolve('dist/disclosure-lint.js');

function lint(dir: string, ...args: string[]): { code: number | null; stdout: string } {
  const run = spawnSync(process.execPath, [CLI, dir, '--format', 'json', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout };
}

describe('linting on worker threads', () => {
  it('gives the same report, in the same order, as linting on one thread (built CLI: npm run build first)', () => {
    expect(existsSync(CLI), 'dist/ is built by npm ci (prepare) or npm run build').toBe(true);
    const dir = makeTempDir('disclosure-lint-pool-');
    generateCorpus(dir, 70, 7);
    writeFileSync(join(dir, 'draft-00003-broken.json'), '{ "form": "10-K", ');
    writeFileSync(join(dir, 'draft-00004-empty.md'), '');
    const pooled = lint(dir, '--concurrency', '2');
    const single = lint(dir, '--concurrency', 'off');
    expect(pooled.code).toBe(2);
    expect(pooled.code).toBe(single.code);
    expect(pooled.stdout).toBe(single.stdout);
    const report = JSON.parse(pooled.stdout) as { files: Array<{ path: string }> };
    expect(report.files).toHaveLength(72);
    expect(report.files.map((file) => file.path)).toEqual([...report.files.map((file) => file.path)].sort());
    const validate = schemaValidator('report.schema.json');
    expect(validate(report)).toBe(true);
  }, 120_000);
});
