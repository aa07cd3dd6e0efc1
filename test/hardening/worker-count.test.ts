// How many worker threads a run starts: --concurrency counts every thread that lints, and the main thread is one.
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { workerCount } from '../../src/cli/lint-pool.js';

describe('workerCount', () => {
  it('starts none when concurrency is off or 1: the main thread lints alone', () => {
    expect(workerCount('off', 500)).toBe(0);
    expect(workerCount(1, 500)).toBe(0);
  });

  it('starts n - 1 workers for --concurrency n, never more than there are other files', () => {
    expect(workerCount(2, 500)).toBe(1);
    expect(workerCount(4, 500)).toBe(3);
    expect(workerCount(4, 2)).toBe(1);
  });

  it('under auto, lints small batches on the main thread and large ones on every core', () => {
    expect(workerCount('auto', 10)).toBe(0);
    expect(workerCount('auto', 10_000)).toBe(availableParallelism() - 1);
  });
});
