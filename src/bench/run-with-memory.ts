// Runs the built command line in this process (the bundle and code cache the bin runs, workers included) and prints
// the process's peak resident memory as it exits, so the benchmark can read a child's peak.
import { join } from 'node:path';
import { packageRoot } from '../engine/paths.js';
import { startCommandLine } from '../cli/start-command-line.js';

process.once('exit', () => process.stderr.write(`\nmaxRSS_KB=${process.resourceUsage().maxRSS}\n`));
// The bundle reads its arguments from process.argv, which are this script's: the inputs to lint.
startCommandLine(join(packageRoot(), 'dist', 'disclosure-lint.cjs'));
