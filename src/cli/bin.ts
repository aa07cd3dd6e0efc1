#!/usr/bin/env node
// The disclosure-lint executable (dist/disclosure-lint.js): runs the bundled command line beside it with its code cache.
// Worker threads of the lint pool start from this file too; the bundle's entry tells them apart.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCommandLine } from './start-command-line.js';

startCommandLine(join(fileURLToPath(new URL('.', import.meta.url)), 'disclosure-lint.cjs'));
