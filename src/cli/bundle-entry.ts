// The entry of the bundled command line (dist/disclosure-lint.cjs): the main thread runs the CLI, a worker thread of
// the lint pool serves lint requests. One bundle for both, so workers start from the same code cache.
import { isMainThread } from 'node:worker_threads';

if (isMainThread) void import('./main.js');
else void import('./lint-worker.js');
