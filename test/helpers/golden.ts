// Compares output with a golden file under test/report/goldens/; UPDATE_GOLDENS=1 rewrites the file instead.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

const GOLDENS = join(import.meta.dirname, '..', 'report', 'goldens');

export function expectGolden(name: string, actual: string): void {
  const path = join(GOLDENS, name);
  if (process.env.UPDATE_GOLDENS === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `missing golden ${name}: run UPDATE_GOLDENS=1 npx vitest run test/report`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
