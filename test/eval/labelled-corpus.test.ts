// Reading a labelled folder: drafts paired with labels/NNN.json, and clear refusals of unusable folders.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabelledCorpus, UnusableCorpusError } from '../../src/eval/labelled-corpus.js';
import { makeTempDir } from '../helpers/temp-dir.js';

function folder(files: Record<string, string>): string {
  const dir = makeTempDir('eval-corpus-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const label = (applicable: boolean, value: boolean) => JSON.stringify({ applicable, labels: { 'rule-a': { value, evidence: '', why: '' } } });

describe('readLabelledCorpus', () => {
  it('pairs NNN-*.txt drafts with labels/NNN.json and warns about drafts without labels', () => {
    const dir = folder({ '001-a.txt': 'x', '002-b.md': 'y', 'labels/001.json': label(true, true) });
    const corpus = readLabelledCorpus(dir);
    expect(corpus.files.map((file) => [file.name, file.labels['rule-a']?.value])).toEqual([['001-a.txt', true]]);
    expect(corpus.warnings).toHaveLength(1);
  });

  it('forces every label of a non-applicable file to false', () => {
    const dir = folder({ '003-c.txt': 'x', 'labels/003.json': label(false, true) });
    expect(readLabelledCorpus(dir).files[0]?.labels['rule-a']?.value).toBe(false);
  });

  it('refuses a folder without drafts or without labels', () => {
    expect(() => readLabelledCorpus(folder({ 'labels/001.json': label(true, true) }))).toThrow(UnusableCorpusError);
    expect(() => readLabelledCorpus(folder({ '001-a.txt': 'x' }))).toThrow(UnusableCorpusError);
    expect(() => readLabelledCorpus(join(tmpdir(), 'no-such-folder-for-eval'))).toThrow(UnusableCorpusError);
  });
});
