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

export type Concurrency = 'auto' | 'off' | number;

// Below this many drafts a worker's start-up (loading the parsers and rules again) costs more than it saves.
const AUTO_MIN_FILES = 64;
const FILES_PER_WORKER = 32;

/** How many workers a run should use: 0 means lint on the main thread. */
export function workerCount(concurrency: Concurrency, files: number): number {
  if (concurrency === 'off' || concurrency === 1) return 0;
  if (typeof concurrency === 'number') return Math.min(concurrency, files);
  if (files < AUTO_MIN_FILES) return 0;
  return Math.max(0, Math.min(availableParallelism(), Math.ceil(files / FILES_PER_WORKER)));
}

/** Whether the compiled worker script exists (it does not when running from TypeScript sources, e.g. under a bundler). */
export function workerScript(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  const script = here.endsWith('.js') ? join(here, '..', 'lint-worker.js') : join(packageRoot(), 'dist', 'cli', 'lint-worker.js');
  return existsSync(script) ? script : undefined;
}

// Two drafts in flight per worker, so a worker never waits for the next message.
const IN_FLIGHT = 2;

export async function lintInPool(paths: readonly string[], options: ProjectOptions, workers: number, script: string, deliver: (index: number, report: FileReport) => void): Promise<LoadedRule[]> {
  let nextFile = 0;
  const rules = new Map<string, LoadedRule>();
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
        for (const rule of reply.rules) if (!rules.has(rule.id)) rules.set(rule.id, rule);
        void worker.terminate().then(() => resolve());
      } else {
        reject(deserializeError(reply.error));
      }
    });
    worker.on('error', reject);
    feed();
  });
  try {
    await Promise.all(Array.from({ length: workers }, runWorker));
  } finally {
    // A configuration error stops every worker, not only the one that met it.
    await Promise.all(started.map((worker) => worker.terminate()));
  }
  return [...rules.values()];
}
