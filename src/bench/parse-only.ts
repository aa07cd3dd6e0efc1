// `node dist/bench/parse-only.js <dir>`: reads and parses every draft of a folder with remark-parse and does nothing else,
// on as many threads as disclosure-lint's `--concurrency auto` would use. Its time is the floor for any linter built on
// remark-parse: the bench prints it beside the whole-process time, so the throughput target can be read against it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, Worker, workerData } from 'node:worker_threads';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { workerCount } from '../cli/lint-pool.js';

function parseAll(files: readonly string[]): void {
  const remark = unified().use(remarkParse);
  for (const file of files) remark.parse(readFileSync(file, 'utf8'));
}

function runWorker(files: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    new Worker(new URL(import.meta.url), { workerData: files }).on('error', reject).on('exit', () => resolve());
  });
}

async function main(dir: string): Promise<void> {
  const files = readdirSync(dir).map((name) => join(dir, name));
  const threads = workerCount('auto', files.length) + 1;
  // Every thread takes every n-th file: the drafts are alike, so the shares are even.
  const shares = Array.from({ length: threads }, (_, thread) => files.filter((_, index) => index % threads === thread));
  const others = shares.slice(1).map(runWorker);
  parseAll(shares[0] ?? []);
  await Promise.all(others);
}

if (isMainThread) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: node dist/bench/parse-only.js <dir>\n');
    process.exitCode = 2;
  } else {
    await main(dir);
  }
} else {
  parseAll(workerData as string[]);
}
