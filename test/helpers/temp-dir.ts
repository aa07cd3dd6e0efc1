// Temporary folders for tests that remove themselves, so a test run leaves nothing behind in the system's temp folder.
import { chmodSync, lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

// Folders made outside a test, removed once the file's tests have run. This hook is registered while the file that
// imports this module is collected (vitest isolates test files, so each gets its own copy), so it belongs to that file.
const madeOutsideTests = new Set<string>();
afterAll(() => {
  for (const dir of madeOutsideTests) removeTempDir(dir);
});

/**
 * Makes a new folder `<tmpdir>/<prefix>XXXXXX` and removes it, with all it holds, once it is no longer needed:
 * - made inside a test (or its beforeEach/afterEach): when that test has finished;
 * - made at the top of a test file or in a describe body: after the tests of that file or describe block, which can
 *   share it;
 * - made in a beforeAll hook: after the tests of the file (vitest drops an afterAll registered from inside a hook).
 */
export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => removeTempDir(dir);
  try {
    onTestFinished(remove);
  } catch {
    // Not inside a test (onTestFinished throws there).
    afterAll(remove);
    madeOutsideTests.add(dir);
  }
  return dir;
}

/** Removes a folder made by a test, first giving back the access a test took away (chmod), as a user who is not root needs. */
function removeTempDir(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    restoreAccess(dir);
    rmSync(dir, { recursive: true, force: true });
  }
}

function restoreAccess(path: string): void {
  if (!lstatSync(path, { throwIfNoEntry: false })?.isDirectory()) return;
  chmodSync(path, 0o700);
  for (const entry of readdirSync(path)) restoreAccess(join(path, entry));
}
