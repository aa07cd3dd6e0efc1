// A reader that stops early (`disclosure-lint drafts | head`) ends the output, not the run: no stack trace, and the exit
// code still says whether the drafts have errors.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, openSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir.js';

const CLI = resolve('dist/disclosure-lint.js');

interface EarlyClose {
  code: number | null;
  stderr: string;
  bytesRead: number;
}

// Reads the first chunk of standard output, then closes the pipe, as `head -c` does.
function lintAndCloseEarly(args: string[]): Promise<EarlyClose> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    let bytesRead = 0;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.once('data', (chunk: Buffer) => {
      bytesRead = chunk.length;
      child.stdout.destroy();
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stderr, bytesRead }));
  });
}

// Enough drafts that their report outgrows a pipe's buffer (64 KiB on Linux), so writes meet the closed pipe.
function draftsWithErrors(count: number): string {
  const dir = makeTempDir('disclosure-lint-closed-');
  for (let index = 0; index < count; index++) copyFileSync(resolve('test/fixtures/cli/placeholder.md'), join(dir, `draft-${index}.md`));
  return dir;
}

describe('standard output closed by its reader', () => {
  const drafts = draftsWithErrors(120);

  it.each([['stylish'], ['json']])('stops the %s output quietly and exits 1 for drafts with errors (built CLI)', async (format) => {
    expect(existsSync(CLI), 'dist/ is built by npm ci (prepare) or npm run build').toBe(true);
    const run = await lintAndCloseEarly([drafts, '--format', format, '--concurrency', 'off']);
    expect(run.bytesRead).toBeGreaterThan(0);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });
});

describe('standard output that fails for another reason', () => {
  it.runIf(existsSync('/dev/full'))('names the failure once and exits 2 (a full disk, /dev/full)', () => {
    // Enough drafts for worker threads, whose reports arrive one by one and each met the failed stream again.
    const drafts = draftsWithErrors(120);
    const run = spawnSync(process.execPath, [CLI, drafts], { stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'], encoding: 'utf8' });
    expect(run.stderr).toBe('disclosure-lint: cannot write to standard output: ENOSPC.\n');
    expect(run.status).toBe(2);
  });
});
