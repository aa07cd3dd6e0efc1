// Where the package's own data lives (rules, schemas), whether run from src/ (tests) or dist/ (installed).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  root = resolve(dir);
  return root;
}

export function builtinRulesDir(): string {
  return join(packageRoot(), 'rules');
}

export function schemasDir(): string {
  return join(packageRoot(), 'schemas');
}
