// A worker thread of the lint pool: its own ProjectLinter (one engine per worker), drafts in, file reports out.
import { parentPort, workerData } from 'node:worker_threads';
import { ProjectLinter, type ProjectOptions } from '../config/project-linter.js';
import { serializeError } from './worker-messages.js';
import type { WorkerRequest, WorkerReply } from './worker-messages.js';

const port = parentPort;
if (!port) throw new Error('lint-worker runs only as a worker thread');
const project = new ProjectLinter(workerData as ProjectOptions);

port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'done') {
    port.postMessage({ kind: 'rules', rules: project.rules } satisfies WorkerReply);
    return;
  }
  project.lintFile(request.path).then(
    (report) => port.postMessage({ kind: 'file', index: request.index, report } satisfies WorkerReply),
    (error: unknown) => port.postMessage({ kind: 'error', error: serializeError(error) } satisfies WorkerReply),
  );
});
