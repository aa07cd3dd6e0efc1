// A file the user may not read: CI runs as root (who may read anything), so the file system's refusal is simulated.
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: Parameters<typeof actual.readFileSync>[0], options?: Parameters<typeof actual.readFileSync>[1]) => {
    if (String(path).endsWith('locked.md')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    return actual.readFileSync(path, options);
  }) as typeof actual.readFileSync;
  return { ...actual, readFileSync };
});

const { readSource } = await import('../../src/parse/read-source.js');

describe('a permission-denied file', () => {
  it('is reported with the file and what to do', () => {
    expect(() => readSource('drafts/locked.md')).toThrow('drafts/locked.md: Permission denied. Give your user read access to the file (chmod +r) or lint a copy.');
  });
});
