// Timing helpers for the benchmark: medians of repeated runs, of child processes or of in-process work.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export interface ProcessRun {
  ms: number;
  status: number | null;
  stderr: string;
}

/** Wall time of a whole child process, output discarded (as a CI job piping to a log would). */
export function timeProcess(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): ProcessRun {
  const start = performance.now();
  const result = spawnSync(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ms: performance.now() - start, status: result.status, stderr: result.stderr };
}

export async function timeAsync(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}
