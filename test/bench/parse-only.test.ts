// The bench's parser floor: a process that only reads and parses drafts, on the threads a lint would use.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/engine/paths.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const script = join(packageRoot(), 'dist', 'bench', 'parse-only.js');
const DRAFT = '# Item 1C. Cybersecurity\n\n## Governance\n\nThe Audit Committee oversees cybersecurity risk and hears from our CISO each quarter.\n';

function folderOf(count: number): string {
  const dir = makeTempDir('dl-parse-only-');
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `draft-${i}.md`), DRAFT);
  return dir;
}

describe('parse-only', () => {
  it('parses a folder on the main thread alone, as a small lint would', () => {
    const run = spawnSync(process.execPath, [script, folderOf(3)], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('parses a large folder on worker threads too', () => {
    const run = spawnSync(process.execPath, [script, folderOf(80)], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('a draft it cannot read fails the run', () => {
    const dir = folderOf(3);
    mkdirSync(join(dir, 'draft-zz-folder.md'));
    const run = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('EISDIR');
  });

  it('without a folder, prints its usage and exits 2', () => {
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: node dist/bench/parse-only.js <dir>');
  });
});
