// A run of a few drafts keeps V8 to its baseline compilers; a batch gets TurboFan, and so do the warm-up and workers.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/bench/generate-corpus.js';
import { WRITE_CODE_CACHE } from '../../src/cli/code-cache-warm-up.js';
import { keepsBaselineTier, SHORT_RUN_DRAFTS } from '../../src/cli/short-run-tiering.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const CLI = resolve('dist/disclosure-lint.js');

// TurboFan compiles that V8 reports for a run of the built CLI (the trace flag costs the code cache; that is all).
function turbofanCompiles(...args: string[]): number {
  const run = spawnSync(process.execPath, ['--trace-opt', CLI, '--concurrency', 'off', '--format', 'json', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return run.stdout.split('\n').filter((line) => line.startsWith('[completed compiling') && line.includes('TURBOFAN')).length;
}

describe('keepsBaselineTier', () => {
  it('holds for a run of up to a few drafts on the main thread alone', () => {
    expect(keepsBaselineTier({ drafts: 1, workers: 0 }, {})).toBe(true);
    expect(keepsBaselineTier({ drafts: SHORT_RUN_DRAFTS, workers: 0 }, {})).toBe(true);
    expect(keepsBaselineTier({ drafts: SHORT_RUN_DRAFTS + 1, workers: 0 }, {})).toBe(false);
  });

  it('does not hold with worker threads or in the warm-up run, whose code caches need the default flags', () => {
    expect(keepsBaselineTier({ drafts: 2, workers: 1 }, {})).toBe(false);
    expect(keepsBaselineTier({ drafts: 2, workers: 0 }, { [WRITE_CODE_CACHE]: '1' })).toBe(false);
  });
});

describe('the built command line', () => {
  it('optimises nothing of its own for one draft, and optimises a batch', () => {
    expect(existsSync(CLI), 'dist/ is built by npm ci (prepare) or npm run build').toBe(true);
    const batch = makeTempDir('disclosure-lint-tiering-');
    generateCorpus(batch, 8, 3);
    // Node's own start-up may optimise a path helper or two before the drafts are found.
    expect(turbofanCompiles(resolve('examples/northwind-10-k-2025.md'))).toBeLessThanOrEqual(5);
    expect(turbofanCompiles(batch)).toBeGreaterThan(20);
  });
});
