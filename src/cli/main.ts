// The command line on the main thread: wires the real process into runCli (started by bundle-entry.ts, or run as tsc output).
import { runCli } from './run-cli.js';
import { tolerateClosedOutput } from './closed-output.js';
import { tierForRun } from './short-run-tiering.js';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

tolerateClosedOutput(process.stdout, 'standard output', (message) => process.stderr.write(message));
// Nowhere is left to report a failure of standard error itself.
tolerateClosedOutput(process.stderr, 'standard error', () => undefined);

void runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin,
  onPlan: (plan) => tierForRun(plan, process.env),
}).then((code) => {
  // A failed write to standard output (exit code 2, set above) outranks the lint's own code.
  process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
});
