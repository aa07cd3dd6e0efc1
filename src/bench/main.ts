// `npm run bench`: speed and memory of disclosure-lint on a generated corpus, beside remark-cli and markdownlint-cli2.
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../engine/paths.js';
import { generateCorpus } from './generate-corpus.js';
import { median, timeProcess } from './measure.js';
import { stageTimes } from './stage-times.js';
import { workerCount } from '../cli/lint-pool.js';

const root = packageRoot();
const benchDir = join(root, '.bench');
const cli = join(root, 'dist', 'disclosure-lint.js');
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function corpus(count: number): string {
  const dir = join(benchDir, `corpus-${count}`);
  if (!existsSync(dir) || readdirSync(dir).length !== count) generateCorpus(dir, count);
  return dir;
}

function threadsFor(files: number): number {
  return workerCount('auto', files) + 1;
}

function line(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(52)} ${value}\n`);
}

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 0)} ms`;
}

/** Median wall time and peak resident memory of RUNS runs of the built command line over `dir`. */
function peakMemory(dir: string): { ms: number; summary: string } {
  const runs = Array.from({ length: RUNS }, () => timeProcess(process.execPath, [join(root, 'dist', 'bench', 'run-with-memory.js'), dir]));
  const peaksMb = runs.map((run) => Number(/maxRSS_KB=(\d+)/.exec(run.stderr)?.[1] ?? 'NaN') / 1024);
  return { ms: median(runs.map((run) => run.ms)), summary: `${median(peaksMb).toFixed(0)} MB (runs: ${peaksMb.map((mb) => mb.toFixed(0)).join(', ')})` };
}

async function main(): Promise<void> {
  process.stdout.write(`disclosure-lint benchmark — node ${process.version}, ${availableParallelism()} cores, medians of ${RUNS} runs\n\n`);
  const small = corpus(1000);
  const one = join(small, 'draft-00000.md');

  // In turn as well, so both sides of the difference see the same machine.
  const startRuns = Array.from({ length: RUNS * 2 }, () => ({ bare: timeProcess(process.execPath, ['-e', '0']).ms, cold: timeProcess(process.execPath, [cli, one]).ms }));
  const bare = median(startRuns.map((run) => run.bare));
  const cold = median(startRuns.map((run) => run.cold));
  line('node -e 0', ms(bare));
  line('one file, whole process (cold start)', `${ms(cold)} (+${ms(cold - bare)} over node -e 0; target ≤ +100 ms)`);

  // The peers run in turn with disclosure-lint, not after it: the machine's speed drifts over minutes, and a ratio of
  // runs made side by side is not skewed by it.
  const peerRuns = Array.from({ length: RUNS }, () => ({
    ours: timeProcess(process.execPath, [cli, small]).ms,
    remark: timeProcess(bin('remark'), ['--use', 'remark-preset-lint-recommended', '--quiet', '--no-stdout', small]).ms,
    markdownlint: timeProcess(bin('markdownlint-cli2'), [`${small}/*.md`]).ms,
    parseOnly: timeProcess(process.execPath, [join(root, 'dist', 'bench', 'parse-only.js'), small]).ms,
  }));
  const thousand = median(peerRuns.map((run) => run.ours));
  const remark = median(peerRuns.map((run) => run.remark));
  const markdownlint = median(peerRuns.map((run) => run.markdownlint));
  const parseOnly = median(peerRuns.map((run) => run.parseOnly));
  line('1,000 files, whole process', `${ms(thousand)} (${(1000 / (thousand / 1000)).toFixed(0)} documents/s; target ≤ 3000 ms)`);
  // The floor under the line above: a process that only reads and parses the same files, on the same threads.
  line('  remark-parse alone (same files, same threads)', `${ms(parseOnly)} (reads and parses only, on ${threadsFor(1000)} threads)`);

  const stages = await stageTimes(readdirSync(small).slice(0, 200).map((name) => join(small, name)), RUNS);
  const analysis = stages.facts + stages.engine;
  process.stdout.write('\nper document (200 documents, in process)\n');
  for (const [stage, value] of Object.entries(stages)) line(`  ${stage}`, ms(value));
  line('  analysis (facts + engine) / remark-parse', `${((analysis / stages.remarkParse) * 100).toFixed(0)}% (target ≤ 40%)`);

  // Peak memory at both sizes: it should not grow with the corpus.
  process.stdout.write('\npeak memory, whole process\n');
  const thousandMemory = peakMemory(small);
  line('  1,000 files', `${thousandMemory.summary} in ${ms(thousandMemory.ms)}`);
  const tenThousandMemory = peakMemory(corpus(10000));
  line('  10,000 files', `${tenThousandMemory.summary} in ${ms(tenThousandMemory.ms)} (target ≤ 250 MB)`);

  process.stdout.write('\npeers on the same 1,000 files, run in turn with disclosure-lint\n');
  line('  remark-cli + remark-preset-lint-recommended', `${ms(remark)} (disclosure-lint's time ÷ remark-cli's: ${(thousand / remark).toFixed(2)}; target ≤ 0.33)`);
  line('  markdownlint-cli2', `${ms(markdownlint)} (disclosure-lint's time ÷ markdownlint-cli2's: ${(thousand / markdownlint).toFixed(2)})`);
}

await main();
