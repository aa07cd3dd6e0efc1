// A lint loads only what it uses: the whole-report formats and the subcommands wait until a run asks for them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('dist/disclosure-lint.js');
const DRAFT = resolve('examples/northwind-10-k-2025.md');

// Prints, as the process exits, whether Node loaded its crypto module (only the SARIF formatter uses it).
const preload = join(mkdtempSync(join(tmpdir(), 'disclosure-lint-lazy-')), 'report-crypto.cjs');
writeFileSync(preload, "process.on('exit', () => process.stderr.write('crypto loaded: ' + process.moduleLoadList.some((name) => name.endsWith(' crypto')) + '\\n'));\n");

function cryptoLoaded(args: string[]): string {
  const run = spawnSync(process.execPath, ['--require', preload, BIN, ...args], { encoding: 'utf8' });
  return /crypto loaded: (true|false)/.exec(run.stderr)?.[1] ?? `no answer: ${run.stderr}`;
}

describe('what a run loads', () => {
  it('does not load the SARIF formatter for a stylish or JSON lint', () => {
    expect(cryptoLoaded([DRAFT])).toBe('false');
    expect(cryptoLoaded(['--format', 'json', DRAFT])).toBe('false');
  });

  it('loads it when SARIF is asked for', () => {
    expect(cryptoLoaded(['--format', 'sarif', DRAFT])).toBe('true');
  });
});
