// The action's entry point (bundled into dist-action/index.js): wires the runner's process into runAction.
import { runAction } from './run-action.js';

process.exitCode = await runAction({ env: process.env, stdout: process.stdout, cwd: process.cwd() });
