// Runs the CLI in this process and prints its peak resident memory, so the benchmark can read a child's peak.
import { runCli } from '../cli/run-cli.js';

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: { write: () => true, isTTY: false },
  stderr: process.stderr,
  readStdin: async () => '',
});
process.stderr.write(`\nmaxRSS_KB=${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;
