// The built-in rules and lexicons as one precompiled file (dist/builtins.json, written by `npm run build`), so a run
// starts without reading dozens of files or compiling the rule schema. It is used only while it matches rules/.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadedRule } from './rule.js';
import { builtinRulesDir, packageRoot } from './paths.js';

/** What a snapshot was built from: every JSON file under rules/ and every folder, with what a change would alter. */
export interface RulesFootprint {
  /** Relative path, size and modification time of each JSON file: an edit changes them. */
  files: Array<[string, number, number]>;
  /** Relative path and modification time of each folder: adding, removing or renaming an entry changes it. */
  folders: Array<[string, number]>;
}

interface Snapshot {
  footprint: RulesFootprint;
  rules: LoadedRule[];
  lexicons: Record<string, string[]>;
}

type BuiltinData = { rules: LoadedRule[]; lexicons: Record<string, string[]> };

function snapshotFile(): string {
  return join(packageRoot(), 'dist', 'builtins.json');
}

// Running from TypeScript sources (tests) always reads rules/ itself; compiled code (.js, or the .cjs bundle) uses the snapshot.
const fromCompiledCode = !fileURLToPath(import.meta.url).endsWith('.ts');

/** Walks rules/ once, at build time; checking a footprint later needs no directory listing (the costly part). */
export function rulesFootprint(dir = builtinRulesDir()): RulesFootprint {
  const footprint: RulesFootprint = { files: [], folders: [] };
  const walk = (folder: string): void => {
    footprint.folders.push([relative(dir, folder), statSync(folder).mtimeMs]);
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json')) {
        const stat = statSync(path);
        footprint.files.push([relative(dir, path), stat.size, stat.mtimeMs]);
      }
    }
  };
  walk(dir);
  return footprint;
}

/** Whether rules/ is as it was when the footprint was taken: a stat per recorded file and folder. */
export function footprintHolds(footprint: RulesFootprint, dir = builtinRulesDir()): boolean {
  try {
    return (
      footprint.folders.every(([path, mtimeMs]) => statSync(join(dir, path)).mtimeMs === mtimeMs) &&
      footprint.files.every(([path, size, mtimeMs]) => {
        const stat = statSync(join(dir, path));
        return stat.size === size && stat.mtimeMs === mtimeMs;
      })
    );
  } catch {
    // A recorded file or folder is gone.
    return false;
  }
}

let cached: BuiltinData | null | undefined;

/** The snapshot's rules and lexicons, read once per process; undefined when it is missing or rules/ changed since. */
export function readSnapshot(): BuiltinData | undefined {
  cached ??= loadSnapshot() ?? null;
  return cached ?? undefined;
}

function loadSnapshot(): BuiltinData | undefined {
  if (!fromCompiledCode || !existsSync(snapshotFile())) return undefined;
  const snapshot = JSON.parse(readFileSync(snapshotFile(), 'utf8')) as Partial<Snapshot>;
  if (!snapshot.footprint || !snapshot.rules || !snapshot.lexicons || !footprintHolds(snapshot.footprint)) return undefined;
  const root = packageRoot();
  const rules = snapshot.rules.map((rule) => ({ ...rule, file: resolve(root, rule.file), ...(rule.readme ? { readme: resolve(root, rule.readme) } : {}) }));
  return { rules, lexicons: snapshot.lexicons };
}

export function writeSnapshot(rules: readonly LoadedRule[], lexicons: Record<string, string[]>): void {
  const root = packageRoot();
  const portable = rules.map((rule) => ({ ...rule, file: relative(root, rule.file), ...(rule.readme ? { readme: relative(root, rule.readme) } : {}) }));
  writeFileSync(snapshotFile(), JSON.stringify({ footprint: rulesFootprint(), rules: portable, lexicons } satisfies Snapshot));
}
