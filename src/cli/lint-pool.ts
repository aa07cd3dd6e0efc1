// Lints many drafts on worker threads, one engine per worker, handing each file report back with its input index.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ProjectOptions } from '../config/project-linter.js';
import type { LoadedRule } from '../engine/rule.js';
import { packageRoot } from '../engine/paths.js';
import type { FileReport } from '../report/report.js';
import { deserializeError, type WorkerReply, type WorkerRequest } from './worker-messages.js';
import { uniqueRules } from '../engine/unique-rules.js';

export type Concurrency = 'auto' | 'off' | number;

// Below this many drafts a worker's start-up (loading the parsers and rules again) costs more than it saves.
const AUTO_MIN_FILES = 64;
const FILES_PER_WORKER = 32;

/**
 * How many worker threads a run should start besides the main thread, which lints too: 0 means the main thread alone.
 * `concurrency` counts every thread that lints, so `2` is the main thread and one worker.
 */
export function workerCount(concurrency: Concurrency, files: number): number {
  if (concurrency === 'off') return 0;
  const threads = typeof concurrency === 'number' ? concurrency : files < AUTO_MIN_FILES ? 1 : Math.min(availableParallelism(), Math.ceil(files / FILES_PER_WORKER));
  return Math.max(0, Math.min(threads, files) - 1);
}

/**
 * The script a worker starts from, if it exists: in the bundled command line (dist/disclosure-lint.cjs) the executable
 * beside it, whose bundle serves workers too; in tsc's output lint-worker.js beside this file; from TypeScript sources
 * (tests), tsc's lint-worker.js when it was built.
 */
export function workerScript(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  const script = here.endsWith('.cjs') ? join(here, '..', 'disclosure-lint.js') : here.endsWith('.js') ? join(here, '..', 'lint-worker.js') : join(packageRoot(), 'dist', 'cli', 'lint-worker.js');
  return existsSync(script) ? script : undefined;
}

// Two drafts in flight per worker, so a worker never waits for the next message.
const IN_FLIGHT = 2;

/**
 * Lints `paths` on `workers` worker threads and on the main thread (with `lintHere`), each taking the next file as it
 * frees up. The main thread lints rather than waits: one thread fewer to start and to hold a heap.
 */
export async function lintInPool(paths: readonly string[], options: ProjectOptions, workers: number, script: string, lintHere: (index: number) => Promise<FileReport>, deliver: (index: number, report: FileReport) => void): Promise<LoadedRule[]> {
  let nextFile = 0;
  const rules: LoadedRule[] = [];
  const started: Worker[] = [];
  const runWorker = (): Promise<void> => new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: options });
    started.push(worker);
    const send = (request: WorkerRequest): void => worker.postMessage(request);
    let inFlight = 0;
    const feed = (): void => {
      while (inFlight < IN_FLIGHT && nextFile < paths.length) {
        const index = nextFile++;
        inFlight++;
        send({ kind: 'file', index, path: paths[index] as string });
      }
      if (inFlight === 0) send({ kind: 'done' });
    };
    worker.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'file') {
        inFlight--;
        deliver(reply.index, reply.report);
        feed();
      } else if (reply.kind === 'rules') {
        rules.push(...reply.rules);
        void worker.terminate().then(() => resolve());
      } else {
        reject(deserializeError(reply.error));
      }
    });
    worker.on('error', reject);
    feed();
  });
  const runHere = async (): Promise<void> => {
    while (nextFile < paths.length) {
      const index = nextFile++;
      deliver(index, await lintHere(index));
      // Linting is synchronous work: let the workers' replies in between drafts, so they are fed without delay.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all([...Array.from({ length: workers }, runWorker), runHere()]);
  } finally {
    // A configuration error stops every worker, not only the one that met it.
    await Promise.all(started.map((worker) => worker.terminate()));
  }
  return uniqueRules(rules);
}
