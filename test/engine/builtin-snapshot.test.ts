// The precompiled built-ins are used only while rules/ is unchanged: edits, additions and removals all show.
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { footprintHolds, rulesFootprint } from '../../src/engine/builtin-snapshot.js';
import { makeTempDir } from '../helpers/temp-dir.js';

let dir: string;
const past = new Date('2026-01-01T00:00:00Z');

// Files and folders get one old modification time, so a change made right after is visible even on coarse clocks.
function age(...paths: string[]): void {
  for (const path of paths) utimesSync(path, past, past);
}

beforeEach(() => {
  dir = makeTempDir('disclosure-lint-rules-');
  mkdirSync(join(dir, 'item-106', 'board-oversight-described'), { recursive: true });
  writeFileSync(join(dir, 'item-106', 'board-oversight-described', 'rule.json'), '{ "id": "board-oversight-described" }');
  writeFileSync(join(dir, 'item-106', 'board-oversight-described', 'README.md'), '# Board oversight');
  age(join(dir, 'item-106', 'board-oversight-described', 'rule.json'), join(dir, 'item-106', 'board-oversight-described'), join(dir, 'item-106'), dir);
});

describe('rules footprint', () => {
  it('holds while nothing changed, and records only JSON files', () => {
    const footprint = rulesFootprint(dir);
    expect(footprint.files.map(([path]) => path)).toEqual([join('item-106', 'board-oversight-described', 'rule.json')]);
    expect(footprintHolds(footprint, dir)).toBe(true);
  });

  it('breaks when a rule file is edited', () => {
    const footprint = rulesFootprint(dir);
    writeFileSync(join(dir, 'item-106', 'board-oversight-described', 'rule.json'), '{ "id": "board-oversight-described", "severity": "error" }');
    expect(footprintHolds(footprint, dir)).toBe(false);
  });

  it('breaks when a rule is added', () => {
    const footprint = rulesFootprint(dir);
    mkdirSync(join(dir, 'item-106', 'new-rule'));
    expect(footprintHolds(footprint, dir)).toBe(false);
  });

  it('breaks when a rule is removed', () => {
    const footprint = rulesFootprint(dir);
    rmSync(join(dir, 'item-106', 'board-oversight-described'), { recursive: true });
    expect(footprintHolds(footprint, dir)).toBe(false);
  });
});
