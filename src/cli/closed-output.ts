// What the command line does when its standard output or error stops taking text: `disclosure-lint drafts | head`
// closes the pipe after a few lines, and Node then raises an 'error' event that, unhandled, ends the process with a
// stack trace.
import type { Writable } from 'node:stream';

/**
 * Makes a closed pipe end the output, not the run: the lint finishes and the exit code still tells whether drafts
 * have errors (the one signal a pipeline has left). Any other failure to write is named on standard error.
 */
export function tolerateClosedOutput(stream: Writable, name: string, report: (message: string) => void): void {
  let reported = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.exitCode = 2;
    // A full disk fails every later write as well: the reader needs to hear it once.
    if (reported) return;
    reported = true;
    report(`disclosure-lint: cannot write to ${name}: ${error.code ?? error.message}.\n`);
  });
}
