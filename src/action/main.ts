// The action's entry point (bundled into dist-action/index.js): wires the runner's process into runAction.
import { runAction } from './run-action.js';

// Bundled, recheck (the ReDoS checker custom rules' patterns go through) has neither its worker file nor its native
// binary beside it; its pure JavaScript checker, bundled with it, runs in process instead.
process.env['RECHECK_SYNC_BACKEND'] ??= 'pure';

process.exitCode = await runAction({ env: process.env, stdout: process.stdout, cwd: process.cwd() });
