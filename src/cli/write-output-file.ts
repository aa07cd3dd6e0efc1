// Writes one output (a report, SARIF, a summary) to a file, creating its folder; a failure is the user's to fix (exit code 2).
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { makeFolders } from './make-folders.js';
import { UsageError } from './parse-args.js';

/** Returns the absolute path written. */
export async function writeOutputFile(cwd: string, path: string, text: string): Promise<string> {
  const target = resolve(cwd, path);
  try {
    makeFolders(dirname(target));
    await writeFile(target, text);
  } catch (error) {
    throw new UsageError(`Cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Choose a writable path.`);
  }
  return target;
}
