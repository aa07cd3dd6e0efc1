// A lint loads only what it uses: the whole-report formats and the subcommands wait until a run asks for them.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir.js';

const BIN = resolve('dist/disclosure-lint.js');
const DRAFT = resolve('examples/northwind-10-k-2025.md');

// Prints, as the process exits, whether Node loaded its crypto module (only the SARIF formatter uses it).
const preload = join(makeTempDir('disclosure-lint-lazy-'), 'report-crypto.cjs');
writeFileSync(preload, "process.on('exit', () => process.stderr.write('crypto loaded: ' + process.moduleLoadList.some((name) => name.endsWith(' crypto')) + '\\n'));\n");

function cryptoLoaded(args: string[]): string {
  const run = spawnSync(process.execPath, ['--require', preload, BIN, ...args], { encoding: 'utf8' });
  return /crypto loaded: (true|false)/.exec(run.stderr)?.[1] ?? `no answer: ${run.stderr}`;
}

// Prints, as the process exits, the modules Node's own loader compiled from node_modules: outside the bundle, so outside its code cache.
const unbundledPreload = join(makeTempDir('disclosure-lint-lazy-'), 'report-unbundled.cjs');
writeFileSync(unbundledPreload, "process.on('exit', () => process.stderr.write('unbundled: ' + JSON.stringify(Object.keys(require.cache).filter((path) => path.includes('node_modules'))) + '\\n'));\n");

describe('what a run loads', () => {
  it('loads nothing from node_modules outside the bundle for a lint (fdir no longer requires picomatch at start-up)', () => {
    const run = spawnSync(process.execPath, ['--require', unbundledPreload, BIN, DRAFT], { encoding: 'utf8' });
    expect(run.stderr).toContain('unbundled: []');
  });

  it('does not load the SARIF formatter for a stylish or JSON lint', () => {
    expect(cryptoLoaded([DRAFT])).toBe('false');
    expect(cryptoLoaded(['--format', 'json', DRAFT])).toBe('false');
  });

  it('does not load chalk, nor the terminal modules it needs, without colour', () => {
    const preload = join(makeTempDir('disclosure-lint-lazy-'), 'report-tty.cjs');
    writeFileSync(preload, "process.on('exit', () => process.stderr.write('tty loaded: ' + process.moduleLoadList.some((name) => name.endsWith(' tty')) + '\\n'));\n");
    const loadsTty = (...args: string[]): string => /tty loaded: (true|false)/.exec(spawnSync(process.execPath, ['--require', preload, BIN, ...args], { encoding: 'utf8' }).stderr)?.[1] ?? 'no answer';
    expect(loadsTty('--no-color', DRAFT)).toBe('false');
    expect(loadsTty('--color', DRAFT)).toBe('true');
  });

  it('loads it when SARIF is asked for', () => {
    expect(cryptoLoaded(['--format', 'sarif', DRAFT])).toBe('true');
  });
});
