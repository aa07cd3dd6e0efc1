// Creates an output's folder and its missing parents one level at a time. Node 20's recursive mkdir never returns for
// some paths under /proc (procfs answers ENOENT and Node retries forever), so such an output path hung the run.
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** Throws the system error of the first folder that cannot be made (ENOENT, ENOTDIR, EACCES...). */
export function makeFolders(folder: string): void {
  const missing: string[] = [];
  for (let current = folder; statSync(current, { throwIfNoEntry: false }) === undefined; current = dirname(current)) {
    missing.push(current);
    if (dirname(current) === current) break;
  }
  for (const path of missing.reverse()) {
    try {
      mkdirSync(path);
    } catch (error) {
      // Made meanwhile by another process: what the recursive mkdir would have accepted too.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(path).isDirectory()) throw error;
    }
  }
}
