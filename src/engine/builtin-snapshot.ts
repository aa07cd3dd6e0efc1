// The built-in rules and lexicons as one precompiled file (dist/builtins.json, written by `npm run build`), so a run
// starts without reading dozens of files or compiling the rule schema. It is used only while it matches rules/.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadedRule } from './rule.js';
import { builtinRulesDir, packageRoot } from './paths.js';

interface Snapshot {
  /** Size and modification time of every file under rules/ that went into it. */
  signature: string;
  rules: LoadedRule[];
  lexicons: Record<string, string[]>;
}

function snapshotFile(): string {
  return join(packageRoot(), 'dist', 'builtins.json');
}

// Running from TypeScript sources (tests) always reads rules/ itself.
const fromCompiledCode = fileURLToPath(import.meta.url).endsWith('.js');

/** Files under rules/ with their size and modification time: the snapshot is stale when any of them changed. */
export function rulesSignature(dir = builtinRulesDir()): string {
  const entries: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json')) {
        const stat = statSync(path);
        entries.push(`${relative(dir, path)}:${stat.size}:${stat.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return entries.join('\n');
}

export function readSnapshot(): { rules: LoadedRule[]; lexicons: Record<string, string[]> } | undefined {
  if (!fromCompiledCode || !existsSync(snapshotFile())) return undefined;
  const snapshot = JSON.parse(readFileSync(snapshotFile(), 'utf8')) as Snapshot;
  if (snapshot.signature !== rulesSignature()) return undefined;
  const root = packageRoot();
  const rules = snapshot.rules.map((rule) => ({ ...rule, file: resolve(root, rule.file), ...(rule.readme ? { readme: resolve(root, rule.readme) } : {}) }));
  return { rules, lexicons: snapshot.lexicons };
}

export function writeSnapshot(rules: readonly LoadedRule[], lexicons: Record<string, string[]>): void {
  const root = packageRoot();
  const portable = rules.map((rule) => ({ ...rule, file: relative(root, rule.file), ...(rule.readme ? { readme: relative(root, rule.readme) } : {}) }));
  writeFileSync(snapshotFile(), JSON.stringify({ signature: rulesSignature(), rules: portable, lexicons } satisfies Snapshot));
}
